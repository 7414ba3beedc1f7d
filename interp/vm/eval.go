package vm

import (
	"math"
	"unsafe"

	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// run executes frames starting at f (already pushed) until f returns or
// yields; see the package doc.
func (th *thread) run(f *Frame) (result py.Value, exc *py.Exception) {
	t := th.pt
	sp, pc := f.sp, f.pc
	// Every change of frame comes back here, so that the frame's arrays
	// are constant in the loop below: the compiler then saves them once
	// per frame, not at every dispatch (doc.go, "Frames and the loop";
	// frameviews_test.go checks that nothing in the loop assigns them).
newFrame:
	instrs, stack, fast := f.ins, f.stk, f.loc
	for {
		// Per instruction, so they are not loop-carried (which would
		// cost spills at every dispatch): an exception and the unwind
		// reason live only until the blocks are unwound.
		var (
			why    int
			retval py.Value
			exc    *py.Exception
			// a call that enterSimple makes: the pooled frame, the
			// function, where its sn arguments start on the stack and
			// where its result goes
			snf             *Frame
			sfn             *py.Function
			sargs, sn, sret int
		)
		in := instrs.at(pc)
		// A 32-bit increment, so that the compiler cannot rewrite a
		// later pc+k as (the fetched pc)+k+1 and pc-1 as the fetched
		// pc: either would keep both pcs live across calls, two spills
		// per dispatch instead of one.
		pc = int(uint32(pc) + 1)
		if opStats {
			countOp(in.op)
		}
		switch in.op {
		case opNop:
		case opThrowPending:
			// a generator resumed by throw(): raise at the yield
			exc = f.gen.throwing
			f.gen.throwing = nil
			pc = f.gen.throwPC
			goto raise
		case opLoadFast2:
			v := fast.at(int(in.arg))
			w := fast.at(int(instrs.at(pc).arg))
			if v.IsNull() || w.IsNull() {
				exc = unboundFast(f, v, in.arg, instrs.at(pc).arg)
				goto raise
			}
			*stack.p(sp) = v
			*stack.p(sp + 1) = w
			sp += 2
			pc++
		case opFastModCmpJump: // modcmp.go
			a := fast.at(int(in.arg))
			if m, k := f.kon.at(int(instrs.at(pc).arg)), f.kon.at(int(instrs.at(pc+2).arg)); a.IsInt() && m.IsInt() && k.IsInt() && m.Int() > 0 {
				r := a.Int() % m.Int()
				if r < 0 {
					r += m.Int() // the divisor's sign, as Python's %
				}
				var c bool
				switch y := k.Int(); instrs.at(pc + 3).arg {
				case opcode.CmpLT:
					c = r < y
				case opcode.CmpLE:
					c = r <= y
				case opcode.CmpEQ:
					c = r == y
				case opcode.CmpNE:
					c = r != y
				case opcode.CmpGT:
					c = r > y
				default:
					c = r >= y
				}
				if c == (instrs.at(pc+4).op == opPopJumpIfTrue) {
					pc = int(instrs.at(pc + 4).arg)
					goto backEdge
				}
				pc += modCmpLen
				continue
			}
			if a.IsNull() {
				exc = unboundLocal(f, instrs.at(pc-1).arg)
				goto raise
			}
			*stack.p(sp) = a // as LOAD_FAST; the rest runs as written
			sp++
		case opFastIdxConstSubscr: // listidxconst.go
			if v, ok := idxConstItem(fast.at(int(in.arg)), fast.at(int(instrs.at(pc).arg)), f.kon.at(int(instrs.at(pc+1).arg)), instrs.at(pc+2).arg); ok {
				*stack.p(sp) = v
				sp++
				pc += idxConstLen
				continue
			}
			goto loadFast2
		case opRevPrefixFast: // slicerev.go
			if a, k := fast.at(int(in.arg)), fast.at(int(instrs.at(pc).arg)); !a.IsNull() && k.IsInt() && py.ReversePrefix(a, k) {
				pc += revPrefixFastLen
				continue
			}
			goto loadFast2
		case opFastBinFastStore:
			a := fast.at(int(in.arg))
			b := fast.at(int(instrs.at(pc).arg))
			if a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				switch instrs.at(pc + 1).arg {
				case py.OpAdd:
					if s := x + y; (s^x)&(s^y) >= 0 {
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(s)
						pc += 3
						continue
					}
				case py.OpSub:
					if s := x - y; (x^y)&(x^s) >= 0 {
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(s)
						pc += 3
						continue
					}
				}
			}
			if r, ok := arithFast(instrs.at(pc+1).arg, a, b); ok {
				*fast.p(int(instrs.at(pc + 2).arg)) = r
				pc += 3
				continue
			}
			if a.IsNull() || b.IsNull() {
				exc = unboundFast(f, a, in.arg, instrs.at(pc).arg)
				goto raise
			}
			var r py.Value
			var err *py.Exception
			if !isInplace(instrs.at(pc + 1).op) {
				r, err = py.BinaryOp(t, int(instrs.at(pc+1).arg), a, b)
			} else {
				r, err = py.InplaceOp(t, int(instrs.at(pc+1).arg), a, b)
			}
			pc += 2
			if err != nil {
				exc = err
				goto raise
			}
			*fast.p(int(instrs.at(pc).arg)) = r
			pc++
		case opFastConstBin:
			// ints first, with a and b not kept for the calls below (no
			// spills on this path)
			if a, b := fast.at(int(in.arg)), f.kon.at(int(instrs.at(pc).arg)); a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				switch instrs.at(pc + 1).arg {
				case py.OpAdd:
					if s := x + y; (s^x)&(s^y) >= 0 {
						*stack.p(sp) = py.MakeInt(s)
						sp++
						pc += 2
						continue
					}
				case py.OpSub:
					if s := x - y; (x^y)&(x^s) >= 0 {
						*stack.p(sp) = py.MakeInt(s)
						sp++
						pc += 2
						continue
					}
				case py.OpMod:
					if x >= 0 && y > 0 {
						*stack.p(sp) = py.MakeInt(x % y)
						sp++
						pc += 2
						continue
					}
				case py.OpFloorDiv:
					if x >= 0 && y > 0 {
						*stack.p(sp) = py.MakeInt(x / y)
						sp++
						pc += 2
						continue
					}
				case py.OpAnd, py.OpOr, py.OpXor:
					z := x & y
					if op := instrs.at(pc + 1).arg; op == py.OpOr {
						z = x | y
					} else if op == py.OpXor {
						z = x ^ y
					}
					*stack.p(sp) = py.MakeInt(z)
					sp++
					pc += 2
					continue
				case py.OpRShift:
					if y >= 0 {
						*stack.p(sp) = py.MakeInt(x >> uint64(y))
						sp++
						pc += 2
						continue
					}
				}
			}
			a := fast.at(int(in.arg))
			b := f.kon.at(int(instrs.at(pc).arg))
			if a.IsFloat() && b.IsFloat() {
				if z, ok := floatConstOp(instrs.at(pc+1).arg, a.Float(), b.Float()); ok {
					*stack.p(sp) = py.MakeFloat(z)
					sp++
					pc += 2
					continue
				}
			}
			if r, ok := arithFast(instrs.at(pc+1).arg, a, b); ok {
				*stack.p(sp) = r
				sp++
				pc += 2
				continue
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg, in.arg)
				goto raise
			}
			r, err := binaryGeneric(t, isInplace(instrs.at(pc+1).op), instrs.at(pc+1).arg, a, b)
			pc += 2
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = r
			sp++
		case opFastConstCmpJump:
		fastConstCmpJump:
			a := fast.at(int(in.arg))
			b := f.kon.at(int(instrs.at(pc).arg))
			if a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				var c bool
				switch instrs.at(pc + 1).arg {
				case opcode.CmpLT:
					c = x < y
				case opcode.CmpLE:
					c = x <= y
				case opcode.CmpEQ:
					c = x == y
				case opcode.CmpNE:
					c = x != y
				case opcode.CmpGT:
					c = x > y
				default:
					c = x >= y
				}
				if c {
					pc += 3
				} else {
					pc = int(instrs.at(pc + 2).arg)
				}
				continue
			}
			if op := instrs.at(pc + 1).arg; (op == opcode.CmpEQ || op == opcode.CmpNE) && !a.IsNull() && a.Type() == py.StrType && b.Type() == py.StrType {
				// `if op == "push": ... elif op == "load":` over exact
				// strs, without a call: the same object (both interned
				// constants), else lengths, first bytes, then the text
				x, y := py.StrOf(a), py.StrOf(b)
				if (a.Ptr() == b.Ptr() || len(x) == len(y) && (len(x) == 0 || x[0] == y[0]) && x == y) == (op == opcode.CmpEQ) {
					pc += 3
				} else {
					pc = int(instrs.at(pc + 2).arg)
				}
				if in = instrs.at(pc); in.op == opFastConstCmpJump {
					pc++
					if opStats {
						countOp(in.op)
					}
					goto fastConstCmpJump
				}
				continue
			}
			if c, ok := compareFast(instrs.at(pc+1).arg, a, b); ok {
				// floats, and strs (`if op == "push":`)
				if c {
					pc += 3
				} else {
					pc = int(instrs.at(pc + 2).arg)
				}
				if in = instrs.at(pc); in.op == opFastConstCmpJump {
					// the next test of an if/elif chain: run it
					// without a dispatch
					pc++
					if opStats {
						countOp(in.op)
					}
					goto fastConstCmpJump
				}
				continue
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = a
			*stack.p(sp + 1) = b
			sp += 2
			pc++ // continue at the COMPARE_OP
		case opForIterStore:
			it := stack.at(sp - 1)
			if it.Type() == py.RangeIterType {
				r := py.AsRangeIter(it)
				if r.Step > 0 && r.Next < r.Stop || r.Step < 0 && r.Next > r.Stop {
					*fast.p(int(instrs.at(pc).arg)) = py.MakeInt(r.Next)
					r.Next += r.Step
					pc++
					continue
				}
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
				continue
			}
			if typ := it.Type(); typ == py.ListIterType {
				if seq, ip := py.ListIterState(it); !seq.IsNull() {
					if items := py.SeqItems(*seq); *ip < len(items) {
						*ip++
						*fast.p(int(instrs.at(pc).arg)) = items[*ip-1]
						pc++
						continue
					}
					*seq = py.Value{}
				}
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
				continue
			} else if typ == py.TupleIterType {
				if v, ok := py.TupleIterNext(it); ok {
					*fast.p(int(instrs.at(pc).arg)) = v
					pc++
				} else {
					sp--
					*stack.p(sp) = py.Value{}
					pc = int(in.arg)
				}
				continue
			} else if typ == py.StrType {
				// an ascii str iterated in its slot (strloop.go)
				if v, ok := py.StrLoopNext(stack.p(sp - 1)); ok {
					*fast.p(int(instrs.at(pc).arg)) = v
					pc++
				} else {
					sp--
					*stack.p(sp) = py.Value{}
					pc = int(in.arg)
				}
				continue
			} else if typ == py.StrIterType {
				if v, ok, known := py.StrIterNextASCII(it); known {
					if ok {
						*fast.p(int(instrs.at(pc).arg)) = v
						pc++
					} else {
						sp--
						*stack.p(sp) = py.Value{}
						pc = int(in.arg)
					}
					continue
				}
			}
			if it.Type() == generatorType {
				if g := py.AsPtr[Generator](it); g.inlinable(t) {
					// resume the generator in this loop (geninline.go)
					f.sp, f.pc = sp, pc
					f = th.resumeInline(g, f)
					sp, pc = f.sp, f.pc
					goto newFrame
				}
			}
			if it.Type() == py.ZipType && t.Depth < t.RecursionLimit && zipListCopyShape(instrs, pc) {
				// [list(c) for c in zip(...)] (zipcopy.go)
				if c := f.gc.p(int(instrs.at(pc + 1).arg)); c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version && c.v.Ptr() == listTypePtr {
					if l, ok := py.ZipListCopy(it, fast.p(int(instrs.at(pc).arg))); ok {
						py.AsList(stack.at(sp-2)).AppendInLoop(l, it)
						pc--
						if th.interp.interrupted.Load() {
							th.interp.interrupted.Store(false)
							exc = py.NewException(py.KeyboardInterruptType)
							goto raise
						}
						continue
					}
				}
			}
			v, ok, err := py.Next(t, it)
			if err != nil {
				exc = err
				goto raise
			}
			if ok {
				*fast.p(int(instrs.at(pc).arg)) = v
				pc++
			} else {
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
			}
		case opCallGetIter:
			n := int(in.arg & 0xff)
			fnv := stack.at(sp - n - 1)
			if fnv.Ptr() == py.RangeType.V().Ptr() && n >= 1 && n <= 3 {
				var a [3]int64
				ok := true
				for i := 0; i < n; i++ {
					v := stack.at(sp - n + i)
					if !v.IsInt() {
						ok = false
						break
					}
					a[i] = v.Int()
				}
				if ok && !(n == 3 && a[2] == 0) {
					start, stop, step := int64(0), a[0], int64(1)
					if n >= 2 {
						start, stop = a[0], a[1]
					}
					if n == 3 {
						step = a[2]
					}
					if !py.RangeFits(start, stop, step) {
						goto callGetIter // it would wrap around int64
					}
					clearStack(stack[:], sp-n-1, sp)
					sp -= n + 1
					*stack.p(sp) = py.InitRangeIter(&f.riters[in.arg>>8], start, stop, step)
					sp++
					pc++ // skip GET_ITER
					continue
				}
			}
		callGetIter:
			if fnv.Type() == py.FunctionType {
				// as CALL_FUNCTION does: a generator function makes its
				// generator, any other runs in this loop (then GET_ITER)
				nf, g, err := th.enterFunction(py.AsFunction(fnv), stack[sp-n:sp:sp], nil)
				clearStack(stack[:], sp-n-1, sp)
				sp -= n + 1
				if err != nil {
					exc = err
					goto raise
				}
				if nf == nil {
					*stack.p(sp) = g
					sp++
					continue
				}
				f.sp, f.pc = sp, pc
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			f.pc = pc // sys._getframe and tracebacks read the position
			r, err := th.callObject(fnv, stack[sp-n:sp:sp], nil)
			clearStack(stack[:], sp-n-1, sp)
			sp -= n + 1
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = r
			sp++
		case opItemItemBinStore:
			// x = c[k] op d[j] (+ - *) of floats or inline ints in exact
			// lists or tuples, constant int keys (superinstr.go); else as
			// LOAD_FAST c
			c := fast.at(int(in.arg))
			if k, d, j := f.kon.at(int(instrs.at(pc).arg)), fast.at(int(instrs.at(pc+2).arg)), f.kon.at(int(instrs.at(pc+3).arg)); k.IsInt() && j.IsInt() && !c.IsNull() && !d.IsNull() {
				if ct, dt := c.Type(), d.Type(); (ct == py.ListType || ct == py.TupleType) && (dt == py.ListType || dt == py.TupleType) {
					ci, di := py.SeqItems(c), py.SeqItems(d)
					x, y := k.Int(), j.Int()
					if x < 0 {
						x += int64(len(ci))
					}
					if y < 0 {
						y += int64(len(di))
					}
					if op := instrs.at(pc + 5).arg; uint64(x) < uint64(len(ci)) && uint64(y) < uint64(len(di)) && op <= py.OpMul {
						a, b := ci[x], di[y]
						if a.IsFloat() && b.IsFloat() {
							u, v := a.Float(), b.Float()
							z := u * v
							if op == py.OpAdd {
								z = u + v
							} else if op == py.OpSub {
								z = u - v
							}
							*fast.p(int(instrs.at(pc + 6).arg)) = py.MakeFloat(z)
							pc += 7
							continue
						}
						if a.IsInt() && b.IsInt() && op != py.OpMul {
							u, v := a.Int(), b.Int()
							if z := u + v; op == py.OpAdd && (z^u)&(z^v) >= 0 {
								*fast.p(int(instrs.at(pc + 6).arg)) = py.MakeInt(z)
								pc += 7
								continue
							}
							if z := u - v; op == py.OpSub && (u^v)&(u^z) >= 0 {
								*fast.p(int(instrs.at(pc + 6).arg)) = py.MakeInt(z)
								pc += 7
								continue
							}
						}
					}
				}
			}
			if c.IsNull() {
				exc = unboundFast(f, c, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = c
			sp++
		case opSubscrBinAccum:
			// s op= r op v[j] (+ - *) with s, r and the item of an exact
			// list or tuple v floats, s and r on the stack (a dot
			// product's step, superinstr.go); else as LOAD_FAST v
			c := fast.at(int(in.arg))
			if k := fast.at(int(instrs.at(pc).arg)); k.IsInt() && !c.IsNull() {
				if ct := c.Type(); ct == py.ListType || ct == py.TupleType {
					items := py.SeqItems(c)
					i := k.Int()
					if i < 0 {
						i += int64(len(items))
					}
					a, r := stack.at(sp-2), stack.at(sp-1)
					if op1, op2 := instrs.at(pc+2).arg, instrs.at(pc+3).arg; uint64(i) < uint64(len(items)) && a.IsFloat() && r.IsFloat() && items[i].IsFloat() && op1 <= py.OpMul && op2 <= py.OpMul {
						x, y := r.Float(), items[i].Float()
						z := x * y
						if op1 == py.OpAdd {
							z = x + y
						} else if op1 == py.OpSub {
							z = x - y
						}
						o := a.Float()
						w := o * z
						if op2 == py.OpAdd {
							w = o + z
						} else if op2 == py.OpSub {
							w = o - z
						}
						sp -= 2
						*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
						*fast.p(int(instrs.at(pc + 4).arg)) = py.MakeFloat(w)
						pc += 5
						continue
					}
				}
			}
			if c.IsNull() {
				exc = unboundFast(f, c, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = c
			sp++
		case opFastFastSubscrUnpack:
			// a, b = c[k] of an exact list or tuple holding an exact
			// tuple or list of the targets' length (superinstr.go); a
			// miss runs as opFastFastSubscr, the unpack next
			if c, k := fast.at(int(in.arg)), fast.at(int(instrs.at(pc).arg)); k.IsInt() && !c.IsNull() {
				if typ := c.Type(); typ == py.ListType || typ == py.TupleType {
					items := py.SeqItems(c)
					i := k.Int()
					if i < 0 {
						i += int64(len(items))
					}
					if uint64(i) < uint64(len(items)) {
						if v := items[i]; v.Type() == py.TupleType || v.Type() == py.ListType {
							if vs, n := py.SeqItems(v), int(instrs.at(pc+2).arg); len(vs) == n {
								*fast.p(int(instrs.at(pc + 3).arg)) = vs[0]
								*fast.p(int(instrs.at(pc + 4).arg)) = vs[1]
								if n == 3 {
									*fast.p(int(instrs.at(pc + 5).arg)) = vs[2]
								}
								pc += 3 + n
								continue
							}
						}
					}
				}
			}
			fallthrough
		case opFastConstSubscr, opFastFastSubscr:
			c := fast.at(int(in.arg))
			var k py.Value
			if in.op == opFastConstSubscr {
				k = f.kon.at(int(instrs.at(pc).arg))
			} else {
				k = fast.at(int(instrs.at(pc).arg))
			}
			if c.IsNull() || k.IsNull() {
				exc = unboundFast(f, c, in.arg, instrs.at(pc).arg)
				goto raise
			}
			if typ := c.Type(); k.IsInt() && (typ == py.ListType || typ == py.TupleType) {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					*stack.p(sp) = items[i]
					sp++
					pc += 2
					continue
				}
			} else if typ == py.StrType && k.IsInt() {
				if v, ok := py.StrIndexFast(c, k.Int()); ok { // strindex_fast.go
					*stack.p(sp) = v
					sp++
					pc += 2
					continue
				}
			}
			*stack.p(sp) = c
			*stack.p(sp + 1) = k
			sp += 2
			pc++ // continue at the BINARY_SUBSCR
		case opCmpJump:
			// arg: the comparison, plus 16 when an EXTENDED_ARG's no-op sits
			// between it and the branch
			a, b := stack.at(sp-2), stack.at(sp-1)
			cmp, j := in.arg&15, pc+int(in.arg>>4)
			var c, ok bool
			switch {
			case cmp == opcode.CmpIs:
				c, ok = a == b, true
			case cmp == opcode.CmpIsNot:
				c, ok = a != b, true
			case cmp > opcode.CmpGE:
				var err *py.Exception
				c, ok, err = testFast(t, cmp, a, b)
				if err != nil {
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					exc = err
					goto raise
				}
			case a.IsInt() && b.IsInt():
				switch x, y := a.Int(), b.Int(); cmp { // intCompare, which is too big to be inlined here
				case opcode.CmpLT:
					c = x < y
				case opcode.CmpLE:
					c = x <= y
				case opcode.CmpEQ:
					c = x == y
				case opcode.CmpNE:
					c = x != y
				case opcode.CmpGT:
					c = x > y
				default:
					c = x >= y
				}
				ok = true
			default:
				c, ok = compareFast(cmp, a, b)
			}
			if ok {
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				if c == (instrs.at(j).op == opPopJumpIfTrue) {
					pc = int(instrs.at(j).arg)
				} else {
					pc = j + 1
				}
				continue
			}
			r, err := compareOp(t, int(cmp), a, b)
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = r
			sp++ // the POP_JUMP_IF_* runs next
		case opStrChainCall:
			// a str chain's step (strchain_fresh.go): CALL_METHOD, or
			// BINARY_ADD (a + b or a + b + c)
			r, skip, ok := strConcatChain(f, sp, pc, in.arg, stack.at(sp-2), stack.at(sp-1))
			var err *py.Exception
			if !ok {
				r, err = th.strChainCall(f, stack, sp, pc, in.arg)
			}
			sp = f.sp
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = r
			pc += skip
		case opSliceFresh:
			// a slice of a str chain's result (strchain_fresh.go)
			sp, pc = strSliceChain(f, stack, sp, pc, in.arg)
		case opSliceSubscr, opSliceStore, opSliceTmp, opSliceRevPrefix:
			n := int(in.arg)
			if in.op == opSliceRevPrefix && py.ReversePrefix(stack.at(sp-4), stack.at(sp-3)) {
				clearStack(stack[:], sp-4, sp)
				sp -= 4
				pc += revPrefixLen
				continue
			}
			lo, hi, step := stack.at(sp-n), stack.at(sp-n+1), py.None
			if n == 3 {
				step = stack.at(sp - 1)
			}
			if op := instrs.at(pc - 1).op; op == opSliceTmp || op == opSliceRevPrefix { // not in.op after a call (see the dispatch)
				if f.sliceTmp == nil {
					f.sliceTmp = py.AsList(py.NewList(nil))
				}
				if py.SliceIntoList(f.sliceTmp, stack.at(sp-n-1), lo, hi, step) {
					clearStack(stack[:], sp-n, sp)
					sp -= n
					*stack.p(sp - 1) = py.FromPtr(f.sliceTmp)
					pc++
					continue
				}
			}
			if instrs.at(pc-1).op == opSliceSubscr && instrs.at(pc+1).op == opCallFunction && instrs.at(pc+1).arg == 1 &&
				t.Depth < t.RecursionLimit && isBuiltinSum(stack.at(sp-n-2)) {
				if r, ok := sumSlice(stack.at(sp-n-1), lo, hi, step); ok { // sum(a[i:j]) (sumslice.go)
					clearStack(stack[:], sp-n-1, sp)
					sp -= n + 1
					*stack.p(sp - 1) = r
					pc += 2
					continue
				}
			}
			if instrs.at(pc-1).op != opSliceStore { // not in.op after a call (see the dispatch)
				if r, ok := py.SliceFast(stack.at(sp-n-1), lo, hi, step); ok {
					clearStack(stack[:], sp-n, sp)
					sp -= n
					*stack.p(sp - 1) = r
					pc++
					continue
				}
			} else if py.ListSetSliceFast(stack.at(sp-n-1), lo, hi, step, stack.at(sp-n-2)) {
				clearStack(stack[:], sp-n-2, sp)
				sp -= n + 2
				pc++
				continue
			} else if f.sliceTmp != nil && stack.at(sp-n-2) == py.FromPtr(f.sliceTmp) {
				f.sliceTmp = nil // the generic store may keep the value
			}
			// as BUILD_SLICE; the subscript instruction runs next
			clearStack(stack[:], sp-n+1, sp)
			sp -= n - 1
			*stack.p(sp - 1) = py.NewSlice(lo, hi, step)
		case opFastFastBin:
			a := fast.at(int(in.arg))
			b := fast.at(int(instrs.at(pc).arg))
			if a.IsFloat() && b.IsFloat() {
				x, y := a.Float(), b.Float()
				switch instrs.at(pc + 1).arg {
				case py.OpAdd:
					*stack.p(sp) = py.MakeFloat(x + y)
				case py.OpSub:
					*stack.p(sp) = py.MakeFloat(x - y)
				case py.OpMul:
					*stack.p(sp) = py.MakeFloat(x * y)
				default:
					goto fastFastSlow
				}
				sp++
				pc += 2
				continue
			}
		fastFastSlow:
			if op := instrs.at(pc + 1).arg; a.IsInt() && b.IsInt() && (op <= py.OpMul || op == py.OpFloorDiv || op == py.OpMod || op >= py.OpRShift) {
				x, y := a.Int(), b.Int()
				var z int64
				ok := false
				// + - * tested first, as before the bit operators came
				// (a jump table would cost every + its indirect jump)
				if op == py.OpAdd {
					z = x + y
					ok = (z^x)&(z^y) >= 0
				} else if op == py.OpSub {
					z = x - y
					ok = (x^y)&(x^z) >= 0
				} else if op == py.OpMul {
					z = x * y
					ok = x == int64(int32(x)) && y == int64(int32(y))
				} else {
					z, ok = intOtherOp(op, x, y)
				}
				if ok {
					r := py.MakeInt(z)
					*stack.p(sp) = r
					sp++
					pc += 2
					continue

				}
			}
			if r, ok := arithFast(instrs.at(pc+1).arg, a, b); ok {
				*stack.p(sp) = r
				sp++
				pc += 2
				continue
			}
			if a.IsNull() || b.IsNull() {
				exc = unboundFast(f, a, in.arg, instrs.at(pc).arg)
				goto raise
			}
			*stack.p(sp) = a
			*stack.p(sp + 1) = b
			sp += 2
			pc++ // continue at the operator
		case opFastBin, opConstBin, opDerefBin:
			a := stack.at(sp - 1)
			var b py.Value
			if in.op == opFastBin {
				b = fast.at(int(in.arg))
			} else if in.op == opConstBin {
				b = f.kon.at(int(in.arg))
			} else {
				b = f.cells[in.arg].V
			}
			if op := instrs.at(pc).arg; a.IsFloat() && b.IsFloat() && op <= py.OpMul {
				x, y := a.Float(), b.Float()
				z := x * y
				if op == py.OpAdd {
					z = x + y
				} else if op == py.OpSub {
					z = x - y
				}
				*stack.p(sp - 1) = py.MakeFloat(z)
				pc++
				continue
			}
			if op := instrs.at(pc).arg; a.IsInt() && b.IsInt() && (op <= py.OpMul || op == py.OpFloorDiv || op == py.OpMod || op >= py.OpRShift) {
				x, y := a.Int(), b.Int()
				var z int64
				ok := false
				// + - * tested first, as before the bit operators came
				// (a jump table would cost every + its indirect jump)
				if op == py.OpAdd {
					z = x + y
					ok = (z^x)&(z^y) >= 0
				} else if op == py.OpSub {
					z = x - y
					ok = (x^y)&(x^z) >= 0
				} else if op == py.OpMul {
					z = x * y
					ok = x == int64(int32(x)) && y == int64(int32(y))
				} else {
					z, ok = intOtherOp(op, x, y)
				}
				if ok {
					r := py.MakeInt(z)
					*stack.p(sp - 1) = r
					pc++
					continue

				}
			}

			if r, ok := arithFast(instrs.at(pc).arg, a, b); ok {
				*stack.p(sp - 1) = r
				pc++
				continue
			}
			if b.IsNull() {
				if instrs.at(pc-1).op == opDerefBin {
					exc = derefError(f, int(in.arg))
				} else {
					exc = unboundFast(f, b, in.arg, in.arg)
				}
				goto raise
			}
			*stack.p(sp) = b
			sp++ // continue at the operator
		case opBinaryStore, opInplaceStore:
			a, b := stack.at(sp-2), stack.at(sp-1)
			if op := in.arg; a.IsFloat() && b.IsFloat() && op <= py.OpMul {
				x, y := a.Float(), b.Float()
				z := x * y
				if op == py.OpAdd {
					z = x + y
				} else if op == py.OpSub {
					z = x - y
				}
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				*fast.p(int(instrs.at(pc).arg)) = py.MakeFloat(z)
				pc++
				continue
			}
			if op := in.arg; a.IsInt() && b.IsInt() && (op <= py.OpMul || op == py.OpFloorDiv || op == py.OpMod || op >= py.OpRShift) {
				x, y := a.Int(), b.Int()
				var z int64
				ok := false
				// + - * tested first, as before the bit operators came
				// (a jump table would cost every + its indirect jump)
				if op == py.OpAdd {
					z = x + y
					ok = (z^x)&(z^y) >= 0
				} else if op == py.OpSub {
					z = x - y
					ok = (x^y)&(x^z) >= 0
				} else if op == py.OpMul {
					z = x * y
					ok = x == int64(int32(x)) && y == int64(int32(y))
				} else {
					z, ok = intOtherOp(op, x, y)
				}
				if ok {
					r := py.MakeInt(z)
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					*fast.p(int(instrs.at(pc).arg)) = r
					pc++
					continue

				}
			}
			r, err := binaryGeneric(t, instrs.at(pc-1).op == opInplaceStore, in.arg, a, b) // in.op: see the dispatch
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
			*fast.p(int(instrs.at(pc).arg)) = r
			pc++
		case opInplaceRotStore:
			// stack: c, k, old, rhs
			var r py.Value
			if a, b, op := stack.at(sp-2), stack.at(sp-1), in.arg; a.IsFloat() && b.IsFloat() && op <= py.OpMul {
				x, y := a.Float(), b.Float()
				z := x * y
				if op == py.OpAdd {
					z = x + y
				} else if op == py.OpSub {
					z = x - y
				}
				r = py.MakeFloat(z)
			} else if x, y := a.Int(), b.Int(); op == py.OpAdd && a.IsInt() && b.IsInt() && (x+y^x)&(x+y^y) >= 0 {
				r = py.MakeInt(x + y) // a count's += 1
			} else {
				var err *py.Exception
				r, err = binaryGeneric(t, true, in.arg, stack.at(sp-2), stack.at(sp-1))
				if err != nil {
					clearStack(stack[:], sp-2, sp)
					sp -= 2
					exc = err
					goto raise
				}
			}
			if c, k := stack.at(sp-4), stack.at(sp-3); k.IsInt() && c.Type() == py.ListType {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					items[i] = r
					sp -= 4
					*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2), *stack.p(sp + 3) = py.Value{}, py.Value{}, py.Value{}, py.Value{}
					pc += 2
					continue
				}
			} else if c.Type() == py.DictType {
				// d[k] op= v: the store at once (ROT_THREE; STORE_SUBSCR), usually
				// from the lookup memo the read left (dictfast.go)
				err := py.AsDict(c).SetItem(t, k, r)
				sp -= 4
				*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2), *stack.p(sp + 3) = py.Value{}, py.Value{}, py.Value{}, py.Value{}
				if err != nil {
					exc = err
					goto raise
				}
				pc += 2
				continue
			}
			sp--
			*stack.p(sp) = py.Value{}
			*stack.p(sp - 1) = r // ROT_THREE and STORE_SUBSCR run next
		case opAugItemFastFast:
			// c[k] op= a op b (+ - *) with c an exact list and the item,
			// a and b floats (superinstr.go); else as opFastConstDupSubscr
			if c, k := fast.at(int(in.arg)), f.kon.at(int(instrs.at(pc).arg)); k.IsInt() && !c.IsNull() && c.Type() == py.ListType {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				a, b := fast.at(int(instrs.at(pc+3).arg)), fast.at(int(instrs.at(pc+4).arg))
				if op1, op2 := instrs.at(pc+5).arg, instrs.at(pc+6).arg; uint64(i) < uint64(len(items)) && a.IsFloat() && b.IsFloat() && items[i].IsFloat() && op1 <= py.OpMul && op2 <= py.OpMul {
					x, y := a.Float(), b.Float()
					z := x * y
					if op1 == py.OpAdd {
						z = x + y
					} else if op1 == py.OpSub {
						z = x - y
					}
					o := items[i].Float()
					r := o * z
					if op2 == py.OpAdd {
						r = o + z
					} else if op2 == py.OpSub {
						r = o - z
					}
					items[i] = py.MakeFloat(r)
					pc += 9
					continue
				}
			}
			in.op = opFastConstDupSubscr
			fallthrough
		case opFastConstDupSubscr, opFastFastDupSubscr:
			c := fast.at(int(in.arg))
			var k py.Value
			if in.op == opFastConstDupSubscr {
				k = f.kon.at(int(instrs.at(pc).arg))
			} else {
				k = fast.at(int(instrs.at(pc).arg))
			}
			if !c.IsNull() && k.IsInt() {
				if typ := c.Type(); typ == py.ListType || typ == py.TupleType {
					items := py.SeqItems(c)
					i := k.Int()
					if i < 0 {
						i += int64(len(items))
					}
					if uint64(i) < uint64(len(items)) {
						*stack.p(sp) = c
						*stack.p(sp + 1) = k
						*stack.p(sp + 2) = items[i]
						sp += 3
						pc += 3
						continue
					}
				}
			}
			if !c.IsNull() && c.Type() == py.DictType {
				if v, ok := dictAugSubscr(t, c, k); ok { // dictfast.go
					*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = c, k, v
					sp += 3
					pc += 3
					continue
				}
			}
			if c.IsNull() {
				exc = unboundFast(f, c, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = c
			sp++ // continue at the key's load
		case opFastConstBinStore:
			a := fast.at(int(in.arg))
			b := f.kon.at(int(instrs.at(pc).arg))
			if a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				switch instrs.at(pc + 1).arg {
				case py.OpAdd:
					if s := x + y; (s^x)&(s^y) >= 0 {
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(s)
						pc += 3
						if j := instrs.at(pc); j.op == opJumpBack && !th.interp.interrupted.Load() {
							pc = int(j.arg) // `i += 1` ending a loop: its jump back, without a dispatch
						}
						continue
					}
				case py.OpSub:
					if s := x - y; (x^y)&(x^s) >= 0 {
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(s)
						pc += 3
						continue
					}
				case py.OpMod, py.OpFloorDiv:
					if x >= 0 && y > 0 {
						z := x % y
						if instrs.at(pc+1).arg == py.OpFloorDiv {
							z = x / y
						}
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(z)
						pc += 3
						continue
					}
				case py.OpAnd, py.OpOr, py.OpXor:
					z := x & y
					if op := instrs.at(pc + 1).arg; op == py.OpOr {
						z = x | y
					} else if op == py.OpXor {
						z = x ^ y
					}
					*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(z)
					pc += 3
					continue
				case py.OpRShift:
					if y >= 0 {
						*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeInt(x >> uint64(y))
						pc += 3
						continue
					}
				}
			}
			if op := instrs.at(pc + 1).arg; a.IsFloat() && b.IsFloat() && op <= py.OpMul {
				x, y := a.Float(), b.Float()
				z := x * y
				if op == py.OpAdd {
					z = x + y
				} else if op == py.OpSub {
					z = x - y
				}
				*fast.p(int(instrs.at(pc + 2).arg)) = py.MakeFloat(z)
				pc += 3
				continue
			}
			if r, ok := arithFast(instrs.at(pc+1).arg, a, b); ok {
				*fast.p(int(instrs.at(pc + 2).arg)) = r
				pc += 3
				continue
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = a
			sp++ // continue at the LOAD_CONST
		case opFastFastCmpJump:
			a := fast.at(int(in.arg))
			b := fast.at(int(instrs.at(pc).arg))
			var c, ok bool
			if a.IsInt() && b.IsInt() {
				switch x, y := a.Int(), b.Int(); instrs.at(pc + 1).arg { // intCompare, which is too big to be inlined here
				case opcode.CmpLT:
					c = x < y
				case opcode.CmpLE:
					c = x <= y
				case opcode.CmpEQ:
					c = x == y
				case opcode.CmpNE:
					c = x != y
				case opcode.CmpGT:
					c = x > y
				default:
					c = x >= y
				}
				ok = true
			} else {
				c, ok = compareFast(instrs.at(pc+1).arg, a, b)
			}
			if ok {
				if c == (instrs.at(pc+2).op == opPopJumpIfTrue) {
					pc = int(instrs.at(pc + 2).arg)
				} else {
					pc += 3
				}
				continue
			}
			if a.IsNull() || b.IsNull() {
				exc = unboundFast(f, a, in.arg, instrs.at(pc).arg)
				goto raise
			}
			*stack.p(sp) = a
			*stack.p(sp + 1) = b
			sp += 2
			pc++ // continue at the COMPARE_OP
		case opFastFastStoreSubscr, opFastConstStoreSubscr:
			c := fast.at(int(in.arg))
			var k py.Value
			if in.op == opFastConstStoreSubscr {
				k = f.kon.at(int(instrs.at(pc).arg))
			} else {
				k = fast.at(int(instrs.at(pc).arg))
			}
			if c.IsNull() || k.IsNull() {
				exc = unboundFast(f, c, in.arg, instrs.at(pc).arg)
				goto raise
			}
			if k.IsInt() && c.Type() == py.ListType {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					sp--
					items[i] = stack.at(sp)
					*stack.p(sp) = py.Value{}
					pc += 2
					continue
				}
			}
			*stack.p(sp) = c
			*stack.p(sp + 1) = k
			sp += 2
			pc++ // continue at the STORE_SUBSCR
		case opFastPopJump:
			v := fast.at(int(in.arg))
			b, ok := v.Int() != 0, v.IsBool() || v.IsInt() // bool(v) without a call first
			if !ok {
				b, ok = truthFast(v)
			}
			if !ok {
				if v.IsNull() {
					exc = unboundFast(f, v, in.arg, in.arg)
					goto raise
				}
				var err *py.Exception
				b, err = truthSlow(t, v)
				if err != nil {
					pc++ // raised by the POP_JUMP
					exc = err
					goto raise
				}
			}
			if b == (instrs.at(pc).op == opPopJumpIfTrue) {
				pc = int(instrs.at(pc).arg)
			} else {
				pc++
			}
		case opConstCmpJump:
			a := stack.at(sp - 1)
			b := f.kon.at(int(in.arg))
			var c, ok bool
			switch op := instrs.at(pc).arg; {
			case op == opcode.CmpIs:
				c, ok = a == b, true
			case op == opcode.CmpIsNot:
				c, ok = a != b, true
			case a.IsInt() && b.IsInt():
				switch x, y := a.Int(), b.Int(); op { // intCompare, which is too big to be inlined here
				case opcode.CmpLT:
					c = x < y
				case opcode.CmpLE:
					c = x <= y
				case opcode.CmpEQ:
					c = x == y
				case opcode.CmpNE:
					c = x != y
				case opcode.CmpGT:
					c = x > y
				default:
					c = x >= y
				}
				ok = true
			default:
				c, ok = compareFast(op, a, b)
			}
			if ok {
				sp--
				*stack.p(sp) = py.Value{}
				if c == (instrs.at(pc+1).op == opPopJumpIfTrue) {
					pc = int(instrs.at(pc + 1).arg)
					goto backEdge // `if x % 2 == 0` ending a loop body
				}
				pc += 2
				continue
			}
			*stack.p(sp) = b
			sp++ // continue at the COMPARE_OP
		case opFastListAppendJump:
			// LOAD_FAST v; LIST_APPEND n; JUMP_ABSOLUTE: v is appended
			// from its slot, never pushed (an unbound v raises as
			// LOAD_FAST does)
			v := fast.at(int(in.arg))
			if v.IsNull() {
				exc = unboundFast(f, v, in.arg, in.arg)
				goto raise
			}
			if m, l := instrs.at(pc).arg, py.AsList(stack.at(sp-int(instrs.at(pc).arg))); len(l.Items()) < cap(l.Items()) {
				n := len(l.Items()) // room left: no call, as opListAppendJump
				l.SetLen(n + 1)
				l.Items()[n] = v
			} else if m == 2 {
				l.AppendInLoop(v, stack.at(sp-1))
			} else if m == 3 {
				l.AppendNested(v, stack.at(sp-2), stack.at(sp-1))
			} else {
				l.Append(v)
			}
			pc = int(instrs.at(pc + 1).arg)
			if th.interp.interrupted.Load() {
				th.interp.interrupted.Store(false)
				exc = py.NewException(py.KeyboardInterruptType)
				goto raise
			}
			goto backEdge
		case opListAppendJump:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if l := py.AsList(stack.at(sp - int(in.arg))); len(l.Items()) < cap(l.Items()) {
				n := len(l.Items()) // room left: no call, and only the length rewritten
				l.SetLen(n + 1)
				l.Items()[n] = v
			} else if in.arg == 2 {
				l.AppendInLoop(v, stack.at(sp-1))
			} else if in.arg == 3 {
				l.AppendNested(v, stack.at(sp-2), stack.at(sp-1))
			} else {
				l.Append(v)
			}
			pc = int(instrs.at(pc).arg)
			if th.interp.interrupted.Load() {
				th.interp.interrupted.Store(false)
				exc = py.NewException(py.KeyboardInterruptType)
				goto raise
			}
			goto backEdge
		case opUnpackStore:
			n := int(in.arg)
			seq := stack.at(sp - 1)
			if typ := seq.Type(); typ == py.TupleType || typ == py.ListType {
				if items := py.SeqItems(seq); len(items) == n {
					sp--
					*stack.p(sp) = py.Value{}
					*fast.p(int(instrs.at(pc).arg)) = items[0]
					*fast.p(int(instrs.at(pc + 1).arg)) = items[1]
					if n == 3 {
						*fast.p(int(instrs.at(pc + 2).arg)) = items[2]
					}
					pc += n
					continue
				}
			}
			// as UNPACK_SEQUENCE; the stores run next
			items, err := unpackIterable(t, seq, n, -1)
			if err != nil {
				exc = err
				goto raise
			}
			sp--
			for i := n - 1; i >= 0; i-- {
				*stack.p(sp) = items[i]
				sp++
			}
		case opFastSubscr, opConstSubscr:
			c := stack.at(sp - 1)
			var k py.Value
			if in.op == opFastSubscr {
				k = fast.at(int(in.arg))
			} else {
				k = f.kon.at(int(in.arg))
			}
			if typ := c.Type(); k.IsInt() && (typ == py.ListType || typ == py.TupleType) {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					*stack.p(sp - 1) = items[i]
					pc++
					continue
				}
			} else if typ == py.StrType && k.IsInt() {
				if v, ok := py.StrIndexFast(c, k.Int()); ok { // strindex_fast.go
					*stack.p(sp - 1) = v
					pc++
					continue
				}
			}
			if k.IsNull() {
				exc = unboundFast(f, k, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = k
			sp++ // continue at the BINARY_SUBSCR
		case opFastConstTestJump:
			// superinstr.go; a miss runs as LOAD_FAST a
			a := fast.at(int(in.arg))
			if !a.IsNull() {
				cmp, b := instrs.at(pc+1).arg&15, f.kon.at(int(instrs.at(pc).arg))
				var c, ok bool
				var err *py.Exception
				switch cmp {
				case opcode.CmpIs:
					c, ok = a == b, true
				case opcode.CmpIsNot:
					c, ok = a != b, true
				default:
					c, ok, err = cmpTest(t, cmp, a, b)
				}
				if err != nil {
					pc += 2 // raised by the COMPARE_OP
					exc = err
					goto raise
				}
				if ok {
					if c == (instrs.at(pc+2).op == opPopJumpIfTrue) {
						pc = int(instrs.at(pc + 2).arg)
					} else {
						pc += 3
					}
					continue
				}
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = a
			sp++
		case opFastDerefCmpJump:
			// superinstr.go; a miss runs as LOAD_FAST a
			a, v := fast.at(int(in.arg)), f.cells[instrs.at(pc).arg].V
			if !a.IsNull() && !v.IsNull() {
				cj := instrs.at(pc + 1)
				var c, ok bool
				var err *py.Exception
				switch cmp := cj.arg & 15; cmp {
				case opcode.CmpIs:
					c, ok = a == v, true
				case opcode.CmpIsNot:
					c, ok = a != v, true
				default:
					if (cmp == opcode.CmpIn || cmp == opcode.CmpNotIn) && a.IsInt() && v.Type() == py.SetType {
						var found bool
						if found, ok = py.AsSet(v).HasInt(a); ok { // `c in cols`: one call (setint.go)
							c = found == (cmp == opcode.CmpIn)
							break
						}
					}
					c, ok, err = cmpTest(t, cmp, a, v)
				}
				if err != nil {
					pc += 2 // raised by the compare
					exc = err
					goto raise
				}
				if ok {
					if j := pc + 2 + int(cj.arg>>4); c == (instrs.at(j).op == opPopJumpIfTrue) {
						pc = int(instrs.at(j).arg)
						goto backEdge // `if c in cols: continue`
					} else {
						pc = j + 1
					}
					continue
				}
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = a
			sp++
		case opDerefCmpJump:
			// superinstr.go; a miss runs as LOAD_DEREF
			v := f.cells[in.arg].V
			if !v.IsNull() {
				cj := instrs.at(pc)
				var c, ok bool
				var err *py.Exception
				if cmp, a := cj.arg&15, stack.at(sp-1); (cmp == opcode.CmpIn || cmp == opcode.CmpNotIn) && a.IsInt() && v.Type() == py.SetType {
					var found bool
					if found, ok = py.AsSet(v).HasInt(a); ok { // `(row + c) in diag1`: one call (setint.go)
						c = found == (cmp == opcode.CmpIn)
					}
				}
				if !ok {
					c, ok, err = cmpTest(t, cj.arg&15, stack.at(sp-1), v)
				}
				if err != nil {
					pc++ // raised by the compare
					sp--
					*stack.p(sp) = py.Value{}
					exc = err
					goto raise
				}
				if ok {
					sp--
					*stack.p(sp) = py.Value{}
					if j := pc + 1 + int(cj.arg>>4); c == (instrs.at(j).op == opPopJumpIfTrue) {
						pc = int(instrs.at(j).arg)
						goto backEdge
					} else {
						pc = j + 1
					}
					continue
				}
			}
			if v.IsNull() {
				exc = derefError(f, int(in.arg))
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opDerefLoadMethod:
			// superinstr.go; a miss runs as LOAD_DEREF
			obj := f.cells[in.arg].V
			if !obj.IsNull() {
				c := f.ac.p(int(instrs.at(pc).arg))
				if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() && (w.kind == acMethodBuilt || w.kind == acMethod && !py.InstanceDict(obj).HasStr(c.name)) {
					*stack.p(sp), *stack.p(sp + 1) = w.v, obj
					sp += 2
					pc++
					continue
				}
				if a, b, ok := c.method(obj); ok {
					*stack.p(sp), *stack.p(sp + 1) = a, b
					sp += 2
					pc++
					continue
				}
			}
			if obj.IsNull() {
				exc = derefError(f, int(in.arg))
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opLoadFast:
			v := fast.at(int(in.arg))
			if v.IsNull() {
				exc = py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[in.arg])
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opStoreFast:
			sp--
			*fast.p(int(in.arg)) = stack.at(sp)
		case opLoadConst:
			*stack.p(sp) = f.kon.at(int(in.arg))
			sp++
		case opPopTop:
			sp--
			*stack.p(sp) = py.Value{}
		case opRotTwo:
			*stack.p(sp - 1), *stack.p(sp - 2) = stack.at(sp-2), stack.at(sp-1)
		case opRotThree:
			*stack.p(sp - 1), *stack.p(sp - 2), *stack.p(sp - 3) = stack.at(sp-2), stack.at(sp-3), stack.at(sp-1)
		case opDupTop:
			*stack.p(sp) = stack.at(sp - 1)
			sp++
		case opDupTopTwo:
			*stack.p(sp) = stack.at(sp - 2)
			*stack.p(sp + 1) = stack.at(sp - 1)
			sp += 2
		case opBinary, opInplace:
			a, b := stack.at(sp-2), stack.at(sp-1)
			if a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				switch in.arg {
				case py.OpAdd:
					if s := x + y; (s^x)&(s^y) >= 0 {
						sp--
						*stack.p(sp - 1) = py.MakeInt(s)
						*stack.p(sp) = py.Value{}
						continue
					}
				case py.OpSub:
					if s := x - y; (x^y)&(x^s) >= 0 {
						sp--
						*stack.p(sp - 1) = py.MakeInt(s)
						*stack.p(sp) = py.Value{}
						continue
					}
				case py.OpMul:
					if x == int64(int32(x)) && y == int64(int32(y)) {
						sp--
						*stack.p(sp - 1) = py.MakeInt(x * y)
						*stack.p(sp) = py.Value{}
						continue
					}
				case py.OpAnd, py.OpOr, py.OpXor:
					z := x & y
					if in.arg == py.OpOr {
						z = x | y
					} else if in.arg == py.OpXor {
						z = x ^ y
					}
					sp--
					*stack.p(sp - 1) = py.MakeInt(z)
					*stack.p(sp) = py.Value{}
					continue
				}
			}
			if a.IsFloat() && b.IsFloat() {
				x, y := a.Float(), b.Float()
				var z float64
				switch in.arg {
				case py.OpAdd:
					z = x + y
				case py.OpSub:
					z = x - y
				case py.OpMul:
					z = x * y
				case py.OpTrueDiv:
					if y == 0 {
						goto numSlow // ZeroDivisionError
					}
					z = x / y
				default:
					goto numSlow
				}
				sp--
				*stack.p(sp - 1) = py.MakeFloat(z)
				*stack.p(sp) = py.Value{}
				continue
			}
			if in.arg == py.OpTrueDiv && a.IsFloat() && b.IsInt() && b.Int() != 0 {
				// float / int: the int rounded to a float, as float.__truediv__
				sp--
				*stack.p(sp - 1) = py.MakeFloat(a.Float() / float64(b.Int()))
				*stack.p(sp) = py.Value{}
				continue
			}
		numSlow:
			if r, ok := arithFast(in.arg, a, b); ok {
				sp--
				*stack.p(sp - 1) = r
				*stack.p(sp) = py.Value{}
				continue
			}
			var r py.Value
			var err *py.Exception
			done := false
			if a.Type() == py.StrType {
				if c, ok := strAddNext(f, instrs, pc, in.arg, b); ok {
					// a + b + c of exact strs: one concatenation
					sp--
					*stack.p(sp) = py.Value{}
					*stack.p(sp - 1) = py.StrConcat3(a, b, c)
					pc += 2
					continue
				}
				// str + str and str % args skip the operator protocol
				r, done, err = py.StrBinaryFast(t, int(in.arg), a, b)
			}
			if !done {
				if instrs.at(pc-1).op == opBinary { // not in.op after a call (see the dispatch)
					r, err = py.BinaryOp(t, int(in.arg), a, b)
				} else {
					r, err = py.InplaceOp(t, int(in.arg), a, b)
				}
			}
			sp--
			*stack.p(sp) = py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = r
		case opCompareOp:
			a, b := stack.at(sp-2), stack.at(sp-1)
			var r py.Value
			if a.IsInt() && b.IsInt() && in.arg <= opcode.CmpGE {
				x, y := a.Int(), b.Int()
				var c bool
				switch in.arg {
				case opcode.CmpLT:
					c = x < y
				case opcode.CmpLE:
					c = x <= y
				case opcode.CmpEQ:
					c = x == y
				case opcode.CmpNE:
					c = x != y
				case opcode.CmpGT:
					c = x > y
				default:
					c = x >= y
				}
				r = py.MakeBool(c)
			} else if c, ok := compareFast(in.arg, a, b); ok {
				r = py.MakeBool(c)
			} else if (in.arg == opcode.CmpEQ || in.arg == opcode.CmpNE) && a.Type() == py.StrType && b.Type() == py.StrType {
				// str equality (dispatch on names and keywords) needs no
				// operator protocol
				r = py.MakeBool(py.StrEq(a, b) == (in.arg == opcode.CmpEQ))
			} else {
				var err *py.Exception
				r, err = compareOp(t, int(in.arg), a, b)
				if err != nil {
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					exc = err
					goto raise
				}
			}
			sp--
			*stack.p(sp) = py.Value{}
			*stack.p(sp - 1) = r
		case opPopJumpIfFalse, opPopJumpIfTrue:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			b, ok := v.Int() != 0, v.IsBool() || v.IsInt() // bool(v) without a call first
			if !ok {
				b, ok = truthFast(v)
				if !ok {
					var err *py.Exception
					b, err = truthSlow(t, v)
					if err != nil {
						exc = err
						goto raise
					}
				}
				in = instrs.at(pc - 1) // not kept across the calls (see the dispatch)
			}
			if b == (in.op == opPopJumpIfTrue) {
				pc = int(in.arg)
			}
		case opJumpIfFalseOrPop, opJumpIfTrueOrPop:
			v := stack.at(sp - 1)
			b, ok := v.Int() != 0, v.IsBool() || v.IsInt() // bool(v) without a call first
			if !ok {
				b, ok = truthFast(v)
				if !ok {
					var err *py.Exception
					b, err = truthSlow(t, v)
					if err != nil {
						exc = err
						goto raise
					}
				}
				in = instrs.at(pc - 1) // not kept across the calls (see the dispatch)
			}
			if b == (in.op == opJumpIfTrueOrPop) {
				pc = int(in.arg)
			} else {
				sp--
				*stack.p(sp) = py.Value{}
			}
		case opPopJumpIfFalseX, opPopJumpIfTrueX:
			// extarg.go: the jump in its EXTENDED_ARG's slot
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			b, ok := v.Int() != 0, v.IsBool() || v.IsInt()
			if !ok {
				b, ok = truthFast(v)
				if !ok {
					var err *py.Exception
					b, err = truthSlow(t, v)
					if err != nil {
						exc = err
						goto raise
					}
				}
				in = instrs.at(pc - 1) // not kept across the calls (see the dispatch)
			}
			pc++ // past the original
			if b == (in.op == opPopJumpIfTrueX) {
				pc = int(in.arg)
			}
		case opJumpForward, opJumpAbsolute:
			pc = int(in.arg)
		case opJumpBack:
			pc = int(in.arg)
			if th.interp.interrupted.Load() {
				th.interp.interrupted.Store(false)
				exc = py.NewException(py.KeyboardInterruptType)
				goto raise
			}
			goto backEdge
		case opForIter, opForIterEnum:
			it := stack.at(sp - 1)
			if in.op == opForIterEnum && (it.Type() == py.EnumerateType || it.Type() == py.ZipType) {
				// (in.op is not read again after the calls: see the dispatch)
				if g := pairGen(it, t); g != nil {
					// the generator under the enumerate or zip runs in
					// this loop (geninline.go)
					f.sp, f.pc = sp, pc
					f = th.resumeInline(g, f)
					sp, pc = f.sp, f.pc
					goto newFrame
				}
				if n, x, ok, pair, err := py.NextPair(t, it); pair {
					if err != nil {
						exc = err
						goto raise
					}
					if ok {
						*fast.p(int(instrs.at(pc + 1).arg)) = n
						*fast.p(int(instrs.at(pc + 2).arg)) = x
						pc += 3
					} else {
						sp--
						*stack.p(sp) = py.Value{}
						pc = int(in.arg)
					}
					continue
				}
			}
			if it.Type() == py.RangeIterType {
				r := py.AsRangeIter(it)
				if r.Step > 0 && r.Next < r.Stop || r.Step < 0 && r.Next > r.Stop {
					*stack.p(sp) = py.MakeInt(r.Next)
					sp++
					r.Next += r.Step
					continue
				}
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
				continue
			}
			if typ := it.Type(); typ == py.ListIterType {
				if seq, ip := py.ListIterState(it); !seq.IsNull() {
					if items := py.SeqItems(*seq); *ip < len(items) {
						*ip++
						*stack.p(sp) = items[*ip-1]
						sp++
						continue
					}
					*seq = py.Value{}
				}
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
				continue
			} else if typ == py.TupleIterType {
				if v, ok := py.TupleIterNext(it); ok {
					*stack.p(sp) = v
					sp++
				} else {
					sp--
					*stack.p(sp) = py.Value{}
					pc = int(in.arg)
				}
				continue
			} else if typ == py.StrType {
				// an ascii str iterated in its slot (strloop.go)
				if v, ok := py.StrLoopNext(stack.p(sp - 1)); ok {
					*stack.p(sp) = v
					sp++
				} else {
					sp--
					*stack.p(sp) = py.Value{}
					pc = int(in.arg)
				}
				continue
			}
			if it.Type() == generatorType {
				if g := py.AsPtr[Generator](it); g.inlinable(t) {
					// resume the generator in this loop (genInline.go)
					f.sp, f.pc = sp, pc
					f = th.resumeInline(g, f)
					sp, pc = f.sp, f.pc
					goto newFrame
				}
			}
			v, ok, err := py.Next(t, it)
			if err != nil {
				exc = err
				goto raise
			}
			if ok {
				*stack.p(sp) = v
				sp++
			} else {
				sp--
				*stack.p(sp) = py.Value{}
				pc = int(in.arg)
			}
		case opGetIter:
			if in.arg != 0 && stack.at(sp-1).Type() == py.StrType {
				if v, ok := py.StrLoopStart(stack.at(sp - 1)); ok {
					*stack.p(sp - 1) = v // the loop iterates in place (strloop.go)
					continue
				}
			}
			it, err := py.Iter(t, stack.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = it
			if it.Type() == generatorType && pc >= 2 {
				switch instrs.at(pc - 2).op {
				case opCallFunction, opCallMethod, opCallFunctionKw, opCallFunctionEx, opCallGetIter:
					// `for x in gen():` — only the loop holds the generator,
					// so leaving the loop early closes it, as refcounting
					// does in CPython.
					py.AsPtr[Generator](it).loopOwned = true
				}
			}
		case opSetupLoopOwn:
			// a loop holding an owning t += e (strown.go)
			*fast.p(f.rt.ownBase + int(in.arg>>16)) = py.Value{}
			if f.nblocks >= maxBlocks {
				exc = py.Errorf(py.SystemErrorType, "XXX block stack overflow")
				goto raise
			}
			f.blocks[f.nblocks] = block{blockLoop, in.arg & 0xffff, int32(sp)}
			f.nblocks++
		case opSetupLoop, opSetupExcept, opSetupFinally:
			if f.nblocks >= maxBlocks {
				exc = py.Errorf(py.SystemErrorType, "XXX block stack overflow")
				goto raise
			}
			typ := int32(blockLoop)
			if in.op == opSetupExcept {
				typ = blockExcept
			} else if in.op == opSetupFinally {
				typ = blockFinally
			}
			f.blocks[f.nblocks] = block{typ, in.arg, int32(sp)}
			f.nblocks++
		case opPopBlock:
			f.nblocks--
			b := f.blocks[f.nblocks]
			for sp > int(b.level) {
				sp--
				*stack.p(sp) = py.Value{}
			}
		case opExcMatchJump:
			// `except C:` as one test (excmatch.go)
			j := pc + int(in.arg)
			if c := f.gc.p(int(instrs.at(pc).arg)); c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version {
				if m, ok := excClassMatch(stack.at(sp-1), c.v); ok {
					if m {
						pc = j + 1
					} else {
						pc = int(instrs.at(j).arg)
					}
					continue
				}
			}
			// as DUP_TOP
			*stack.p(sp) = stack.at(sp - 1)
			sp++
		case opIsInstanceFast:
			// isinstance(x, C) in one step (isinstance_fast.go), else as
			// LOAD_GLOBAL isinstance
			// (at the recursion limit the builtin call is what raises)
			if r, ok := isInstanceFast(f, in.arg, instrs.at(pc).arg, instrs.at(pc+1).arg); ok && t.Depth < t.RecursionLimit {
				*stack.p(sp) = py.MakeBool(r)
				sp++
				pc += isInstanceLen
				continue
			}
			goto loadGlobal
		case opCallGlobalConstArg:
			// f(x + c) / f(x - c) of a global plain function f taking one
			// parameter, a local x and an int constant c, all in one
			// (callfast.go); anything else runs as LOAD_GLOBAL and on
			if c := f.gc.p(int(in.arg)); c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version && c.v.Type() == py.FunctionType {
				fn := py.AsFunction(c.v)
				a := fast.at(int(instrs.at(pc).arg))
				x, y := a.Int(), f.kon.at(int(instrs.at(pc+1).arg)).Int()
				if instrs.at(pc+2).arg == py.OpSub {
					y = -y
				}
				if rt := (*codeRT)(fn.RT); a.IsInt() && (x+y^x)&(x+y^y) >= 0 && rt != nil && rt.simple && rt.argc == 1 && th.npool < len(th.pool) && t.Depth < t.RecursionLimit {
					nf := th.pool[th.npool]
					if nf.rt != rt {
						if a := rt.altFrame; a != nil && a.alt == nf.alt && a.alt != nil && a.rt == rt {
							th.pool[th.npool] = a
							nf = a
						} else {
							nf = nil
						}
					}
					if nf != nil && !th.interp.interrupted.Load() {
						th.npool++
						mem := nf.loc
						*mem.p(0) = py.MakeInt(x + y)
						for i := 1; i < rt.nlocals; i++ {
							*mem.p(i) = py.Value{}
						}
						if rt.nfree > 0 {
							nf.cells = fn.Closure
						}
						if nf.fn != fn {
							nf.fn = fn
						}
						if nf.globals != fn.Globals {
							nf.globals = fn.Globals
						}
						if nf.builtins != f.builtins {
							nf.builtins = f.builtins
						}
						nf.sp, nf.pc, nf.nblocks, nf.entry = 0, 0, 0, false
						nf.back = f
						// the result goes where f would have been pushed,
						// and the caller resumes after the CALL_FUNCTION
						f.sp, f.pc = sp, pc+callConstArgLen
						t.Depth++
						th.frame = nf
						f = nf
						sp, pc = 0, 0
						goto newFrame
					}
				}
			}
			fallthrough
		case opLoadGlobal:
			c := f.gc.p(int(in.arg))
			if c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version {
				*stack.p(sp) = c.v
				sp++
				continue
			}
			name := f.rt.names[in.arg]
			v, ok := f.globals.LookupStr(name)
			if !ok {
				v, ok = f.builtins.LookupStr(name)
				if !ok {
					exc = py.Errorf(py.NameErrorType, "name '%s' is not defined", name.S())
					goto raise
				}
			}
			*c = globalCache{f.globals, f.globals.Version, f.builtins.Version, v}
			*stack.p(sp) = v
			sp++
		case opGlobalUnaryFast: // callglobal1.go
			if c := f.gc.p(int(in.arg)); c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version && t.Depth < t.RecursionLimit {
				if r, ok := globalUnary(c.v, fast.at(int(instrs.at(pc).arg))); ok {
					*stack.p(sp) = r
					sp++
					pc += globalUnaryLen
					continue
				}
			}
			goto loadGlobal
		case opCallMethod, opCallMethodPop:
			// o.m(args) with m a Go method of o's exact type: called
			// straight on the stack (callbuiltin_fast.go); in.op is not
			// read after the call (doc.go)
			if m := stack.at(sp - int(in.arg) - 2); !m.IsNull() && m.Type() == py.BuiltinType && t.Depth < t.RecursionLimit {
				self := stack.at(sp - int(in.arg) - 1)
				if in.arg == 1 && self.Type() == py.ListType && py.IsListAppend(m) {
					// l.append(x) on an exact list: no Python code can run
					// and nothing can fail, so no call (listappend.go)
					py.AppendExact(self, stack.at(sp-1))
					sp -= 3
					*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = py.Value{}, py.Value{}, py.Value{}
					if instrs.at(pc).op == opPopTop {
						pc++
						continue
					}
					*stack.p(sp) = py.None
					sp++
					continue
				}
				if bf := py.AsBuiltin(m); self.Type() == bf.Owner {
					if in.arg == 1 && bf.Owner == py.SetType && stack.at(sp-1).IsInt() && py.SetIntCall(m, self, stack.at(sp-1)) {
						// s.add(k) / s.discard(k) / s.remove(k) of an
						// inline int on an exact set (py/setcall.go)
						sp -= 3
						*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = py.Value{}, py.Value{}, py.Value{}
						if instrs.at(pc).op == opPopTop {
							pc++
							continue
						}
						*stack.p(sp) = py.None
						sp++
						continue
					}
					newSp := sp - int(in.arg) - 2
					f.pc = pc // sys._getframe and tracebacks read the position
					t.Depth++
					r, err := bf.Fn(t, stack[newSp+1:sp:sp], nil)
					t.Depth--
					if err != nil {
						clearVals(stack, newSp, sp)
						sp = newSp
						exc = err
						goto raise
					}
					if instrs.at(pc-1).op == opCallMethodPop {
						clearVals(stack, newSp, sp)
						sp = newSp
						pc++ // the POP_TOP
						continue
					}
					for i := newSp + 1; i < sp; i++ {
						*stack.p(i) = py.Value{}
					}
					*stack.p(newSp) = r
					sp = newSp + 1
					continue
				}
			}
			fallthrough
		case opCallFunction, opCallFunctionPop, opCallDictCopy, opCallUnary1:
			if in.op == opCallFunction || in.op == opCallFunctionPop {
				// a plain Python function given exactly its positional
				// parameters, into its pooled frame (callfast.go)
				n := int(in.arg)
				base := sp - n - 1
				if fnv := stack.at(base); fnv.Type() == py.FunctionType {
					fn := py.AsFunction(fnv)
					if rt := (*codeRT)(fn.RT); rt != nil && rt.simple && rt.argc == n && th.npool < len(th.pool) && t.Depth < t.RecursionLimit {
						nf := th.pool[th.npool]
						if nf.rt != rt {
							// framealt.go's hint, inline; else the general path's poolFor
							if a := rt.altFrame; a != nil && a.alt == nf.alt && a.alt != nil && a.rt == rt {
								th.pool[th.npool] = a
								nf = a
							} else {
								nf = nil
							}
						}
						if nf != nil && !th.interp.interrupted.Load() {
							snf, sfn, sargs, sn, sret = nf, fn, base+1, n, base
							goto enterSimple
						}
					}
				}
			}
			if in.op == opCallUnary1 {
				// len, ord or chr of a computed argument (callglobal1x.go)
				if fnv := stack.at(sp - 2); fnv.Type() == py.BuiltinType && t.Depth < t.RecursionLimit {
					if r, ok := unaryBuiltinFast(fnv, stack.at(sp-1)); ok {
						sp--
						*stack.p(sp) = py.Value{}
						*stack.p(sp - 1) = r
						continue
					}
				}
				in.op = opCallFunction
			}
			pop := false // the fused POP_TOP (superinstr.go): a builtin's result is dropped here
			if in.op == opCallFunctionPop {
				in.op, pop = opCallFunction, true
			} else if in.op == opCallMethodPop {
				in.op, pop = opCallMethod, true
			}
			n := int(in.arg)
			base := sp - n - 1
			newSp := base // where the result goes
			if in.op == opCallMethod {
				base--
				newSp--
				if stack.at(base).IsNull() {
					base++
				} else {
					n++
				}
			}
			fnv := stack.at(base)
			if in.op == opCallMethod && fnv.Type() == py.FunctionType {
				// a method's function with its self (callfast.go)
				fn := py.AsFunction(fnv)
				if rt := (*codeRT)(fn.RT); rt != nil && rt.simple && rt.argc == n && th.npool < len(th.pool) && t.Depth < t.RecursionLimit {
					nf := th.pool[th.npool]
					if nf.rt != rt {
						// framealt.go's hint, inline; else the general path's poolFor
						if a := rt.altFrame; a != nil && a.alt == nf.alt && a.alt != nil && a.rt == rt {
							th.pool[th.npool] = a
							nf = a
						} else {
							nf = nil
						}
					}
					if nf != nil && !th.interp.interrupted.Load() {
						snf, sfn, sargs, sn, sret = nf, fn, base+1, n, newSp
						goto enterSimple
					}
				}
			}
			// (l.append(x) on an exact list was done without a call by
			// the CALL_METHOD arm above)
			if fnv.Type() == py.MethodType {
				bm := py.AsBoundMethod(fnv)
				if ft := bm.Func.Type(); ft == py.FunctionType || ft == py.BuiltinType {
					*stack.p(base) = bm.Self
					fnv = bm.Func
					base--
					n++
				}
			}
			if fnv.Type() == py.BuiltinType {
				if n == 2 && stack.at(base+2).IsInt() && stack.at(base+1).Type() == py.SetType && t.Depth < t.RecursionLimit && py.SetIntCall(fnv, stack.at(base+1), stack.at(base+2)) {
					// s.add(k) / s.discard(k) / s.remove(k) of an inline
					// int on an exact set, without the call (py/setcall.go);
					// the call took two slots (a bound method's self over
					// its callee) or three from newSp: clear newSp, sp-2, sp-1
					*stack.p(sp - 1), *stack.p(sp - 2), *stack.p(newSp) = py.Value{}, py.Value{}, py.Value{}
					sp = newSp
					if instrs.at(pc).op == opPopTop {
						pc++
						continue
					}
					*stack.p(sp) = py.None
					sp++
					continue
				}
				if n == 1 && !pop && in.op != opCallMethod && t.Depth < t.RecursionLimit {
					// len(s), ord(c), chr(i) that cannot fail (callunary.go)
					if r, ok := unaryBuiltinFast(fnv, stack.at(base+1)); ok {
						clearStack(stack[:], newSp+1, sp)
						*stack.p(newSp) = r
						sp = newSp + 1
						continue
					}
				}
				// a Go function, or a Go method with self of its own
				// type or an unboxed subclass: called straight on the
				// stack's arguments, as callObject would (one recursion
				// level)
				if bf := py.AsBuiltin(fnv); bf.Owner == nil || bf.Static || n >= 1 && (stack.at(base+1).Type() == bf.Owner || bf.TakesSubSelf(stack.at(base+1))) {
					if t.Depth >= t.RecursionLimit {
						exc = th.recursionError(" while calling a Python object")
					} else {
						f.pc = pc // sys._getframe and tracebacks read the position
						t.Depth++
						r, err := bf.Fn(t, stack[base+1:sp:sp], nil)
						t.Depth--
						if err == nil && pop {
							clearStack(stack[:], newSp, sp)
							sp = newSp
							pc++ // the POP_TOP
							continue
						}
						if err == nil {
							clearStack(stack[:], newSp+1, sp) // the result overwrites newSp
							sp = newSp
							*stack.p(sp) = r
							sp++
							continue
						}
						exc = err
					}
					clearStack(stack[:], newSp, sp)
					sp = newSp
					goto raise
				}
			}
			if fnv.Type() == py.FunctionType {
				fn := py.AsFunction(fnv)
				if th.interp.interrupted.Load() {
					th.interp.interrupted.Store(false)
					clearStack(stack[:], newSp, sp)
					sp = newSp
					exc = py.NewException(py.KeyboardInterruptType)
					goto raise
				}
				if rt := (*codeRT)(fn.RT); rt != nil && rt.simple && th.npool < len(th.pool) && t.Depth < t.RecursionLimit {
					// the common case inline: a pooled frame, positional
					// args, maybe defaults and free variables
					nf := th.pool[th.npool]
					if nf.rt != rt {
						// poolFor's first answer written out: the frame of
						// the slot's set that last ran rt (framealt.go)
						if a := rt.altFrame; a != nil && a.alt == nf.alt && a.rt == rt && a.alt != nil {
							th.pool[th.npool] = a
							nf = a
						} else {
							nf = th.poolFor(rt)
						}
					}
					if missing := rt.argc - n; (missing == 0 || missing > 0 && missing <= len(fn.Defaults)) && nf != nil {
						th.npool++
						if nf.fn != fn {
							nf.fn = fn
						}
						nf.globals, nf.builtins = fn.Globals, f.builtins
						nf.sp, nf.pc, nf.nblocks, nf.entry = 0, 0, 0, false
						mem := nf.loc
						for i := 0; i < n; i++ {
							*mem.p(i) = stack.at(base + 1 + i)
						}
						if missing > 0 {
							d := fn.Defaults[len(fn.Defaults)-missing:]
							for i, v := range d {
								*mem.p(n + i) = v
							}
						}
						for i := rt.argc; i < rt.nlocals; i++ {
							*mem.p(i) = py.Value{}
						}
						if rt.nfree > 0 {
							nf.cells = fn.Closure
						}
						// The argument slots are not cleared: the result
						// overwrites the first, later pushes the rest.
						t.Depth++
						nf.back = f
						th.frame = nf
						f.sp, f.pc = newSp, pc
						f = nf
						sp, pc = 0, 0
						goto newFrame
					}
				}
				nf, err := th.setupFrame(fn, stack[base+1:sp:sp], nil, false)
				if err == nil {
					if nf.rt.isGen {
						g := newGenerator(th, nf)
						clearStack(stack[:], newSp, sp)
						sp = newSp
						*stack.p(sp) = g
						sp++
						continue
					}
					err = th.push(nf)
					if err != nil {
						th.freeFrame(nf)
					}
				}
				clearStack(stack[:], newSp, sp)
				sp = newSp
				if err != nil {
					exc = err
					goto raise
				}
				f.sp, f.pc = sp, pc
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			if n == 2 && !pop && base >= 1 && in.op != opCallMethod && fnv.Type() == py.TypeType && t.Depth+1 < t.RecursionLimit {
				// sum(map(ord, s)) without the map (callunary.go)
				if r, ok := mapOrdSum(fnv, stack.at(base+1), stack.at(base+2), stack.at(base-1), instrs.at(pc)); ok {
					clearStack(stack[:], base, sp)
					*stack.p(base - 1) = r
					sp = base
					pc++ // the sum call
					continue
				}
			}
			if fnv.Type() == py.TypeType && n == 1 && t.Depth < t.RecursionLimit {
				if r, ok := py.ListOfSeq(fnv, stack.at(base+1)); ok {
					// list(t) of an exact tuple or list (listappend.go)
					clearStack(stack[:], newSp+1, sp)
					sp = newSp
					*stack.p(sp) = r
					sp++
					continue
				}
				if r, ok := dictOfDict(f, fnv, stack.at(base+1), instrs.at(pc-1).op, instrs.at(pc).arg); ok {
					// dict(d) of an exact dict (dictof.go; callpriv.go)
					clearStack(stack[:], newSp+1, sp)
					sp = newSp
					*stack.p(sp) = r
					sp++
					continue
				}
			}
			if n == 0 && fnv.Type() == py.TypeType && t.Depth < t.RecursionLimit {
				if r, ok := py.AsType(fnv).PlainNew(); ok {
					// Guard(): a class without __new__ or __init__ (plainnew.go)
					clearStack(stack[:], newSp+1, sp)
					sp = newSp
					*stack.p(sp) = r
					sp++
					continue
				}
			}
			if fnv.Type() == py.TypeType && th.npool < len(th.pool) && t.Depth < t.RecursionLimit {
				if initFn, self, ok := py.AsType(fnv).PlainInit(); ok && (initFn.RT != nil && !(*codeRT)(initFn.RT).isGen || !fnRuntime(initFn).isGen) {
					// Class(...) with a Python __init__: run __init__ as an
					// inline frame whose caller then gets the instance.
					*stack.p(base) = self
					if nf := th.pooledFrame(initFn, f.builtins, stack[base:sp:sp]); nf != nil {
						// positional args and room for both levels
						t.Depth += 2
						nf.extraDepth, nf.special = 1, true
						nf.initSelf = self
						nf.back = f
						th.frame = nf
						newSp := callResultSlot(in, n, sp)
						clearStack(stack[:], newSp, sp)
						f.sp, f.pc = newSp, pc
						f = nf
						sp, pc = 0, 0
						goto newFrame
					}
					nf, err := th.setupFrame(initFn, stack[base:sp:sp], nil, false)
					if err == nil && t.Depth >= t.RecursionLimit {
						th.freeFrame(nf)
						err = th.recursionError(" while calling a Python object")
					} else if err == nil {
						// type.__call__ counts as a level, as in CPython
						t.Depth++
						err = th.push(nf)
						if err != nil {
							t.Depth--
							th.freeFrame(nf)
						} else {
							nf.extraDepth = 1
						}
					}
					newSp := callResultSlot(in, n, sp)
					clearStack(stack[:], newSp, sp)
					sp = newSp
					if err != nil {
						exc = err
						goto raise
					}
					nf.initSelf, nf.special = self, true
					f.sp, f.pc = sp, pc
					f = nf
					sp, pc = 0, 0
					goto newFrame
				}
				if typ := py.AsType(fnv); typ.User {
					if initFn, ok := typ.BuiltinNewInit(); ok && !fnRuntime(initFn).isGen {
						// an exception class with a Python __init__: the
						// built-in __new__, then __init__ inline as above
						f.pc = pc
						nf, self, err := th.newThenInit(typ, initFn, stack[base+1:sp:sp])
						clearStack(stack[:], newSp, sp)
						sp = newSp
						if err != nil {
							exc = err
							goto raise
						}
						if nf == nil {
							*stack.p(sp) = self
							sp++
							continue
						}
						f.sp, f.pc = sp, pc
						f = nf
						sp, pc = 0, 0
						goto newFrame
					}
				}
			}
			if fnv.Type() == py.TypeType && t.Depth < t.RecursionLimit {
				if r, ok := py.NewPlainException(py.AsType(fnv), stack[base+1:sp:sp]); ok {
					// KeyError(k), class E(Exception): pass; E(x) (after
					// the plain classes above, the commoner calls)
					clearStack(stack[:], newSp+1, sp)
					sp = newSp
					*stack.p(sp) = r
					sp++
					continue
				}
			}
			if n == 1 && fnv.Type() == py.TypeType && py.AsType(fnv) == py.IntType && t.Depth < t.RecursionLimit {
				// int(s) in parsing loops: no type.__call__ round trip
				if r, ok := py.IntOfFast(stack.at(base + 1)); ok {
					clearStack(stack[:], newSp+1, sp)
					sp = newSp
					*stack.p(sp) = r
					sp++
					continue
				}
			}
			f.pc = pc // sys._getframe and tracebacks read the position
			r, err := th.callObject(fnv, stack[base+1:sp:sp], nil)
			clearStack(stack[:], newSp, sp)
			sp = newSp
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = r
			sp++
		case opReturnValue:
			sp--
			retval = stack.at(sp)
			*stack.p(sp) = py.Value{}
			if f.nblocks == 0 {
				goto doReturn
			}
			why = whyReturn
			goto blockEnd
		case opFastReturn:
			retval = fast.at(int(in.arg))
			if retval.IsNull() {
				exc = py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[in.arg])
				goto raise
			}
			pc++ // the RETURN_VALUE
			if f.nblocks == 0 {
				goto doReturn
			}
			why = whyReturn
			goto blockEnd
		case opStoreFastJumpBack:
			// superinstr.go
			sp--
			*fast.p(int(in.arg)) = stack.at(sp)
			pc = int(instrs.at(pc).arg)
			if th.interp.interrupted.Load() {
				th.interp.interrupted.Store(false)
				exc = py.NewException(py.KeyboardInterruptType)
				goto raise
			}
		case opLoadConst2:
			// superinstr.go
			*stack.p(sp) = f.kon.at(int(in.arg))
			*stack.p(sp + 1) = f.kon.at(int(instrs.at(pc).arg))
			sp += 2
			pc++
		case opConstReturn:
			// superinstr.go
			retval = f.kon.at(int(in.arg))
			pc++ // the RETURN_VALUE
			if f.nblocks == 0 {
				goto doReturn
			}
			why = whyReturn
			goto blockEnd
		case opBinaryReturn:
			// superinstr.go
			a, b := stack.at(sp-2), stack.at(sp-1)
			var r py.Value
			if x, y := a.Int(), b.Int(); a.IsInt() && b.IsInt() && in.arg == py.OpAdd && (x+y^x)&(x+y^y) >= 0 {
				r = py.MakeInt(x + y)
			} else if a.IsInt() && b.IsInt() && in.arg == py.OpSub && (x^y)&(x^(x-y)) >= 0 {
				r = py.MakeInt(x - y)
			} else {
				var err *py.Exception
				if r, err = binaryValue(t, in.arg, a, b); err != nil {
					sp--
					*stack.p(sp) = py.Value{}
					exc = err
					goto raise
				}
			}
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			retval = r
			pc++ // the RETURN_VALUE
			if f.nblocks == 0 {
				goto doReturn
			}
			why = whyReturn
			goto blockEnd
		case opConstCompare:
			// superinstr.go; a miss runs as LOAD_CONST k
			a, b := stack.at(sp-1), f.kon.at(int(in.arg))
			var c, ok bool
			switch cmp := instrs.at(pc).arg; {
			case cmp == opcode.CmpIs:
				c, ok = a == b, true
			case cmp == opcode.CmpIsNot:
				c, ok = a != b, true
			case a.IsInt() && b.IsInt():
				c, ok = intCompare(cmp, a.Int(), b.Int()), cmp <= opcode.CmpGE
			default:
				c, ok = compareFast(cmp, a, b)
			}
			if ok {
				*stack.p(sp - 1) = py.MakeBool(c)
				pc++
				continue
			}
			*stack.p(sp) = b
			sp++
		case opFastConstSubscrStore, opFastFastSubscrStore:
			// superinstr.go; a miss runs as LOAD_FAST c
			c := fast.at(int(in.arg))
			var k py.Value
			if in.op == opFastConstSubscrStore {
				k = f.kon.at(int(instrs.at(pc).arg))
			} else {
				k = fast.at(int(instrs.at(pc).arg))
			}
			if k.IsInt() && !c.IsNull() {
				if typ := c.Type(); typ == py.ListType || typ == py.TupleType {
					items := py.SeqItems(c)
					i := k.Int()
					if i < 0 {
						i += int64(len(items))
					}
					if uint64(i) < uint64(len(items)) {
						*fast.p(int(instrs.at(pc + 2).arg)) = items[i]
						pc += 3
						continue
					}
				} else if typ == py.StrType {
					if v, ok := py.StrIndexFast(c, k.Int()); ok { // strindex_fast.go
						*fast.p(int(instrs.at(pc + 2).arg)) = v
						pc += 3
						continue
					}
				}
			}
			if c.IsNull() {
				exc = unboundFast(f, c, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = c
			sp++
		case opLoadAttr:
			if obj := stack.at(sp - 1); obj.Type().User {
				if v, ok := py.InstanceAttr(obj, f.rt.names[in.arg]); ok {
					*stack.p(sp - 1) = v
					continue
				}
			}
			f.pc = pc // a getter may read the frame (f_lineno)
			v, err := py.GetAttr(t, stack.at(sp-1), f.rt.names[in.arg])
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = v
		case opLoadMethod:
			obj := stack.at(sp - 1)
			name := f.rt.names[in.arg]
			if m := methodFast(obj, name); !m.IsNull() {
				*stack.p(sp - 1) = m
				*stack.p(sp) = obj
				sp++
				continue
			}
			v, err := py.GetAttr(t, obj, name)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = py.Value{}
			*stack.p(sp) = v
			sp++
		case opStoreAttr:
			err := py.SetAttr(t, stack.at(sp-1), f.rt.names[in.arg], stack.at(sp-2))
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
		case opDeleteAttr:
			err := py.SetAttr(t, stack.at(sp-1), f.rt.names[in.arg], py.Null)
			sp--
			*stack.p(sp) = py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
		case opFastLoadAttr:
			obj := fast.at(int(in.arg))
			if !obj.IsNull() {
				c := f.ac.p(int(instrs.at(pc).arg))
				w := &c.ways[0]
				if w.typ != obj.Type() {
					w = &c.ways[1] // a site seeing two classes (self in an inherited method)
				}
				if w.typ == obj.Type() && w.ver == w.typ.Version() {
					if w.kind == acInstDict {
						if es := py.InstanceDict(obj).Ents(); uint(w.hint) < uint(len(es)) && es[w.hint].KeyIs(c.name) {
							*stack.p(sp) = es[w.hint].Val()
							sp++
							pc++
							continue
						}
					} else if w.kind == acSlotLoad {
						if v := py.SlotAt(obj, w.hint); !v.IsNull() {
							*stack.p(sp) = v
							sp++
							pc++
							continue
						}
					}
				}
				if v, st := c.load(obj); st == acHit {
					*stack.p(sp) = v
					sp++
					pc++
					continue
				}
			}
			// as LOAD_FAST o
			if obj.IsNull() {
				exc = unboundFast(f, obj, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opFastAttrNot, opFastAttrReturn, opFastAttrIs, opFastAttrTest, opFastAttrBin, opFastAttrStore:
			// attrtest.go: o.a's instance-dict hit, then the test or
			// return after it; else as LOAD_FAST o
			obj := fast.at(int(in.arg))
			if !obj.IsNull() {
				c := f.ac.p(int(instrs.at(pc).arg))
				w := &c.ways[0]
				if w.typ != obj.Type() {
					w = &c.ways[1]
				}
				var v py.Value
				if w.typ == obj.Type() && w.ver == w.typ.Version() {
					if w.kind == acInstDict {
						if es := py.InstanceDict(obj).Ents(); uint(w.hint) < uint(len(es)) && es[w.hint].KeyIs(c.name) {
							v = es[w.hint].Val()
						}
					} else if w.kind == acSlotLoad {
						v = py.SlotAt(obj, w.hint)
					}
				}
				if v.IsNull() {
					if u, st := c.load(obj); st == acHit {
						v = u
					}
					in = instrs.at(pc - 1) // not kept across the call (see the dispatch)
				}
				if !v.IsNull() {
					var r bool
					switch in.op {
					case opFastAttrReturn:
						retval = v
						pc += 2 // the RETURN_VALUE
						if f.nblocks == 0 {
							goto doReturn
						}
						why = whyReturn
						goto blockEnd
					case opFastAttrStore:
						*fast.p(int(instrs.at(pc + 1).arg)) = v
						pc += 2
						continue
					case opFastAttrBin:
						// TOS op o.a for ints and floats; else the BINARY runs
						if a := stack.at(sp - 1); a.IsInt() && v.IsInt() {
							x, y := a.Int(), v.Int()
							switch instrs.at(pc + 1).arg {
							case py.OpAdd:
								if z := x + y; (z^x)&(z^y) >= 0 {
									*stack.p(sp - 1) = py.MakeInt(z)
									pc += 2
									continue
								}
							case py.OpSub:
								if z := x - y; (x^y)&(x^z) >= 0 {
									*stack.p(sp - 1) = py.MakeInt(z)
									pc += 2
									continue
								}
							case py.OpMul:
								if uint64(x+1<<31) < 1<<32 && uint64(y+1<<31) < 1<<32 {
									*stack.p(sp - 1) = py.MakeInt(x * y)
									pc += 2
									continue
								}
							}
						} else if a.IsFloat() && v.IsFloat() {
							switch x, y := a.Float(), v.Float(); instrs.at(pc + 1).arg {
							case py.OpAdd:
								*stack.p(sp - 1) = py.MakeFloat(x + y)
								pc += 2
								continue
							case py.OpSub:
								*stack.p(sp - 1) = py.MakeFloat(x - y)
								pc += 2
								continue
							case py.OpMul:
								*stack.p(sp - 1) = py.MakeFloat(x * y)
								pc += 2
								continue
							}
						}
						*stack.p(sp) = v
						sp++
						pc++
						continue
					case opFastAttrIs:
						r = (v == f.kon.at(int(instrs.at(pc+1).arg))) == (instrs.at(pc+2).arg == opcode.CmpIs)
						pc += 3
					default: // opFastAttrNot, opFastAttrTest
						b, ok := v.Int() != 0, v.IsBool() || v.IsInt()
						if v.IsNone() {
							b, ok = false, true
						}
						if !ok {
							// the UNARY_NOT or the jump tests it
							*stack.p(sp) = v
							sp++
							pc++
							continue
						}
						r, pc = b, pc+1
						if in.op == opFastAttrNot {
							r, pc = !b, pc+1
						}
					}
					// r: the test's result, maybe branched on or returned now
					switch j := instrs.at(pc); j.op {
					case opReturnValue:
						retval = py.MakeBool(r)
						pc++
						if f.nblocks == 0 {
							goto doReturn
						}
						why = whyReturn
						goto blockEnd
					case opPopJumpIfFalse, opPopJumpIfTrue:
						pc++
						if r == (j.op == opPopJumpIfTrue) {
							pc = int(j.arg)
						}
						continue
					case opJumpIfFalseOrPop, opJumpIfTrueOrPop:
						if r == (j.op == opJumpIfTrueOrPop) {
							*stack.p(sp) = py.MakeBool(r)
							sp++
							pc = int(j.arg)
						} else {
							pc++
						}
						continue
					}
					*stack.p(sp) = py.MakeBool(r)
					sp++
					continue
				}
			}
			if obj.IsNull() {
				exc = unboundFast(f, obj, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opFastListAppendFast:
			// the statement l.append(x) with l an exact list and x a
			// local (superinstr.go); else as LOAD_FAST l
			l := fast.at(int(in.arg))
			if x := fast.at(int(instrs.at(pc + 1).arg)); !l.IsNull() && l.Type() == py.ListType && !x.IsNull() && t.Depth < t.RecursionLimit {
				py.AppendExact(l, x)
				pc += 4
				continue
			}
			if l.IsNull() {
				exc = unboundFast(f, l, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = l
			sp++
		case opFastListPop:
			// l.pop() of an exact list (superinstr.go), its result
			// dropped or stored when a POP_TOP or STORE_FAST follows
			if l := fast.at(int(in.arg)); !l.IsNull() && l.Type() == py.ListType && t.Depth < t.RecursionLimit {
				if lst := py.AsList(l); len(lst.Items()) > 0 {
					items := lst.Items()
					v := items[len(items)-1]
					items[len(items)-1] = py.Value{}
					lst.SetLen(len(items) - 1)
					if instrs.at(pc+1).op == opCallMethodPop {
						pc += 3
						continue
					}
					if j := instrs.at(pc + 2); j.op == opStoreFast {
						*fast.p(int(j.arg)) = v
						pc += 3
						continue
					}
					*stack.p(sp) = v
					sp++
					pc += 2
					continue
				}
			}
			fallthrough
		case opFastLoadMethod:
			obj := fast.at(int(in.arg))
			if !obj.IsNull() {
				c := f.ac.p(int(instrs.at(pc).arg))
				w := &c.ways[0]
				if w.typ != obj.Type() {
					w = &c.ways[1] // task.step() over two classes
				}
				if w.typ == obj.Type() && w.ver == w.typ.Version() && (w.kind == acMethodBuilt || w.kind == acMethod && !py.InstanceDict(obj).HasStr(c.name)) {
					*stack.p(sp), *stack.p(sp + 1) = w.v, obj
					sp += 2
					pc++
					continue
				}
				if a, b, ok := c.method(obj); ok {
					*stack.p(sp), *stack.p(sp + 1) = a, b
					sp += 2
					pc++
					continue
				}
			}
			// as LOAD_FAST o
			if obj.IsNull() {
				exc = unboundFast(f, obj, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opFastStoreAttr:
			obj := fast.at(int(in.arg))
			if !obj.IsNull() {
				c := f.ac.p(int(instrs.at(pc).arg))
				if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() {
					if w.kind == acSlotStore {
						py.SetSlotAt(obj, w.hint, stack.at(sp-1))
						sp--
						*stack.p(sp) = py.Value{}
						pc++
						continue
					}
					if d := py.InstanceDict(obj); w.kind == acStoreDict && d != nil && uint(w.hint) < uint(len(d.Ents())) && d.Ents()[w.hint].KeyIs(c.name) {
						d.SetEntry(&d.Ents()[w.hint], stack.at(sp-1))
						sp--
						*stack.p(sp) = py.Value{}
						pc++
						continue
					}
				}
			}
			// as LOAD_FAST o
			if obj.IsNull() {
				exc = unboundFast(f, obj, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opFastFastStoreAttr:
			val, obj := fast.at(int(in.arg)), fast.at(int(instrs.at(pc).arg))
			if !obj.IsNull() && !val.IsNull() {
				c := f.ac.p(int(instrs.at(pc + 1).arg))
				if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() {
					if w.kind == acSlotStore {
						py.SetSlotAt(obj, w.hint, val)
						pc += 2
						continue
					}
					if d := py.InstanceDict(obj); w.kind == acStoreDict && d != nil && uint(w.hint) < uint(len(d.Ents())) && d.Ents()[w.hint].KeyIs(c.name) {
						d.SetEntry(&d.Ents()[w.hint], val)
						pc += 2
						continue
					}
				}
			}
			// as LOAD_FAST v; LOAD_FAST o
			if val.IsNull() || obj.IsNull() {
				exc = unboundFast(f, val, in.arg, instrs.at(pc).arg)
				goto raise
			}
			*stack.p(sp), *stack.p(sp + 1) = val, obj
			sp += 2
			pc++
		case opFastAttrAug:
			// x.name op= v in one step (attraug.go), else as LOAD_FAST x
			obj := fast.at(int(in.arg))
			if !obj.IsNull() {
				var b py.Value
				if k := instrs.at(pc + 2); k.op == opConstBin {
					b = f.kon.at(int(k.arg))
				} else {
					b = fast.at(int(k.arg))
				}
				if attrAug(obj, f.ac.p(int(instrs.at(pc+1).arg)), f.ac.p(int(instrs.at(pc+5).arg)), b, instrs.at(pc+3).arg) {
					pc += attrAugLen
					continue
				}
			}
			if obj.IsNull() {
				exc = unboundFast(f, obj, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = obj
			sp++
		case opSuperMethod:
			// At the recursion limit the general path's super() call is
			// what raises (CPython counts that C call as a level).
			if m, self, ok := superFast(f, in.arg, f.ac.p(int(instrs.at(pc+1).arg)).name); ok && t.Depth < t.RecursionLimit {
				*stack.p(sp), *stack.p(sp + 1) = m, self
				sp += 2
				pc += 2
				continue
			}
			// as LOAD_GLOBAL super
			v, ok := f.globals.LookupStr(f.rt.names[in.arg])
			if !ok {
				if v, ok = f.builtins.LookupStr(f.rt.names[in.arg]); !ok {
					exc = py.Errorf(py.NameErrorType, "name '%s' is not defined", f.rt.names[in.arg].S())
					goto raise
				}
			}
			*stack.p(sp) = v
			sp++
		case opLoadAttrC:
			c := f.ac.p(int(in.arg))
			obj := stack.at(sp - 1)
			if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() {
				// the common cases inline: an instance attribute where last
				// seen, a slot
				if w.kind == acInstDict {
					if es := py.InstanceDict(obj).Ents(); uint(w.hint) < uint(len(es)) && es[w.hint].KeyIs(c.name) {
						*stack.p(sp - 1) = es[w.hint].Val()
						continue
					}
				} else if w.kind == acSlotLoad {
					if v := py.SlotAt(obj, w.hint); !v.IsNull() {
						*stack.p(sp - 1) = v
						continue
					}
				}
			}
			v, st := c.load(obj)
			if st == acMiss && c.fillLoad(obj) {
				v, st = c.load(obj)
			}
			if st == acHit {
				*stack.p(sp - 1) = v
				continue
			}
			f.pc = pc // a getter may read the frame (f_lineno)
			if st == acCall {
				// a property getter runs as a frame of this loop
				nf := th.pooledFrame(py.AsFunction(v), f.builtins, stack[sp-1:sp:sp])
				var err *py.Exception
				if nf != nil {
					t.Depth++
					nf.back = f
					th.frame = nf
				} else if nf, err = th.setupFrame(py.AsFunction(v), stack[sp-1:sp:sp], nil, false); err == nil {
					if err = th.push(nf); err != nil {
						th.freeFrame(nf)
					}
				}
				sp--
				*stack.p(sp) = py.Value{}
				if err != nil {
					exc = err
					goto raise
				}
				f.sp = sp
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			v, err := py.GetAttr(t, obj, c.name)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = v
		case opLoadMethodC:
			c := f.ac.p(int(in.arg))
			obj := stack.at(sp - 1)
			if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() && (w.kind == acMethodBuilt || w.kind == acMethod && !py.InstanceDict(obj).HasStr(c.name)) {
				*stack.p(sp - 1), *stack.p(sp) = w.v, obj
				sp++
				continue
			} else if w.key == uintptr(obj.Ptr())|1 && w.ver == w.typ.Version() && (w.kind == acClassFunc || w.kind == acClassCM) {
				// C.m(): the function, with the class for a classmethod
				if w.kind == acClassCM {
					*stack.p(sp - 1), *stack.p(sp) = w.v, obj
				} else {
					*stack.p(sp - 1), *stack.p(sp) = py.Null, w.v
				}
				sp++
				continue
			}
			a, b, ok := c.method(obj)
			if !ok && c.fillMethod(obj) {
				a, b, ok = c.method(obj)
			}
			if !ok && obj.Type() == py.SuperType {
				a, b, ok = superMethod(obj, c.name)
			}
			if ok {
				*stack.p(sp - 1), *stack.p(sp) = a, b
				sp++
				continue
			}
			if m := methodFast(obj, c.name); !m.IsNull() {
				*stack.p(sp - 1) = m
				*stack.p(sp) = obj
				sp++
				continue
			}
			f.pc = pc
			v, err := py.GetAttr(t, obj, c.name)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = py.Value{}
			*stack.p(sp) = v
			sp++
		case opStoreAttrC:
			c := f.ac.p(int(in.arg))
			obj, val := stack.at(sp-1), stack.at(sp-2)
			if w := &c.ways[0]; w.typ == obj.Type() && w.ver == w.typ.Version() {
				if w.kind == acSlotStore {
					py.SetSlotAt(obj, w.hint, val)
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					continue
				}
				if d := py.InstanceDict(obj); w.kind == acStoreDict && d != nil && uint(w.hint) < uint(len(d.Ents())) && d.Ents()[w.hint].KeyIs(c.name) {
					d.SetEntry(&d.Ents()[w.hint], val)
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					continue
				}
			}
			setter, st := c.store(obj, val)
			if st == acMiss && c.fillStore(obj) {
				setter, st = c.store(obj, val)
			}
			var err *py.Exception
			switch st {
			case acCall:
				// a property setter runs as a frame of this loop whose
				// result is dropped; its args (obj, val) are made in place
				f.pc = pc
				*stack.p(sp - 2), *stack.p(sp - 1) = obj, val
				nf := th.pooledFrame(py.AsFunction(setter), f.builtins, stack[sp-2:sp:sp])
				var err *py.Exception
				if nf != nil {
					t.Depth++
					nf.back = f
					th.frame = nf
				} else if nf, err = th.setupFrame(py.AsFunction(setter), stack[sp-2:sp:sp], nil, false); err == nil {
					if err = th.push(nf); err != nil {
						th.freeFrame(nf)
					}
				}
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				if err != nil {
					exc = err
					goto raise
				}
				nf.dropResult, nf.special = true, true
				f.sp = sp
				f = nf
				sp, pc = 0, 0
				goto newFrame
			case acMiss:
				f.pc = pc
				err = py.SetAttr(t, obj, c.name, val)
			}
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
		case opBinarySubscr:
			c, k := stack.at(sp-2), stack.at(sp-1)
			if typ := c.Type(); k.IsInt() && (typ == py.ListType || typ == py.TupleType) {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					sp--
					*stack.p(sp - 1) = items[i]
					*stack.p(sp) = py.Value{}
					continue
				}
			} else if typ == py.StrType && k.IsInt() {
				if v, ok := py.StrIndexFast(c, k.Int()); ok { // strindex_fast.go
					sp--
					*stack.p(sp - 1) = v
					*stack.p(sp) = py.Value{}
					continue
				}
			} else if typ == py.DictType && !k.IsInt() && k.Type() == py.StrType {
				if v, ok := py.DictStrItem(c, k); ok { // dictstrget.go
					sp--
					*stack.p(sp - 1) = v
					*stack.p(sp) = py.Value{}
					continue
				}
			}
			var r py.Value
			var err *py.Exception
			r, err = py.GetItem(t, c, k)
			sp--
			*stack.p(sp) = py.Value{}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = r
		case opStoreSubscr:
			if c, k := stack.at(sp-2), stack.at(sp-1); k.IsInt() && c.Type() == py.ListType {
				items := py.SeqItems(c)
				i := k.Int()
				if i < 0 {
					i += int64(len(items))
				}
				if uint64(i) < uint64(len(items)) {
					items[i] = stack.at(sp - 3)
					sp -= 3
					*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = py.Value{}, py.Value{}, py.Value{}
					continue
				}
			}
			err := py.SetItem(t, stack.at(sp-2), stack.at(sp-1), stack.at(sp-3))
			clearStack(stack[:], sp-3, sp)
			sp -= 3
			if err != nil {
				exc = err
				goto raise
			}
		case opDeleteSubscr:
			err := py.DelItem(t, stack.at(sp-2), stack.at(sp-1))
			clearStack(stack[:], sp-2, sp)
			sp -= 2
			if err != nil {
				exc = err
				goto raise
			}
		case opUnaryNot:
			v := stack.at(sp - 1)
			b, ok := v.Int() != 0, v.IsBool() || v.IsInt() // bool(v) without a call first
			if !ok {
				b, ok = truthFast(v)
			}
			if !ok {
				var err *py.Exception
				b, err = truthSlow(t, stack.at(sp-1))
				if err != nil {
					exc = err
					goto raise
				}
			}
			*stack.p(sp - 1) = py.MakeBool(!b)
		case opUnaryNegative, opUnaryPositive, opUnaryInvert:
			var r py.Value
			var err *py.Exception
			v := stack.at(sp - 1)
			if in.op == opUnaryNegative {
				if v.IsInt() && v.Int() != math.MinInt64 {
					*stack.p(sp - 1) = py.MakeInt(-v.Int())
					continue
				}
				if v.IsFloat() {
					*stack.p(sp - 1) = py.MakeFloat(-v.Float())
					continue
				}
			}
			switch in.op {
			case opUnaryNegative:
				r, err = py.Neg(t, v)
			case opUnaryPositive:
				r, err = py.Pos(t, v)
			default:
				r, err = py.Invert(t, v)
			}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = r
		case opStoreName:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if f.locals == nil {
				exc = py.Errorf(py.SystemErrorType, "no locals found when storing %s", f.rt.names[in.arg].S())
				goto raise
			}
			if f.locals.V().Type() != py.DictType {
				if err := storeNameMapping(t, f.locals, f.rt.names[in.arg].V(), v); err != nil {
					exc = err
					goto raise
				}
			} else if err := f.locals.SetItem(t, f.rt.names[in.arg].V(), v); err != nil {
				exc = err
				goto raise
			}
		case opLoadName:
			name := f.rt.names[in.arg]
			var v py.Value
			ok := false
			if f.locals != nil {
				var err *py.Exception
				v, ok, err = f.locals.GetItem(t, name.V())
				if err != nil {
					exc = err
					goto raise
				}
			}
			if !ok {
				v, ok = f.globals.LookupStr(name)
			}
			if !ok {
				v, ok = f.builtins.LookupStr(name)
			}
			if !ok {
				exc = py.Errorf(py.NameErrorType, "name '%s' is not defined", name.S())
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opDeleteName:
			name := f.rt.names[in.arg]
			ok := false
			if f.locals != nil {
				ok, _ = f.locals.DelItem(t, name.V())
			}
			if !ok {
				exc = py.Errorf(py.NameErrorType, "name '%s' is not defined", name.S())
				goto raise
			}
		case opStoreGlobal:
			sp--
			f.globals.SetS(f.rt.names[in.arg], stack.at(sp))
			*stack.p(sp) = py.Value{}
		case opDeleteGlobal:
			name := f.rt.names[in.arg]
			if ok, _ := f.globals.DelItem(t, name.V()); !ok {
				exc = py.Errorf(py.NameErrorType, "name '%s' is not defined", name.S())
				goto raise
			}
		case opDeleteFast:
			if fast.at(int(in.arg)).IsNull() {
				exc = py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[in.arg])
				goto raise
			}
			*fast.p(int(in.arg)) = py.Value{}
		case opLoadClosure:
			*stack.p(sp) = f.cells[in.arg].Val()
			sp++
		case opLoadDeref:
			v := f.cells[in.arg].V
			if v.IsNull() {
				exc = derefError(f, int(in.arg))
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opLoadClassDeref:
			idx := int(in.arg) - f.rt.ncells
			name := py.Intern(f.rt.code.FreeVars[idx])
			if f.locals != nil {
				if v, ok, _ := f.locals.GetItem(t, name.V()); ok {
					*stack.p(sp) = v
					sp++
					continue
				}
			}
			v := f.cells[in.arg].V
			if v.IsNull() {
				exc = derefError(f, int(in.arg))
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opStoreDeref:
			sp--
			f.cells[in.arg].V = stack.at(sp)
			*stack.p(sp) = py.Value{}
		case opDeleteDeref:
			if f.cells[in.arg].V.IsNull() {
				exc = derefError(f, int(in.arg))
				goto raise
			}
			f.cells[in.arg].V = py.Value{}
		case opBuildTuple:
			n := int(in.arg)
			if nx := instrs.at(pc); (nx.op == opBinary || nx.op == opBinaryStore) && nx.arg == py.OpMod && stack.at(sp-n-1).Type() == py.StrType {
				// "fmt" % (a, b): formatted from the stack, no tuple
				if r, ok := py.PercentTupleFast(t, stack.at(sp-n-1), stack[sp-n:sp:sp]); ok {
					clearStack(stack[:], sp-n, sp)
					sp -= n
					pc++
					if nx.op == opBinaryStore {
						sp--
						*stack.p(sp) = py.Value{}
						*fast.p(int(instrs.at(pc).arg)) = r
						pc++
						continue
					}
					*stack.p(sp - 1) = r
					continue
				}
			}
			if n == 2 { // a pair (dict keys, returns): two stores, no copy loop
				sp--
				*stack.p(sp - 1) = py.Tuple2(stack.at(sp-1), stack.at(sp))
				*stack.p(sp) = py.Value{}
				continue
			}
			if n == 1 {
				*stack.p(sp - 1) = py.Tuple1(stack.at(sp - 1))
				continue
			}
			tv, items := py.MakeTuple(n)
			copy(items, stack[sp-n:sp:sp])
			clearStack(stack[:], sp-n, sp)
			sp -= n
			*stack.p(sp) = tv
			sp++
		case opTupleExcMatch:
			n := int(in.arg)
			r, err := excMatchItems(stack.at(sp-n-1), stack[sp-n:sp:sp])
			clearStack(stack[:], sp-n, sp)
			sp -= n
			pc++ // the COMPARE_OP
			if err != nil {
				sp--
				*stack.p(sp) = py.Value{}
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = r
		case opBuildList:
			n := int(in.arg)
			if n == 1 {
				*stack.p(sp - 1) = py.List1(stack.at(sp - 1))
				continue
			}
			lv, items := py.MakeList(n) // a short list in one allocation
			copy(items, stack[sp-n:sp:sp])
			clearStack(stack[:], sp-n, sp)
			sp -= n
			*stack.p(sp) = lv
			sp++
		case opOwnBinStore:
			// x = x op y with a box x may own (bigown.go)
			a, b := fast.at(int(in.arg&ownSlotMask)), fast.at(int(instrs.at(pc).arg&ownSlotMask))
			if a.IsInt() && b.IsInt() {
				x, y := a.Int(), b.Int()
				switch instrs.at(pc + 1).arg {
				case py.OpAdd:
					if s := x + y; (s^x)&(s^y) >= 0 {
						*fast.p(int(in.arg & ownSlotMask)) = py.MakeInt(s)
						pc += 3
						continue
					}
				case py.OpSub:
					if s := x - y; (x^y)&(x^s) >= 0 {
						*fast.p(int(in.arg & ownSlotMask)) = py.MakeInt(s)
						pc += 3
						continue
					}
				}
			}
			if r, ok := arithFast(instrs.at(pc+1).arg, a, b); ok {
				*fast.p(int(in.arg & ownSlotMask)) = r
				pc += 3
				continue
			}
			if ownBinStore(f, in.arg, pc) {
				pc += 3
				continue
			}
			if a.IsNull() {
				exc = unboundFast(f, a, in.arg&ownSlotMask, 0)
				goto raise
			}
			*stack.p(sp) = a
			sp++
		case opOwnSwapBin:
			// a, b = b, a op b with a box a may own (bigown.go)
			b := fast.at(int(in.arg & ownSlotMask))
			a := fast.at(int(instrs.at(pc).arg & ownSlotMask))
			if a.IsInt() && b.IsInt() && instrs.at(pc+2).arg == py.OpAdd {
				x, y := a.Int(), b.Int()
				if s := x + y; (s^x)&(s^y) >= 0 {
					*fast.p(int(instrs.at(pc).arg & ownSlotMask)) = b
					*fast.p(int(in.arg & ownSlotMask)) = py.MakeInt(s)
					pc += 6
					continue
				}
			}
			if ownSwapBin(f, in.arg, pc) {
				pc += 6
				continue
			}
			if b.IsNull() {
				exc = unboundFast(f, b, in.arg&ownSlotMask, 0)
				goto raise
			}
			*stack.p(sp) = b
			sp++
		case opStrOwnAdd:
			// t += e, into t's str when t owns it (strown.go)
			a, b := stack.at(sp-2), stack.at(sp-1)
			if !strOwnAdd(f, in.arg, a, b) {
				x := int(in.arg & (strOwnInplace - 1))
				*fast.p(int(in.arg>>16) + x) = py.Value{}
				r, err := binaryGeneric(t, in.arg&strOwnInplace != 0, py.OpAdd, a, b)
				if err != nil {
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					exc = err
					goto raise
				}
				*fast.p(x) = r
			}
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			pc++
		case opLoadFastOwn:
			v := fast.at(int(in.arg & ownSlotMask))
			if v.IsNull() {
				exc = unboundFast(f, v, in.arg&ownSlotMask, 0)
				goto raise
			}
			*fast.p(int(in.arg>>16 + in.arg&ownSlotMask)) = py.Value{}
			*stack.p(sp) = v
			sp++
		case opStoreFastOwn:
			sp--
			*fast.p(int(in.arg & ownSlotMask)) = stack.at(sp)
			*fast.p(int(in.arg>>16 + in.arg&ownSlotMask)) = py.Value{}
		case opOwnBinaryStore:
			// x = a op b into a box x may own (bigown.go)
			a, b := stack.at(sp-2), stack.at(sp-1)
			if a.IsInt() && b.IsInt() && in.arg != py.OpMul {
				x, y := a.Int(), b.Int()
				z := x + y
				ok := (z^x)&(z^y) >= 0
				if in.arg == py.OpSub {
					z = x - y
					ok = (x^y)&(x^z) >= 0
				}
				if ok {
					sp -= 2
					*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
					*fast.p(int(instrs.at(pc).arg & ownSlotMask)) = py.MakeInt(z)
					pc++
					continue
				}
			}
			if op := in.arg; a.IsFloat() && b.IsFloat() {
				x, y := a.Float(), b.Float()
				z := x * y
				if op == py.OpAdd {
					z = x + y
				} else if op == py.OpSub {
					z = x - y
				}
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				*fast.p(int(instrs.at(pc).arg & ownSlotMask)) = py.MakeFloat(z)
				pc++
				continue
			}
			if ownBinaryStore(f, in.arg, sp, pc) {
				sp -= 2
				pc++
				continue
			}
			// as the BINARY op; its STORE_FAST follows
			r, err := binaryValue(t, in.arg, a, b)
			if err != nil {
				sp--
				*stack.p(sp) = py.Value{}
				exc = err
				goto raise
			}
			sp--
			*stack.p(sp) = py.Value{}
			*stack.p(sp - 1) = r
		case opEmptyDefault:
			if v, ok := emptyDefaultHit(t, stack.at(sp-3), stack.at(sp-2), stack.at(sp-1)); ok {
				// (method, self, key) become the stored value; the
				// CALL_METHOD is skipped
				*stack.p(sp - 3), *stack.p(sp - 2), *stack.p(sp - 1) = v, py.Value{}, py.Value{}
				sp -= 2
				pc++
				continue
			}
			if in.arg == 0 {
				*stack.p(sp) = py.NewList(make([]py.Value, 0))
			} else {
				*stack.p(sp) = py.NewDict().V()
			}
			sp++
		case opDictCount:
			// d[k] = d.get(k, c) + n (dictcount.go); arg: d | k<<8 | c<<16 | n<<24
			a := int(in.arg)
			f.pc = pc + 4 // the CALL_METHOD's position, for frames a key's __eq__ reads
			v, st, err := dictCount(t, fast.at(a&255), fast.at(a>>8&255), f.kon.at(a>>16&255), f.kon.at(a>>24))
			switch st {
			case countDone:
				pc += 9
				continue
			case countGot:
				*stack.p(sp) = v
				sp++
				pc += 4
				continue
			case countGetErr:
				pc += 4
				exc = err
				goto raise
			case countStoreErr:
				pc += 9
				exc = err
				goto raise
			}
			// as LOAD_FAST d
			d := fast.at(int(instrs.at(pc-1).arg) & 255)
			if d.IsNull() {
				exc = unboundFast(f, d, instrs.at(pc-1).arg&255, instrs.at(pc-1).arg&255)
				goto raise
			}
			*stack.p(sp) = d
			sp++
		case opBuildSet:
			n := int(in.arg)
			s := py.NewSet(false)
			for _, v := range stack[sp-n : sp] {
				if err := s.Add(t, v); err != nil {
					exc = err
					goto raise
				}
			}
			clearStack(stack[:], sp-n, sp)
			sp -= n
			*stack.p(sp) = s.V()
			sp++
		case opBuildMap:
			n := int(in.arg)
			d := py.NewDict()
			for i := sp - 2*n; i < sp; i += 2 {
				if err := d.SetItem(t, stack.at(i), stack.at(i+1)); err != nil {
					exc = err
					goto raise
				}
			}
			clearStack(stack[:], sp-2*n, sp)
			sp -= 2 * n
			*stack.p(sp) = d.V()
			sp++
		case opBuildConstKeyMap:
			n := int(in.arg)
			keys := py.AsTuple(stack.at(sp - 1))
			d := py.NewDict()
			for i, k := range keys {
				if err := d.SetItem(t, k, stack.at(sp-1-n+i)); err != nil {
					exc = err
					goto raise
				}
			}
			clearStack(stack[:], sp-1-n, sp)
			sp -= n + 1
			*stack.p(sp) = d.V()
			sp++
		case opListAppend:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if in.arg == 2 {
				// a one-loop comprehension: the loop's iterator is TOS
				py.AsList(stack.at(sp-2)).AppendInLoop(v, stack.at(sp-1))
			} else if in.arg == 3 {
				py.AsList(stack.at(sp-3)).AppendNested(v, stack.at(sp-2), stack.at(sp-1))
			} else {
				py.AsList(stack.at(sp - int(in.arg))).Append(v)
			}
		case opSetAdd:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if err := py.AsSet(stack.at(sp-int(in.arg))).Add(t, v); err != nil {
				exc = err
				goto raise
			}
			if j := instrs.at(pc); j.op == opJumpBack {
				// a set comprehension's loop end: its JUMP_ABSOLUTE here
				pc = int(j.arg)
				if th.interp.interrupted.Load() {
					th.interp.interrupted.Store(false)
					exc = py.NewException(py.KeyboardInterruptType)
					goto raise
				}
				goto backEdge
			}
		case opMapAdd:
			// 3.7: TOS is the key, TOS1 the value
			k, v := stack.at(sp-1), stack.at(sp-2)
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if err := py.AsDict(stack.at(sp-int(in.arg))).SetItem(t, k, v); err != nil {
				exc = err
				goto raise
			}
			if j := instrs.at(pc); j.op == opJumpBack {
				// a dict comprehension's loop end, as opSetAdd's
				pc = int(j.arg)
				if th.interp.interrupted.Load() {
					th.interp.interrupted.Store(false)
					exc = py.NewException(py.KeyboardInterruptType)
					goto raise
				}
				goto backEdge
			}
		case opUnpackSequence:
			n := int(in.arg)
			seq := stack.at(sp - 1)
			var items []py.Value
			switch seq.Type() {
			case py.TupleType:
				items = py.AsTuple(seq)
			case py.ListType:
				items = py.AsList(seq).Items()
			}
			if items == nil || len(items) != n {
				var err *py.Exception
				items, err = unpackIterable(t, seq, n, -1)
				if err != nil {
					exc = err
					goto raise
				}
			}
			sp--
			for i := n - 1; i >= 0; i-- {
				*stack.p(sp) = items[i]
				sp++
			}
		case opUnpackEx:
			before, after := int(in.arg&0xff), int(in.arg>>8)
			items, err := unpackIterable(t, stack.at(sp-1), before, after)
			if err != nil {
				exc = err
				goto raise
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				*stack.p(sp) = items[i]
				sp++
			}
		case opBuildSlice:
			var step py.Value = py.None
			if in.arg == 3 {
				sp--
				step = stack.at(sp)
				*stack.p(sp) = py.Value{}
			}
			hi := stack.at(sp - 1)
			lo := stack.at(sp - 2)
			sp--
			*stack.p(sp) = py.Value{}
			*stack.p(sp - 1) = py.NewSlice(lo, hi, step)
		case opMakeFunction:
			qual := stack.at(sp - 1)
			co := py.AsCode(stack.at(sp - 2))
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			top := sp
			crt := runtimeOf(co)
			fn := crt.newFunction(f.globals, qual)
			if in.arg&opcode.FuncClosure != 0 {
				sp--
				cells := py.AsTuple(stack.at(sp))
				fn.Closure = make([]*py.Cell, len(cells))
				for i, c := range cells {
					fn.Closure[i] = py.AsCell(c)
				}
			}
			if in.arg&opcode.FuncAnnotations != 0 {
				sp--
				fn.Annotations = py.AsDict(stack.at(sp))
			}
			if in.arg&opcode.FuncKwDefaults != 0 {
				sp--
				fn.KwDefaults = py.AsDict(stack.at(sp))
			}
			if in.arg&opcode.FuncDefaults != 0 {
				sp--
				fn.Defaults = py.AsTuple(stack.at(sp))
			}
			if d := crt.consts; len(d) > 0 && py.IsStr(d[0]) {
				fn.Doc = d[0]
			}
			clearStack(stack[:], sp, top)
			*stack.p(sp) = fn.V()
			sp++
		case opCallFunctionKw:
			names := stack.at(sp - 1)
			sp--
			*stack.p(sp) = py.Value{}
			n := int(in.arg)
			base := sp - n - 1
			var kw []string
			if p := instrs.at(pc - 2); p.op == opLoadConst && f.rt.kwstr != nil && f.kon.at(int(p.arg)) == names {
				kw = f.rt.kwstr[p.arg]
			}
			if kw == nil {
				kw = kwStrings(py.AsTuple(names))
			}
			fnv := stack.at(base)
			args := stack[base+1 : sp : sp]
			if fnv.Type() == py.MethodType {
				if bm := py.AsBoundMethod(fnv); bm.Func.Type() == py.FunctionType {
					*stack.p(base) = bm.Self
					fnv = bm.Func
					args = stack[base:sp:sp]
				}
			}
			if fnv.Type() == py.FunctionType {
				nf, g, err := th.enterFunction(py.AsFunction(fnv), args, kw)
				clearStack(stack[:], base, sp)
				sp = base
				if err != nil {
					exc = err
					goto raise
				}
				if nf == nil {
					*stack.p(sp) = g
					sp++
					continue
				}
				f.sp, f.pc = sp, pc
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			f.pc = pc // sys._getframe and tracebacks read the position
			r, err := th.callObject(fnv, args, kw)
			clearStack(stack[:], base, sp)
			sp = base
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = r
			sp++
		case opCallFunctionEx:
			var kwd *py.Dict
			if in.arg&1 != 0 {
				sp--
				kv := stack.at(sp)
				if !py.IsDict(kv) {
					d := py.NewDict()
					if err := d.Update(t, kv); err != nil {
						exc = py.Errorf(py.TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDesc(stack.at(sp-2)), py.TypeName(kv))
						goto raise
					}
					kv = d.V()
				}
				kwd = py.AsDict(kv)
			}
			argv := stack.at(sp - 1)
			fnv := stack.at(sp - 2)
			var args []py.Value
			if py.IsTuple(argv) {
				args = py.AsTuple(argv)
			} else {
				items, err := py.Collect(t, argv)
				if err != nil {
					if err.Matches(py.TypeErrorType) && argv.Type().Iter == nil && argv.Type().GetItem == nil {
						err = py.Errorf(py.TypeErrorType, "%s argument after * must be an iterable, not %s", funcDesc(fnv), py.TypeName(argv))
					}
					exc = err
					goto raise
				}
				args = items
			}
			callee, self := fnv, py.Null
			if fnv.Type() == py.MethodType {
				if bm := py.AsBoundMethod(fnv); bm.Func.Type() == py.FunctionType {
					callee, self = bm.Func, bm.Self
				}
			}
			if callee.Type() == py.FunctionType {
				if nf := th.exFrame(py.AsFunction(callee), self, args, kwd); nf != nil {
					// positional parameters bound in place (callex.go)
					clearStack(stack[:], sp-2, sp+1)
					sp -= 2
					f.sp, f.pc = sp, pc
					f = nf
					sp, pc = 0, 0
					goto newFrame
				}
				// a Python function runs in this loop; the argument
				// lists are scratch, as binding copies them
				all, kw, err := th.scratchArgs(fnv, self, args, kwd)
				var nf *Frame
				var g py.Value
				if err == nil {
					nf, g, err = th.enterFunction(py.AsFunction(callee), all, kw)
				}
				clear(all)
				clearStack(stack[:], sp-2, sp+1)
				sp -= 2
				if err != nil {
					exc = err
					goto raise
				}
				if nf == nil {
					*stack.p(sp) = g
					sp++
					continue
				}
				f.sp, f.pc = sp, pc
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			f.privOK = 0 // the callee gets the tuple's items (callpriv.go)
			all, kw, err := kwCall(t, fnv, args, kwd)
			if err == nil {
				var r py.Value
				f.pc = pc // sys._getframe and tracebacks read the position
				r, err = th.callObject(fnv, all, kw)
				*stack.p(sp - 2) = r
			}
			clearStack(stack[:], sp-1, sp+1)
			sp--
			if err != nil {
				sp--
				*stack.p(sp) = py.Value{}
				exc = err
				goto raise
			}
		case opLoadFastUpdateArg:
			// x.update(y) with x or y private (callpriv.go): any callee
			// but dict's own update on an exact dict may keep them
			v := fast.at(int(in.arg))
			if v.IsNull() {
				exc = py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[in.arg])
				goto raise
			}
			if !isDictUpdate(stack.at(sp-2), stack.at(sp-1)) {
				f.privOK = 0
			} else if n := skipEmptyUpdate(v, instrs.at(pc).op, t); n > 0 {
				// nothing to update: the call is skipped
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				if n == 1 {
					*stack.p(sp) = py.None
					sp++
				}
				pc += n
				continue
			}
			*stack.p(sp) = v
			sp++
		case opBuildTupleUnpack, opBuildTupleUnpackWithCall, opBuildListUnpack, opBuildSetUnpack:
			n := int(in.arg)
			var out []py.Value
			var set *py.Set
			if in.op == opBuildSetUnpack {
				set = py.NewSet(false)
			}
			for i := sp - n; i < sp; i++ {
				if set != nil {
					if err := set.Update(t, stack.at(i)); err != nil {
						exc = err
						goto raise
					}
					continue
				}
				items, err := py.Collect(t, stack.at(i))
				if err != nil {
					if instrs.at(pc-1).op == opBuildTupleUnpackWithCall && err.Matches(py.TypeErrorType) && stack.at(i).Type().Iter == nil && stack.at(i).Type().GetItem == nil {
						err = py.Errorf(py.TypeErrorType, "%s argument after * must be an iterable, not %s", funcDesc(stack.at(sp-n-1)), py.TypeName(stack.at(i)))
					}
					exc = err
					goto raise
				}
				out = append(out, items...)
			}
			clearStack(stack[:], sp-n, sp)
			sp -= n
			switch instrs.at(pc - 1).op { // not in.op after a call (see the dispatch)
			case opBuildListUnpack:
				*stack.p(sp) = py.NewList(out)
			case opBuildSetUnpack:
				*stack.p(sp) = set.V()
			default:
				*stack.p(sp) = py.NewTuple(out)
			}
			sp++
		case opBuildMapUnpack, opBuildMapUnpackWithCall:
			n := int(in.arg)
			d := py.NewDict()
			for i := sp - n; i < sp; i++ {
				m := stack.at(i)
				if instrs.at(pc-1).op == opBuildMapUnpackWithCall {
					fnv := stack.at(sp - n - 2)
					if !py.IsDict(m) && m.Type().LookupS("keys").IsNull() {
						exc = py.Errorf(py.TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDesc(fnv), py.TypeName(m))
						goto raise
					}
					tmp := py.NewDict()
					if err := tmp.Update(t, m); err != nil {
						exc = err
						goto raise
					}
					var dup py.Value
					tmp.Range(func(k, v py.Value) bool {
						if _, ok, _ := d.GetItem(t, k); ok {
							dup = k
							return false
						}
						d.SetItem(t, k, v)
						return true
					})
					if !dup.IsNull() {
						if py.IsStr(dup) {
							exc = py.Errorf(py.TypeErrorType, "%s got multiple values for keyword argument '%s'", funcDesc(fnv), py.StrOf(dup))
						} else {
							exc = py.Errorf(py.TypeErrorType, "%s keywords must be strings", funcDesc(fnv))
						}
						goto raise
					}
					continue
				}
				if !py.IsDict(m) && m.Type().LookupS("keys").IsNull() {
					exc = py.Errorf(py.TypeErrorType, "'%s' object is not a mapping", py.TypeName(m))
					goto raise
				}
				if err := d.Update(t, m); err != nil {
					exc = err
					goto raise
				}
			}
			clearStack(stack[:], sp-n, sp)
			sp -= n
			*stack.p(sp) = d.V()
			sp++
		case opFormatValue:
			if in.arg&(opcode.FVConvMask|opcode.FVHaveSpec) == 0 && stack.at(sp-1).Type() == py.StrType {
				continue // an exact str formats as itself (f"{w}")
			}
			if in.arg&argFmtDefer != 0 {
				if r, n, ok, err := formatDeferred(t, stack[:sp], in.arg); ok {
					if err != nil {
						exc = err
						goto raise
					}
					clearStack(stack[:], sp-n+1, sp)
					sp -= n - 1
					*stack.p(sp - 1) = r
					continue
				}
			}
			var spec string
			if in.arg&opcode.FVHaveSpec != 0 {
				sp--
				spec = py.StrOf(stack.at(sp))
				*stack.p(sp) = py.Value{}
			}
			v := stack.at(sp - 1)
			var err *py.Exception
			switch in.arg & opcode.FVConvMask {
			case opcode.FVConvStr:
				v, err = py.StrV(t, v)
			case opcode.FVConvRepr:
				v, err = py.ReprV(t, v)
			case opcode.FVConvASCII:
				v, err = py.ASCIIV(t, v)
			}
			if err == nil && !(v.Type() == py.StrType && spec == "") {
				v, err = py.FormatValueV(t, v, spec)
			}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = v
		case opBuildString:
			n := int(in.arg &^ argFmtDefer)
			var r py.Value
			if in.arg&argFmtDefer != 0 {
				r = py.ConcatStrsDeferred(t, stack[sp-n:sp])
			} else {
				r = py.ConcatStrs(stack[sp-n : sp])
			}
			clearStack(stack[:], sp-n, sp)
			sp -= n
			*stack.p(sp) = r
			sp++
		case opBreakLoop:
			why = whyBreak
			goto blockEnd
		case opContinueLoop:
			retval = py.MakeInt(int64(in.arg))
			why = whyContinue
			goto blockEnd
		case opRaiseVarargs:
			var excV, cause py.Value
			switch in.arg {
			case 2:
				sp--
				cause = stack.at(sp)
				fallthrough
			case 1:
				sp--
				excV = stack.at(sp)
			case 0:
				cur := t.CurrentExc()
				if cur == nil {
					exc = py.Errorf(py.RuntimeErrorType, "No active exception to reraise")
					goto raise
				}
				exc = cur
				for s := t.Exc; s != nil; s = s.Prev {
					if !s.Value.IsNull() && !s.Value.IsNone() {
						if s.Tb.Type() == py.TracebackType {
							exc.Traceback = (*py.Traceback)(s.Tb.Ptr())
						}
						break
					}
				}
				why = whyException
				goto blockEnd
			}
			clearStack(stack[:], sp, sp+2)
			e, err := makeRaise(t, excV, cause)
			if err != nil {
				e = err
			}
			exc = e
			goto raise
		case opEndFinally:
			sp--
			status := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if status.IsInt() {
				why = int(status.Int())
				if why == whyReturn || why == whyContinue {
					sp--
					retval = stack.at(sp)
					*stack.p(sp) = py.Value{}
				}
				if why == whySilenced {
					f.nblocks--
					sp = th.unwindExceptHandler(f, f.blocks[f.nblocks], stack, sp)
					why = whyNot
					continue
				}
				goto blockEnd
			} else if py.IsType(status) && py.AsType(status).IsSubtype(py.BaseExceptionType) {
				ev := stack.at(sp - 1)
				tb := stack.at(sp - 2)
				sp -= 2
				*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
				exc = py.AsException(ev)
				if tb.Type() == py.TracebackType {
					exc.Traceback = (*py.Traceback)(tb.Ptr())
				}
				why = whyException
				goto blockEnd
			} else if !status.IsNone() {
				exc = py.Errorf(py.SystemErrorType, "'finally' pops bad exception")
				goto raise
			}
		case opPopExcept:
			f.nblocks--
			b := f.blocks[f.nblocks]
			if b.typ != blockExceptHandler {
				exc = py.Errorf(py.SystemErrorType, "popped block is not an except handler")
				goto raise
			}
			sp = th.unwindExceptHandler(f, b, stack, sp)
		case opSetupWith:
			mgr := stack.at(sp - 1)
			if enter, exit := th.withLookup(mgr.Type()); !enter.IsNull() && !exit.IsNull() && enter.Type() == py.FunctionType && exit.Type() == py.FunctionType {
				// a class with Python __enter__/__exit__: no bound
				// methods; __enter__ runs as a frame of this loop, with
				// the block already set up for its result to land above
				// (an exception out of it takes the block down again,
				// below)
				*stack.p(sp - 1) = th.newWithExit(exit, mgr)
				f.pc = pc // sys._getframe and tracebacks read the position
				if t.Depth >= t.RecursionLimit {
					// CPython calls the bound method: a level of its own
					exc = th.recursionError(" while calling a Python object")
					goto raise
				}
				args := [1]py.Value{mgr}
				t.Depth++
				nf, g, err := th.enterWith(py.AsFunction(enter), args[:])
				if nf != nil {
					nf.extraDepth, nf.special = 1, true
				} else {
					t.Depth--
				}
				if err != nil {
					exc = err
					goto raise
				}
				f.blocks[f.nblocks] = block{blockFinally, in.arg, int32(sp)}
				f.nblocks++
				if nf == nil {
					*stack.p(sp) = g
					sp++
					continue
				}
				f.sp = sp
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			enter, err := py.LookupSpecial(t, mgr, "__enter__")
			if err == nil && enter.IsNull() {
				err = py.Errorf(py.AttributeErrorType, "__enter__")
			}
			if err != nil {
				exc = err
				goto raise
			}
			exit, err := py.LookupSpecial(t, mgr, "__exit__")
			if err == nil && exit.IsNull() {
				err = py.Errorf(py.AttributeErrorType, "__exit__")
			}
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = exit
			res, err := py.Call(t, enter, nil, nil)
			if err != nil {
				exc = err
				goto raise
			}
			f.blocks[f.nblocks] = block{blockFinally, in.arg, int32(sp)}
			f.nblocks++
			*stack.p(sp) = res
			sp++
		case opWithCleanupStart:
			top := stack.at(sp - 1)
			var exitFn py.Value
			ev, tbv := py.None, py.None
			excT := top
			if top.IsNone() {
				sp--
				exitFn = stack.at(sp - 1)
				*stack.p(sp - 1) = top
				*stack.p(sp) = py.Value{}
			} else if top.IsInt() {
				sp--
				*stack.p(sp) = py.Value{}
				switch int(top.Int()) {
				case whyReturn, whyContinue:
					exitFn = stack.at(sp - 2)
					*stack.p(sp - 2) = stack.at(sp - 1)
					*stack.p(sp - 1) = top
				default:
					exitFn = stack.at(sp - 1)
					*stack.p(sp - 1) = top
				}
				excT = py.None
			} else {
				ev = stack.at(sp - 2)
				tbv = stack.at(sp - 3)
				tp2 := stack.at(sp - 4)
				exc2 := stack.at(sp - 5)
				tb2 := stack.at(sp - 6)
				exitFn = stack.at(sp - 7)
				*stack.p(sp - 7) = tb2
				*stack.p(sp - 6) = exc2
				*stack.p(sp - 5) = tp2
				*stack.p(sp - 4) = py.Value{}
				f.blocks[f.nblocks-1].level--
			}
			var exitSelf, exitFunc py.Value
			if exitFn.Type() == withExitType {
				exitFunc, exitSelf = th.takeWithExit(exitFn)
			} else if exitFn.Type() == py.MethodType {
				if bm := py.AsBoundMethod(exitFn); bm.Func.Type() == py.FunctionType {
					exitFunc, exitSelf = bm.Func, bm.Self
				}
			}
			if !exitFunc.IsNull() {
				// __exit__ in Python runs in this loop; its result
				// lands above excT as the call's would
				if t.Depth >= t.RecursionLimit {
					// CPython calls the bound method: a level of its own
					exc = th.recursionError(" while calling a Python object")
					goto raise
				}
				args := [4]py.Value{exitSelf, excT, ev, tbv}
				t.Depth++
				nf, g, err := th.enterWith(py.AsFunction(exitFunc), args[:])
				if nf != nil {
					nf.extraDepth, nf.special = 1, true
				} else {
					t.Depth--
				}
				if err != nil {
					exc = err
					goto raise
				}
				*stack.p(sp) = excT
				sp++
				if nf == nil {
					*stack.p(sp) = g
					sp++
					continue
				}
				f.sp, f.pc = sp, pc
				f = nf
				sp, pc = 0, 0
				goto newFrame
			}
			res, err := py.Call(t, exitFn, []py.Value{excT, ev, tbv}, nil)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = excT
			*stack.p(sp + 1) = res
			sp += 2
		case opWithCleanupFinish:
			res := stack.at(sp - 1)
			e := stack.at(sp - 2)
			sp -= 2
			*stack.p(sp), *stack.p(sp + 1) = py.Value{}, py.Value{}
			if !e.IsNone() {
				b, err := py.Truth(t, res)
				if err != nil {
					exc = err
					goto raise
				}
				if b {
					*stack.p(sp) = py.MakeInt(whySilenced)
					sp++
				}
			}
		case opFastYield:
			// yield x: the local is pushed for the YIELD_VALUE below
			// without a dispatch of its own
			v := fast.at(int(in.arg))
			if v.IsNull() {
				exc = unboundFast(f, v, in.arg, in.arg)
				goto raise
			}
			*stack.p(sp) = v
			sp++
			pc++
			fallthrough
		case opYieldValue:
			retval = stack.at(sp - 1)
			sp--
			*stack.p(sp) = py.Value{}
			f.yielded = true
			f.sp, f.pc = sp, pc
			if !f.entry {
				goto inlineYield
			}
			if g := f.gen; g != nil && g.sink != nil && g.sink.take(retval) {
				// folded by the builtin driving this generator
				// (gensink.go): resumed at once with None, which a
				// POP_TOP would drop (Frame.resumeWith)
				f.yielded = false
				if instrs.at(pc).op == opPopTop {
					pc++
					continue
				}
				*stack.p(sp) = py.None
				sp++
				continue
			}
			th.pop(f)
			return retval, nil
		case opYieldFrom:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			recv := stack.at(sp - 1)
			if v.IsNone() && recv.Type() == generatorType && f.gen.delegatesInline(py.AsPtr[Generator](recv), t) {
				// run the subgenerator in this loop (geninline.go)
				f.sp, f.pc = sp, pc-1
				f.yfInline = true
				f = th.resumeInline(py.AsPtr[Generator](recv), f)
				sp, pc = f.sp, f.pc
				goto newFrame
			}
			// Where a yield resumes (this instruction again), saved before
			// the call so that pc-1 is not live across it: that would make
			// the dispatch spill the previous pc on every instruction.
			f.sp, f.pc = sp, pc-1
			if v.IsNone() && recv.Type() == py.RangeIterType {
				// yield from range(...): the next int without a call
				if r := py.AsRangeIter(recv); r.Step > 0 && r.Next < r.Stop || r.Step < 0 && r.Next > r.Stop {
					retval = py.MakeInt(r.Next)
					r.Next += r.Step
					f.yielded = true
					if !f.entry {
						goto inlineYield
					}
					th.pop(f)
					return retval, nil
				}
				*stack.p(sp - 1) = py.None
				continue
			}
			r, done, err := yieldFromStep(t, recv, v)
			if err != nil {
				exc = err
				goto raise
			}
			if done {
				*stack.p(sp - 1) = r
				continue
			}
			f.yielded = true
			if !f.entry {
				retval = r
				goto inlineYield
			}
			th.pop(f)
			return r, nil
		case opGetAwaitable:
			it, err := getAwaitable(t, stack.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = it
		case opGetYieldFromIter:
			v := stack.at(sp - 1)
			if v.Type() != generatorType {
				it, err := py.Iter(t, v)
				if err != nil {
					exc = err
					goto raise
				}
				*stack.p(sp - 1) = it
			}
		case opLoadBuildClass:
			v, ok := f.builtins.GetStr("__build_class__")
			if !ok {
				exc = py.Errorf(py.NameErrorType, "__build_class__ not found")
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opSetupAnnotations:
			if f.locals != nil {
				if _, ok := f.locals.GetStr("__annotations__"); !ok {
					f.locals.SetStr("__annotations__", py.NewDict().V())
				}
			}
		case opPrintExpr:
			sp--
			v := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if err := th.interp.display(t, v); err != nil {
				exc = err
				goto raise
			}
		case opImportName:
			name := f.rt.names[in.arg]
			fromlist := stack.at(sp - 1)
			level := stack.at(sp - 2)
			sp--
			*stack.p(sp) = py.Value{}
			m, err := th.interp.importName(t, name.S(), f.globals, fromlist, level)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = m
		case opImportFrom:
			m := stack.at(sp - 1)
			name := f.rt.names[in.arg]
			v, err := py.GetAttr(t, m, name)
			if err != nil {
				if !err.Matches(py.AttributeErrorType) {
					exc = err
					goto raise
				}
				modName := "?"
				if m.Type() == py.ModuleType {
					modName = py.AsModule(m).Name()
					if sub, ok := th.interp.Modules.GetStr(modName + "." + name.S()); ok {
						*stack.p(sp) = sub
						sp++
						continue
					}
				}
				exc = importNameError(name.S(), modName)
				goto raise
			}
			*stack.p(sp) = v
			sp++
		case opImportStar:
			sp--
			m := stack.at(sp)
			*stack.p(sp) = py.Value{}
			if err := importStar(t, m, f.locals); err != nil {
				exc = err
				goto raise
			}
		case opGetAiter:
			it, err := getAiter(t, stack.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = it
		case opGetAnext:
			aw, err := getAnext(t, stack.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = aw
			sp++
		case opBeforeAsyncWith:
			exit, res, err := beforeAsyncWith(t, stack.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp - 1) = exit
			*stack.p(sp) = res
			sp++
		case opSetupAsyncWith:
			// the finally block is set up below __aenter__'s result
			res := stack.at(sp - 1)
			sp--
			f.blocks[f.nblocks] = block{blockFinally, in.arg, int32(sp)}
			f.nblocks++
			*stack.p(sp) = res
			sp++
		default:
			exc = py.Errorf(py.SystemErrorType, "unknown opcode %d", in.op)
			goto raise
		}
		continue

	enterSimple:
		// A plain Python function (codeRT.simple) given exactly its
		// positional parameters, into the pooled frame its caller found
		// free (callfast.go): CALL_FUNCTION and CALL_METHOD come here
		// (opCallGlobalConstArg keeps its own copy: fib's instructions
		// rose 6.5% when it came here too).
		{
			th.npool++
			mem := snf.loc
			switch sn {
			case 0:
			case 1:
				*mem.p(0) = stack.at(sargs)
			case 2:
				*mem.p(0) = stack.at(sargs)
				*mem.p(1) = stack.at(sargs + 1)
			default:
				for i := 0; i < sn; i++ {
					*mem.p(i) = stack.at(sargs + i)
				}
			}
			for i := sn; i < snf.rt.nlocals; i++ {
				*mem.p(i) = py.Value{}
			}
			if snf.rt.nfree > 0 {
				snf.cells = sfn.Closure
			}
			// conditional stores: the frame usually holds them from last
			// time (no write barrier)
			if snf.fn != sfn {
				snf.fn = sfn
			}
			if snf.globals != sfn.Globals {
				snf.globals = sfn.Globals
			}
			if snf.builtins != f.builtins {
				snf.builtins = f.builtins
			}
			snf.sp, snf.pc, snf.nblocks, snf.entry = 0, 0, 0, false
			snf.back = f
			f.sp, f.pc = sret, pc
			t.Depth++
			th.frame = snf
			f = snf
			sp, pc = 0, 0
			goto newFrame
		}

	loadFast2:
		// A fused form that starts with two LOAD_FASTs and found its own
		// case does not hold: the two loads, as opLoadFast2 does them.
		{
			v, w := fast.at(int(instrs.at(pc-1).arg)), fast.at(int(instrs.at(pc).arg))
			if v.IsNull() || w.IsNull() {
				exc = unboundFast(f, v, instrs.at(pc-1).arg, instrs.at(pc).arg)
				goto raise
			}
			*stack.p(sp) = v
			*stack.p(sp + 1) = w
			sp += 2
			pc++
		}
		continue

	loadGlobal:
		// opGlobalUnaryFast whose call must run as written: its
		// LOAD_GLOBAL, as opLoadGlobal does it
		{
			arg := instrs.at(pc - 1).arg
			if c := f.gc.p(int(arg)); c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version {
				*stack.p(sp) = c.v
				sp++
				continue
			}
			v, err := loadGlobalSlow(f, arg)
			if err != nil {
				exc = err
				goto raise
			}
			*stack.p(sp) = v
			sp++
		}
		continue

	backEdge:
		// A jump back to a loop's start (opJumpBack, the comprehension
		// ends that append and jump, and the compare-and-branch forms
		// whose branch often ends a loop body): the next step of a
		// `for x in range(...)`, list or generator loop here, as its
		// opForIterStore would (the end is left to it).
		if instrs.at(pc).op == opForIterStore {
			if it := stack.at(sp - 1); it.Type() == py.RangeIterType {
				if r := py.AsRangeIter(it); r.Step > 0 && r.Next < r.Stop || r.Step < 0 && r.Next > r.Stop {
					*fast.p(int(instrs.at(pc + 1).arg)) = py.MakeInt(r.Next)
					r.Next += r.Step
					pc += 2
				}
			} else if it.Type() == py.ListIterType {
				// and of a `for x in a_list` loop
				if seq, ip := py.ListIterState(it); !seq.IsNull() {
					if items := py.SeqItems(*seq); *ip < len(items) {
						*ip++
						*fast.p(int(instrs.at(pc + 1).arg)) = items[*ip-1]
						pc += 2
					}
				}
			} else if it.Type() == generatorType {
				// and of a `for x in a_generator` loop, resumed as
				// its opForIterStore would (geninline.go)
				if g := py.AsPtr[Generator](it); g.inlinable(t) {
					f.sp, f.pc = sp, pc+1
					f = th.resumeInline(g, f)
					sp, pc = f.sp, f.pc
					goto newFrame
				}
			}
		}
		continue

	inlineYield:
		// A generator that a FOR_ITER below resumed in this loop yielded
		// retval: back to the loop, which takes it as its next item.
		// (th.suspendInline, written out: this runs once per item)
		{
			g := f.gen
			g.running = false
			t.Exc = g.exc.Prev
			g.exc.Prev = nil
			t.Depth -= 1 + f.extraDepth
			if th.realLimit != 0 {
				th.recovered()
			}
			f.extraDepth = 0
			caller := f.back
			th.frame = caller
			f.back = nil
			f = caller
		}
		sp, pc = f.sp, f.pc
		if f.yfInline {
			// the subgenerator of a yield from: the delegating
			// generator yields the value on, left at its YIELD_FROM
			f.yfInline = false
			f.yielded = true
			if !f.entry {
				goto inlineYield
			}
			if g := f.gen; g.sink != nil && g.sink.take(retval) {
				// resumed at once with None (gensink.go)
				f.yielded = false
				*f.stk.p(sp) = py.None
				sp++
				goto newFrame
			}
			th.pop(f)
			return retval, nil
		}
		if f.ins.at(pc-1).op == opForIterStore {
			*f.loc.p(int(f.ins.at(pc).arg)) = retval
			pc++
		} else if f.ins.at(pc-1).op == opForIterEnum && f.stk.at(sp-1).Type() == py.EnumerateType {
			// `for i, x in enumerate(gen)`: the count and the item
			*f.loc.p(int(f.ins.at(pc + 1).arg)) = py.EnumerateTake(f.stk.at(sp - 1))
			*f.loc.p(int(f.ins.at(pc + 2).arg)) = retval
			pc += 3
		} else if f.ins.at(pc-1).op == opForIterEnum && f.stk.at(sp-1).Type() == py.ZipType {
			// `for a, b in zip(gen, it)`: the item and the second's
			y, ok, err := py.ZipSecond(t, f.stk.at(sp-1))
			if err != nil {
				exc = err
				goto raise
			}
			if !ok {
				sp--
				*f.stk.p(sp) = py.Value{}
				pc = int(f.ins.at(pc - 1).arg)
				goto newFrame
			}
			*f.loc.p(int(f.ins.at(pc + 1).arg)) = retval
			*f.loc.p(int(f.ins.at(pc + 2).arg)) = y
			pc += 3
		} else {
			*f.stk.p(sp) = retval
			sp++
		}
		goto newFrame

	raise:
		// An exception arrived in this frame: record where, chain it to
		// the one being handled, then unwind blocks.
		f.pc = pc // the frame object reads the position from the frame
		exc.Traceback = th.traceback(exc, f, max(pc-1, 0))
		if cur := t.CurrentExc(); cur != nil && cur != exc && exc.Context.IsNull() {
			// avoid cycles as _PyErr_SetObject does
			o := cur
			for o != nil {
				if o.Context.IsNull() {
					break
				}
				next := py.AsException(o.Context)
				if next == exc {
					o.Context = py.Value{}
					break
				}
				o = next
			}
			exc.Context = cur.V()
		}
		why = whyException

	blockEnd:
		for why != whyNot && f.nblocks > 0 {
			b := f.blocks[f.nblocks-1]
			if b.typ == blockLoop && why == whyContinue {
				why = whyNot
				pc = int(retval.Int())
				break
			}
			f.nblocks--
			if b.typ == blockExceptHandler {
				sp = th.unwindExceptHandler(f, b, f.stk, sp)
				continue
			}
			for sp > int(b.level) {
				sp--
				if v := f.stk.at(sp); b.typ == blockLoop && v.Type() == generatorType {
					if g := py.AsPtr[Generator](v); g.loopOwned && !g.done {
						*f.stk.p(sp) = py.Value{}
						if err := g.close(t); err != nil && why != whyException {
							exc, why = err, whyException
						}
					}
				}
				*f.stk.p(sp) = py.Value{}
			}
			if b.typ == blockLoop && why == whyBreak {
				why = whyNot
				pc = int(b.handler)
				break
			}
			if why == whyException && (b.typ == blockExcept || b.typ == blockFinally) {
				f.blocks[f.nblocks] = block{blockExceptHandler, -1, int32(sp)}
				f.nblocks++
				es := t.Exc
				sp = pushExcState(f.stk, sp, es)
				tb := exc.Traceback.V()
				es.Type, es.Value, es.Tb = exc.Type().V(), exc.V(), tb
				*f.stk.p(sp) = tb
				*f.stk.p(sp + 1) = exc.V()
				*f.stk.p(sp + 2) = exc.Type().V()
				sp += 3
				exc = nil
				why = whyNot
				pc = int(b.handler)
				break
			}
			if b.typ == blockFinally {
				if why&(whyReturn|whyContinue) != 0 {
					*f.stk.p(sp) = retval
					sp++
				}
				*f.stk.p(sp) = py.MakeInt(int64(why))
				sp++
				why = whyNot
				pc = int(b.handler)
				break
			}
		}
		if why == whyNot {
			goto newFrame // an exception's handler may be in a caller
		}
		if why == whyException {
			// leave the frame with the exception
			if f.obj != nil {
				f.obj.Lasti = pc - 1 // f_lasti of a finished frame
			}
			clearStack(f.stk[:], 0, sp)
			prev := f.back
			entry := f.entry
			if f.gen != nil && !entry {
				exc = th.finishInline(f, py.Null, exc)
				f = prev
				sp, pc = f.sp, f.pc
				if f.yfInline {
					// raised at the delegating generator's YIELD_FROM
					f.yfInline = false
					pc++
				}
				goto raise
			}
			if f.gen != nil {
				f.gen.finish()
			}
			th.pop(f)
			if entry {
				return py.Null, exc
			}
			f = prev
			sp, pc = f.sp, f.pc
			if f.ins.at(pc-1).op == opSetupWith {
				// the frame was an inline __enter__: its with
				// statement has not begun
				f.nblocks--
			}
			goto raise
		}
		// whyReturn
	doReturn:
		if !f.special && (!f.entry || f.pooled && th.realLimit == 0) {
			// the common return: pop a pooled frame back to its caller
			// (pop and freeFrame, inline), or out of run when Go code
			// called it
			for sp > 0 {
				sp--
				*stack.p(sp) = py.Value{}
			}
			if f.cells != nil {
				f.cells = nil
			}
			prev := f.back
			f.back = nil
			t.Depth--
			th.frame = prev
			th.npool--
			if f.entry {
				return retval, nil
			}
			f = prev
			sp, pc = f.sp, f.pc
			*f.stk.p(sp) = retval
			sp++
			retval = py.Value{}
			goto newFrame
		}
		if !f.entry && f.gen == nil && f.obj == nil && f.locals == nil && f.pooled && (f.initSelf.IsNull() || retval.IsNone()) {
			// the return of an inline __init__ (its caller gets the
			// instance) or property setter (its caller takes no
			// result), also inline
			for sp > 0 {
				sp--
				*stack.p(sp) = py.Value{}
			}
			if !f.initSelf.IsNull() {
				retval = f.initSelf
				f.initSelf = py.Value{}
			}
			drop := f.dropResult
			f.dropResult = false
			f.cells = nil
			prev := f.back
			f.back = nil
			t.Depth -= 1 + f.extraDepth
			f.extraDepth, f.special = 0, false
			th.frame = prev
			th.npool--
			f = prev
			sp, pc = f.sp, f.pc
			if !drop {
				*f.stk.p(sp) = retval
				sp++
			}
			retval = py.Value{}
			goto newFrame
		}
		if !f.initSelf.IsNull() {
			if !retval.IsNone() {
				exc = py.Errorf(py.TypeErrorType, "__init__() should return None, not '%s'", py.TypeName(retval))
				why = whyException
				f.initSelf = py.Value{}
				clearStack(stack[:], 0, sp)
				prev := f.back
				th.pop(f)
				f = prev
				sp, pc = f.sp, f.pc
				goto raise
			}
			retval = f.initSelf
		}
		{
			if f.obj != nil {
				f.obj.Lasti = pc - 1
			}
			clearStack(stack[:], 0, sp)
			prev := f.back
			entry := f.entry
			if f.gen != nil && !entry {
				// the generator's loop is exhausted: leave it
				th.finishInline(f, retval, nil)
				f = prev
				sp, pc = f.sp, f.pc
				if f.yfInline {
					// the yield from is done: its value is the return value
					f.yfInline = false
					*f.stk.p(sp - 1) = retval
					pc++
					goto newFrame
				}
				sp--
				*f.stk.p(sp) = py.Value{}
				pc = int(f.ins.at(pc - 1).arg)
				goto newFrame
			}
			drop := f.dropResult
			if f.gen != nil {
				f.gen.finish()
			}
			th.pop(f)
			if entry {
				return retval, nil
			}
			f = prev
			sp, pc = f.sp, f.pc
			*f.stk.p(sp) = retval
			sp++
			retval = py.Value{}
			if drop {
				sp--
				*f.stk.p(sp) = py.Value{}
			}
			goto newFrame
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// callResultSlot is where a call's result goes: the callable's slot (and
// for CALL_METHOD the one below it).
func callResultSlot(in instr, n int, sp int) int {
	if in.op == opCallMethod {
		return sp - int(in.arg) - 2
	}
	return sp - int(in.arg) - 1
}

func clearStack(stack []py.Value, from, to int) {
	for i := from; i < to; i++ {
		stack[i] = py.Value{}
	}
}

// unwindExceptHandler pops an EXCEPT_HANDLER block's stack and restores
// the exception state it saved.
func (th *thread) unwindExceptHandler(f *Frame, b block, stack *valArr, sp int) int {
	for sp > int(b.level)+3 {
		sp--
		*stack.p(sp) = py.Value{}
	}
	es := th.pt.Exc
	es.Type = stack.at(sp - 1)
	es.Value = stack.at(sp - 2)
	es.Tb = stack.at(sp - 3)
	sp -= 3
	*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = py.Value{}, py.Value{}, py.Value{}
	return sp
}

func derefError(f *Frame, i int) *py.Exception {
	co := f.rt.code
	if i < len(co.CellVars) {
		return py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", co.CellVars[i])
	}
	return py.Errorf(py.NameErrorType, "free variable '%s' referenced before assignment in enclosing scope", co.FreeVars[i-len(co.CellVars)])
}

// The loop addresses frames' memory through array pointers: one register
// each instead of a slice's three, which keeps the hot loop from
// spilling. The compiler's stack depth bounds every index.
type (
	valArr   [1 << 26]py.Value
	instrArr [1 << 26]instr
)

// The conversions are deliberately to types larger than the memory
// behind them (only the first len(s) elements are ever touched), which
// the race detector's pointer checks would reject.
//
//go:nocheckptr
func va(s []py.Value) *valArr { return (*valArr)(unsafe.Pointer(unsafe.SliceData(s))) }

//go:nocheckptr
func ia(s []instr) *instrArr { return (*instrArr)(unsafe.Pointer(unsafe.SliceData(s))) }

// at is a[i] without the nil and bounds checks that indexing costs at
// every dispatch: pc is always inside the code (a code object ends with
// RETURN_VALUE and translate appends the opThrowPending sentinel).
func (a *instrArr) at(i int) instr {
	return *(*instr)(unsafe.Add(unsafe.Pointer(a), uintptr(i)*unsafe.Sizeof(instr{})))
}

// at is a[i] and p is &a[i], without the checks of indexing: the
// array types are far larger than any frame, so a bounds check against
// their length only ever caught a negative index, and the pointers are
// never nil. A frame's buffer holds co_nlocals + co_stacksize + 1
// values (translate.go), which bounds every index the loop computes.
func (a *valArr) at(i int) py.Value {
	return *(*py.Value)(unsafe.Add(unsafe.Pointer(a), uintptr(i)*unsafe.Sizeof(py.Value{})))
}

func (a *valArr) p(i int) *py.Value {
	return (*py.Value)(unsafe.Add(unsafe.Pointer(a), uintptr(i)*unsafe.Sizeof(py.Value{})))
}

// gcArr is a frame's view of its code's LOAD_GLOBAL caches, like valArr.
type gcArr [1 << 20]globalCache

//go:nocheckptr
func gca(s []globalCache) *gcArr { return (*gcArr)(unsafe.Pointer(unsafe.SliceData(s))) }

func (a *gcArr) p(i int) *globalCache {
	return (*globalCache)(unsafe.Add(unsafe.Pointer(a), uintptr(i)*unsafe.Sizeof(globalCache{})))
}

// unboundFast is the UnboundLocalError of a fused pair of local loads.
func unboundFast(f *Frame, first py.Value, a, b int32) *py.Exception {
	i := b
	if first.IsNull() {
		i = a
	}
	return py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[i])
}
