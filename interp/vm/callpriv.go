package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Private *args and **kwargs.
//
// A wrapper such as
//
//	def bound(*args, **kwargs):
//	    kw = dict(fixed)
//	    kw.update(kwargs)
//	    return fn(*args, **kw)
//
// gets a fresh tuple and dict on every call, and CPython takes both from
// its free lists. Here a call takes them from the previous call of the
// same pooled frame when nothing else can hold them: the code only
// passes the parameter on (privateVarargs proves it from the bytecode),
// and the previous activation did nothing that could have shared it
// (Frame.privOK, cleared by each such event). Identity is the only thing
// reuse could change, and nothing that sees the object outlives the
// activation that bound it, so no program can tell.
//
// The bytecode proof: the parameter is never stored or deleted, is not a
// cell, and every LOAD_FAST of it is one of
//
//	LOAD_FAST args; CALL_FUNCTION_EX 0                 f(*args)
//	LOAD_FAST args; <load>; CALL_FUNCTION_EX 1         f(*args, **kw)
//	LOAD_FAST kwargs; CALL_FUNCTION_EX 1               f(*a, **kwargs)
//	LOAD_METHOD update; LOAD_FAST kwargs; CALL_METHOD 1  x.update(kwargs)
//
// where <load> is LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL or LOAD_CONST. What
// CALL_FUNCTION_EX does with them decides the rest at run time: a Python
// function's binder copies the items and keywords into its own frame,
// anything else receives the tuple's items and so clears privOK (the
// opCallFunctionEx arm). The update call keeps its argument only if it
// is not dict's own update on an exact dict, which opLoadFastUpdateArg
// checks before it pushes the dict. Every other way to reach a frame's
// locals goes through a frame object (frameObjectIn) or frameLocals
// (locals(), vars(), dir(), exec and eval), and both clear privOK.

// dictUpdate is the builtin dict.update that LOAD_METHOD pushes for
// d.update when d is an exact dict (builtin types' dicts are fixed).
var dictUpdate py.Value

func init() {
	// when dict's dict is built: until then no d.update was looked up
	py.DictType.OnBuilt(func(d *py.Dict) { dictUpdate, _ = d.GetStr("update") })
}

// isDictUpdate reports whether the stack's [method, self] of a coming
// CALL_METHOD is dict.update on an exact dict.
func isDictUpdate(meth, self py.Value) bool {
	return meth == dictUpdate && self.Type() == py.DictType
}

// privateLocals runs the proofs of this file over co's bytecode, after
// fusion, on the final instructions: the forms they rely on must still
// be there, and the instructions that check at run time are rewritten.
func privateLocals(rt *codeRT, co *code.Code) {
	if rt.isGen {
		return // generator frames are not pooled
	}
	var prog []rawIns
	ext := 0
	for i := 0; i+1 < len(co.Code); i += 2 {
		op, arg := opcode.Op(co.Code[i]), ext<<8|int(co.Code[i+1])
		if op == opcode.EXTENDED_ARG {
			ext = arg
			continue
		}
		ext = 0
		prog = append(prog, rawIns{i / 2, op, arg})
	}
	privateVarargs(rt, co, prog)
	privateCopies(rt, co, prog)
}

// insAt is prog[j], or a NOP outside prog.
func insAt(prog []rawIns, j int) rawIns {
	if j >= 0 && j < len(prog) {
		return prog[j]
	}
	return rawIns{-1, opcode.NOP, 0}
}

// plainAt reports whether the translated instruction of in is op.
func plainAt(rt *codeRT, in rawIns, op uint8) bool { return in.at >= 0 && rt.instrs[in.at].op == op }

// updateArg reports whether prog[j] is the argument load of
// `x.update(y)`: LOAD_METHOD update; LOAD_FAST y; CALL_METHOD 1, with
// the load an instruction of its own (no fused form starts at a
// LOAD_METHOD or runs past one), so that opLoadFastUpdateArg can check
// the callee there.
func updateArg(rt *codeRT, co *code.Code, prog []rawIns, j int) bool {
	in, m, call := insAt(prog, j), insAt(prog, j-1), insAt(prog, j+1)
	return j > 0 && in.op == opcode.LOAD_FAST && (plainAt(rt, in, opLoadFast) || plainAt(rt, in, opLoadFastUpdateArg)) &&
		m.op == opcode.LOAD_METHOD && co.Names[m.arg] == "update" && (plainAt(rt, m, opLoadMethod) || plainAt(rt, m, opLoadMethodC)) &&
		call.op == opcode.CALL_METHOD && call.arg == 1
}

