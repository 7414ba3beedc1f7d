package vm

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Str chains: steps whose str result is consumed, straight from the value
// stack, by the next step (py/strchain.go says why that lets the next
// step write over it):
//
//	x.m(args).n(args)          CALL_METHOD; LOAD_METHOD n; loads; CALL_METHOD
//	(a + b + c).n(args)        BINARY_ADD; LOAD_x c; BINARY_ADD; LOAD_METHOD n; ...
//	x.m(args)[::-1]            CALL_METHOD; loads; BUILD_SLICE; BINARY_SUBSCR
//
// where the loads between are LOAD_CONSTs and LOAD_FASTs (nothing runs
// that could see the stack) and no jump lands inside. The producing step
// becomes a chain instruction that, when it made its result itself,
// records it in the frame (f.fresh) with its own position (f.freshAt);
// every chain instruction writes the record, whatever path it takes, so
// a consumer that finds its self there with its producer's position
// knows the producer's latest run made it, and that only the stack holds
// it since. A record left behind (the consumer never ran: an exception)
// is never read: a consumer is reached only through its producer, which
// writes the record first.

// opStrChainCall's argument: the CALL_METHOD's count in the low byte,
// then its roles, the method's kind (py.StrChainKind of its name), and
// (for a consumer) how far back its producer is.
const (
	chainArgc     = 0xff
	chainProducer = 1 << 8
	chainConsumer = 1 << 9
	chainKindSh   = 11
	chainKindMask = 15
	chainDistSh   = 16
)

// An opStrChainCall that is a BINARY_ADD has chainAdd, and chainConcat3
// for a + b + c (c a constant, or a local with chainCFast).
const (
	chainAdd     = 1 << 10
	chainConcat3 = 1
	chainCFast   = 2
)

// markStrChains finds the chains of code (before fuse, which leaves the
// instructions it rewrites alone).
func markStrChains(rt *codeRT, n int) {
	ins := rt.instrs
	orig, target, _ := scanJumps(rt.code, n)
	plainLoad := func(j int) bool {
		return j < n && !target[j] && (orig[j] == opcode.LOAD_CONST && ins[j].op == opLoadConst ||
			orig[j] == opcode.LOAD_FAST && ins[j].op == opLoadFast)
	}
	// consumer returns the instruction that takes the str at the top
	// of the stack before q as its self (or sliced value), or -1.
	consumer := func(q int) int {
		if q >= n || target[q] {
			return -1
		}
		if orig[q] == opcode.LOAD_METHOD && ins[q].op == opLoadMethod && chainName(rt.code.Names[ins[q].arg]) {
			j := q + 1
			for plainLoad(j) {
				j++
			}
			// (not one whose result is dropped: POP_TOP fuses with it)
			if j+1 < n && !target[j] && orig[j] == opcode.CALL_METHOD && ins[j].op == opCallMethod && int(ins[j].arg) == j-q-1 &&
				j-q-1 < chainArgc && orig[j+1] != opcode.POP_TOP {
				return j
			}
			return -1
		}
		j := q
		for plainLoad(j) {
			j++
		}
		if k := j - q; (k == 2 || k == 3) && j+1 < n && !target[j] && !target[j+1] && orig[j] == opcode.BUILD_SLICE &&
			ins[j].op == opBuildSlice && int(ins[j].arg) == k && orig[j+1] == opcode.BINARY_SUBSCR && ins[j+1].op == opBinarySubscr {
			return j
		}
		return -1
	}
	// mark makes j the consumer of the producer at i.
	mark := func(i, j int) {
		d := int32(j - i)
		if orig[j] == opcode.BUILD_SLICE {
			ins[j] = instr{opSliceFresh, ins[j].arg | d<<8}
			return
		}
		ins[j] = instr{opStrChainCall, ins[j].arg | chainConsumer | d<<chainDistSh | methodKind(rt, j)<<chainKindSh}
	}
	for i := 0; i < n; i++ {
		switch {
		case orig[i] == opcode.CALL_METHOD && (ins[i].op == opCallMethod && ins[i].arg < chainArgc || ins[i].op == opStrChainCall) && chainMethod(rt, i):
			// a plain call, or a chain's consumer that feeds another
			if j := consumer(i + 1); j > 0 {
				ins[i] = instr{opStrChainCall, ins[i].arg | chainProducer | methodKind(rt, i)<<chainKindSh}
				mark(i, j)
			}
		case orig[i] == opcode.BINARY_ADD && ins[i].op == opBinary:
			if j := consumer(i + 1); j > 0 {
				ins[i] = instr{opStrChainCall, chainAdd}
				mark(i, j)
			} else if plainLoad(i+1) && i+2 < n && !target[i+2] && orig[i+2] == opcode.BINARY_ADD && ins[i+2].op == opBinary {
				if j := consumer(i + 3); j > 0 {
					a := int32(chainConcat3)
					if orig[i+1] == opcode.LOAD_FAST {
						a |= chainCFast
					}
					ins[i] = instr{opStrChainCall, a | chainAdd}
					mark(i, j)
				}
			}
		}
	}
}