// skipEmptyUpdate is how many instructions dict.update(d, y) on an
// exact dict d skips when y is an empty exact dict, which leaves d as
// it is: the CALL_METHOD (1, pushing None) or that and its fused
// POP_TOP (2); 0 when the call must run (a recursion error to raise).
func skipEmptyUpdate(y py.Value, call uint8, t *py.Thread) int {
	if y.Type() != py.DictType || py.AsDict(y).Len() != 0 || t.Depth >= t.RecursionLimit {
		return 0
	}
	switch call {
	case opCallMethod:
		return 1
	case opCallMethodPop:
		return 2
	}
	return 0
}

// privateVarargs sets rt.privArgs and rt.privKw: whether the code's
// *args and **kwargs parameters are private in the sense above.
func privateVarargs(rt *codeRT, co *code.Code, prog []rawIns) {
	varargs, varkw := co.Flags&code.VarArgs != 0, co.Flags&code.VarKeywords != 0
	if rt.ncells != 0 || !varargs && !varkw {
		return
	}
	slot := co.ArgCount + co.KwOnlyArgCount
	a, k := -1, -1
	if varargs {
		a = slot
		slot++
	}
	if varkw {
		k = slot
	}
	at := func(j int) rawIns { return insAt(prog, j) }
	plain := func(in rawIns, op uint8) bool { return plainAt(rt, in, op) }
	okA, okK := a >= 0, k >= 0
	var updates []int
	for j, in := range prog {
		if in.op != opcode.LOAD_FAST && in.op != opcode.STORE_FAST && in.op != opcode.DELETE_FAST {
			continue
		}
		if in.arg != a && in.arg != k {
			continue
		}
		if in.op != opcode.LOAD_FAST {
			okA, okK = okA && in.arg != a, okK && in.arg != k
			continue
		}
		next := at(j + 1)
		if in.arg == a {
			call := at(j + 2)
			switch {
			case next.op == opcode.CALL_FUNCTION_EX && next.arg&1 == 0 && plain(next, opCallFunctionEx) && plain(in, opLoadFast):
			case call.op != opcode.CALL_FUNCTION_EX || call.arg&1 == 0 || !plain(call, opCallFunctionEx):
				okA = false
			case plain(in, opLoadFast) && isPlainLoad(rt, next, a):
			case plain(in, opLoadFast2) && next.op == opcode.LOAD_FAST && next.arg != a:
				// the pair pushed by one instruction (translate.go)
			default:
				okA = false
			}
			continue
		}
		switch {
		case next.op == opcode.CALL_FUNCTION_EX && next.arg&1 != 0 && plain(next, opCallFunctionEx) && plain(in, opLoadFast):
		case updateArg(rt, co, prog, j):
			updates = append(updates, in.at)
		default:
			okK = false
		}
	}
	if okA {
		rt.privArgs = true
	}
	if okK {
		rt.privKw = true
		for _, i := range updates {
			rt.instrs[i].op = opLoadFastUpdateArg
		}
	}
}

// rawIns is a bytecode instruction: its code unit, opcode and argument
// (EXTENDED_ARG folded).
type rawIns struct {
	at  int
	op  opcode.Op
	arg int
}

// isPlainLoad: in pushes one value, other than the parameter at slot p,
// and can branch nowhere.
func isPlainLoad(rt *codeRT, in rawIns, p int) bool {
	switch in.op {
	case opcode.LOAD_FAST:
		return in.arg != p && rt.instrs[in.at].op == opLoadFast
	case opcode.LOAD_DEREF:
		return rt.instrs[in.at].op == opLoadDeref
	case opcode.LOAD_GLOBAL:
		return rt.instrs[in.at].op == opLoadGlobal
	case opcode.LOAD_CONST:
		return rt.instrs[in.at].op == opLoadConst
	}
	return false
}