// chainName reports whether a method name is one that py's chain
// steps handle (py.StrChainCall).
func chainName(name string) bool {
	switch name {
	case "join", "replace", "strip", "lstrip", "rstrip", "lower", "upper":
		return true
	}
	return false
}

// methodKind is the py.StrChainKind of the method the CALL_METHOD at i
// calls (chainMethod holds).
func methodKind(rt *codeRT, i int) int32 {
	q := i - int(rt.instrs[i].arg&chainArgc) - 1
	return int32(py.StrChainKind(rt.code.Names[rt.instrs[q].arg]))
}

// chainMethod reports whether the CALL_METHOD at i calls a method of a
// chain name: the LOAD_METHOD that loaded it is found by walking back
// over the arguments' plain loads.
func chainMethod(rt *codeRT, i int) bool {
	ins := rt.instrs
	k := int(ins[i].arg & chainArgc)
	q := i - k - 1
	if q < 0 {
		return false
	}
	for j := q + 1; j < i; j++ {
		if o := ins[j].op; o != opLoadConst && o != opLoadFast {
			return false
		}
	}
	return ins[q].op == opLoadMethod && chainName(rt.code.Names[ins[q].arg])
}

// strChainCall runs opStrChainCall when strConcatChain did not: a
// method of py's chain kinds on an exact str through py.StrChainCall,
// and any other call or addition as CALL_METHOD or BINARY_ADD would make
// it (strChainSlow). The frame's record is written on every path. The
// call's slots above the result's are cleared and f.sp is where the
// loop resumes, above the result's slot (r, which the loop stores) or,
// on an error, at it. py.StrChainCall takes the call's slots as an array
// that may run past the stack's memory, of which it reads only the
// call's own (see va).
//
//go:nocheckptr
func (th *thread) strChainCall(f *Frame, stack *valArr, sp, pc int, arg int32) (py.Value, *py.Exception) {
	argc := int(arg & chainArgc)
	base := sp - argc - 2
	if t := th.pt; arg&chainAdd == 0 && t.Depth < t.RecursionLimit {
		// the common forms: no Python code runs, nothing is raised
		c := (*[4]py.Value)(unsafe.Pointer(stack.p(base)))
		selfFresh := arg&chainConsumer != 0 && f.fresh == uintptr(c[1].Ptr()) && f.freshAt == int32(pc-1)-arg>>chainDistSh
		r, fresh := py.StrChainCall(int(arg>>chainKindSh&chainKindMask), argc, c, selfFresh)
		if !r.IsNull() {
			if fresh && arg&chainProducer != 0 {
				f.fresh, f.freshAt = uintptr(r.Ptr()), int32(pc-1)
			} else {
				f.fresh = 0
			}
			// (the loop stores r in the method's slot); the call's own
			// slots are c[1:argc+2], cleared as words, not by a loop
			switch argc {
			case 0:
				c[1] = py.Value{}
			case 1:
				c[1], c[2] = py.Value{}, py.Value{}
			case 2:
				c[1], c[2], c[3] = py.Value{}, py.Value{}, py.Value{}
			default:
				clearVals(stack, base+1, sp)
			}
			f.sp = base + 1
			return r, nil
		}
	}
	return th.strChainSlow(f, stack, sp, pc, arg)
}

// strChainSlow is strChainCall's general path: the call or addition as
// CALL_METHOD or BINARY_ADD would make it (a Python function through a
// call from Go, as a key function is called).
//
//go:noinline
func (th *thread) strChainSlow(f *Frame, stack *valArr, sp, pc int, arg int32) (py.Value, *py.Exception) {
	t := th.pt
	f.fresh = 0
	if arg&chainAdd != 0 {
		r, err := py.BinaryOp(t, py.OpAdd, stack.at(sp-2), stack.at(sp-1))
		clearVals(stack, sp-2, sp)
		f.sp = sp - 1
		if err != nil {
			f.sp--
		}
		return r, err
	}
	n := int(arg & chainArgc)
	base := sp - n - 2
	m, self := stack.at(base), stack.at(base+1)
	k := int(arg >> chainKindSh & chainKindMask)
	isStr := self.Type() == py.StrType && py.IsStrChainFn(k, m)
	f.pc = pc // sys._getframe and tracebacks read the position
	var r py.Value
	var err *py.Exception
	switch {
	case !m.IsNull() && m.Type() == py.BuiltinType && self.Type() == py.AsBuiltin(m).Owner && t.Depth < t.RecursionLimit:
		t.Depth++
		r, err = py.AsBuiltin(m).Fn(t, stack[base+1:sp:sp], nil)
		t.Depth--
		if err == nil && isStr && arg&chainProducer != 0 && py.FreshResult(r, k, stack[base+1:sp:sp]) {
			f.fresh, f.freshAt = uintptr(r.Ptr()), int32(pc-1)
		}
	case m.IsNull():
		r, err = th.callFromChain(stack.at(base+1), stack[base+2:sp:sp])
	default:
		r, err = th.callFromChain(m, stack[base+1:sp:sp])
	}
	clearVals(stack, base, sp)
	f.sp = base + 1
	if err != nil {
		f.sp = base
	}
	return r, err
}