// privateCopies finds locals that only ever hold, of what they are
// given, dict(d) copies made for them: `kw = dict(fixed)` whose every
// read is `kw.update(y)` or the ** of CALL_FUNCTION_EX, neither of
// which keeps the dict. The CALL_FUNCTION 1 before each STORE_FAST of
// such a local becomes opCallDictCopy, whose dict(d) refills the copy
// the frame made last time (dictOfDict). What else the local may hold
// (dict rebound, another store) is never reused: only opCallDictCopy's
// own results are recorded.
func privateCopies(rt *codeRT, co *code.Code, prog []rawIns) {
	var calls map[int][]int // local → its CALL_FUNCTION units
	for j, in := range prog {
		st := insAt(prog, j+1)
		if in.op == opcode.CALL_FUNCTION && in.arg == 1 && plainAt(rt, in, opCallFunction) && st.op == opcode.STORE_FAST && (plainAt(rt, st, opStoreFast) || plainAt(rt, st, opStoreFastJumpBack)) {
			if calls == nil {
				calls = map[int][]int{}
			}
			calls[st.arg] = append(calls[st.arg], in.at)
		}
	}
	for l, cs := range calls {
		var updates []int
		ok := true
		for j, in := range prog {
			if in.op != opcode.LOAD_FAST || in.arg != l {
				continue
			}
			next := insAt(prog, j+1)
			switch {
			case next.op == opcode.CALL_FUNCTION_EX && next.arg&1 != 0 && plainAt(rt, next, opCallFunctionEx):
			case updateArg(rt, co, prog, j+2) && insAt(prog, j+2).arg != l:
				updates = append(updates, insAt(prog, j+2).at)
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, i := range cs {
			rt.instrs[i].op = opCallDictCopy
		}
		for _, i := range updates {
			rt.instrs[i].op = opLoadFastUpdateArg
		}
	}
}

// Bits of Frame.privOK: which of the objects kept for reuse nothing has
// shared since they were kept.
const (
	privVar  = 1 << iota // privTup and privKw
	privCopy             // privCopy
)

// dictOfDict is the dict(d) branch of CALL_FUNCTION (py.DictOfDict). As
// opCallDictCopy, storing to local l next, it refills the frame's last
// copy when that is unshared and no other local holds it now: a copy
// is only ever in the local it was stored to, so it is free once that
// local holds something else (a later call, another store) or is the
// one about to be overwritten. The new copy is kept for next time
// unless a frame object already shows the locals.
func dictOfDict(f *Frame, fn, arg py.Value, op uint8, l int32) (py.Value, bool) {
	if op != opCallDictCopy || !f.pooled {
		return py.DictOfDict(fn, arg)
	}
	var into *py.Dict
	if d := f.privCopy; d != nil && f.privOK&privCopy != 0 {
		if at := int(f.privCopyAt); at == int(l) || at >= len(f.fast) || f.fast[at] != d.V() {
			into = d
		}
	}
	r, ok := py.DictOfDictInto(fn, arg, into)
	if ok && f.obj == nil {
		f.privCopy, f.privCopyAt = py.AsDict(r), l
		f.privOK |= privCopy
	}
	return r, ok
}

// varargsTuple is the *args tuple of n > 0 items for a call binding f:
// the previous call's when private and unshared, else a new one.
func (th *thread) varargsTuple(f *Frame, rt *codeRT, n int) (py.Value, []py.Value) {
	if rt.privArgs && f.privOK&privVar != 0 && f.pooled {
		if t := f.privTup; !t.IsNull() && len(py.AsTuple(t)) == n {
			return t, py.AsTuple(t)
		}
	}
	tup, items := th.slab.Tuple(n)
	return tup, items
}

// varkwDict is likewise the empty **kwargs dict.
func (th *thread) varkwDict(f *Frame, rt *codeRT) *py.Dict {
	if rt.privKw && f.privOK&privVar != 0 && f.pooled {
		if d := f.privKw; d != nil && d.Len() == 0 {
			return d
		}
	}
	return th.newKwDict()
}

// keepPrivate records the objects just bound for the next call on f.
func keepPrivate(f *Frame, rt *codeRT, tup py.Value, kw *py.Dict) {
	if !f.pooled {
		return
	}
	if rt.privArgs {
		f.privTup = tup
	} else {
		f.privTup = py.Value{}
	}
	if rt.privKw {
		f.privKw = kw
	} else {
		f.privKw = nil
	}
	f.privOK |= privVar
}