// callFromChain calls fn as the CALL_METHOD arm would: a Python function
// as a frame of its own (counted by its push), anything else as one
// recursion level.
func (th *thread) callFromChain(fn py.Value, args []py.Value) (py.Value, *py.Exception) {
	if fn.Type() == py.FunctionType {
		return th.callFunction(py.AsFunction(fn), args, nil)
	}
	return th.callObject(fn, args, nil)
}

// strConcatChain runs a chain's BINARY_ADD for exact strs a and b (the
// stack's top two): their concatenation, with c's when the argument says
// so (then skip is the two instructions that would have added it). ok is
// false, with nothing done, for any other instruction or operands.
func strConcatChain(f *Frame, sp, pc int, arg int32, a, b py.Value) (r py.Value, skip int, ok bool) {
	if arg&chainAdd == 0 || a.Type() != py.StrType || b.Type() != py.StrType {
		return py.Value{}, 0, false
	}
	f.fresh = 0
	c := py.Null
	if arg&chainConcat3 != 0 {
		k := int(f.ins.at(pc).arg)
		if arg&chainCFast != 0 {
			c = f.loc.at(k)
		} else {
			c = f.kon.at(k)
		}
		if c.IsNull() || c.Type() != py.StrType {
			c = py.Null // a + b only; the next instructions add c
		} else {
			skip = 2
		}
	}
	if c.IsNull() {
		r = py.StrConcat(py.AsStr(a), py.AsStr(b))
	} else {
		r = py.StrConcat3(a, b, c)
	}
	if py.ConcatFresh(r, a, b, c) && (skip == 2 || arg&chainConcat3 == 0) {
		f.fresh, f.freshAt = uintptr(r.Ptr()), int32(pc-1)
	}
	*f.stk.p(sp - 1) = py.Value{}
	f.sp = sp - 1
	return r, skip, true
}

// strSliceChain runs opSliceFresh: v[::-1] written over v when v is the
// fresh str its producer made (the record is cleared), else the slice
// as the plain BUILD_SLICE and BINARY_SUBSCR make it (strSliceSlow). It
// returns the new sp and pc.
func strSliceChain(f *Frame, stack *valArr, sp, pc int, arg int32) (int, int) {
	n := int(arg & 0xff)
	v := stack.at(sp - n - 1)
	fresh := f.fresh == uintptr(v.Ptr()) && f.freshAt == int32(pc-1)-arg>>8
	f.fresh = 0
	if fresh && n == 3 {
		if lo, hi, step := stack.at(sp-3), stack.at(sp-2), stack.at(sp-1); lo.IsNone() && hi.IsNone() &&
			step.IsInt() && step.Int() == -1 && py.StrReverseFresh(v) {
			clearVals(stack, sp-3, sp)
			return sp - 3, pc + 1 // the BINARY_SUBSCR
		}
	}
	return strSliceSlow(stack, sp, pc, n)
}

// strSliceSlow is strSliceChain's slice of a value not written over.
//
//go:noinline
func strSliceSlow(stack *valArr, sp, pc, n int) (int, int) {
	v := stack.at(sp - n - 1)
	lo, hi, step := stack.at(sp-n), stack.at(sp-n+1), py.None
	if n == 3 {
		step = stack.at(sp - 1)
	}
	if r, ok := py.SliceFast(v, lo, hi, step); ok {
		clearVals(stack, sp-n, sp)
		*stack.p(sp - n - 1) = r
		return sp - n, pc + 1
	}
	// as BUILD_SLICE; the BINARY_SUBSCR runs next
	clearVals(stack, sp-n+1, sp)
	*stack.p(sp - n) = py.NewSlice(lo, hi, step)
	return sp - n + 1, pc
}
