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
//	LOAD_METHOD m; LOAD_FAST kwargs; CALL_METHOD 1     x.update(kwargs)
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
	dictUpdate, _ = py.DictType.Dict.GetStr("update")
}

// isDictUpdate reports whether the stack's [method, self] of a coming
// CALL_METHOD is dict.update on an exact dict.
func isDictUpdate(meth, self py.Value) bool {
	return meth == dictUpdate && self.Type() == py.DictType
}

// privateVarargs sets rt.privArgs and rt.privKw: whether the code's
// *args and **kwargs parameters are private in the sense above. It runs
// after fusion, on the final instructions: the forms it relies on must
// still be there, and the update loads become opLoadFastUpdateArg.
func privateVarargs(rt *codeRT, co *code.Code) {
	varargs, varkw := co.Flags&code.VarArgs != 0, co.Flags&code.VarKeywords != 0
	if rt.isGen || rt.ncells != 0 || !varargs && !varkw {
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
	at := func(j int) rawIns {
		if j < len(prog) {
			return prog[j]
		}
		return rawIns{-1, opcode.NOP, 0}
	}
	plain := func(in rawIns, op uint8) bool { return in.at >= 0 && rt.instrs[in.at].op == op }
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
		case next.op == opcode.CALL_METHOD && next.arg == 1 && j > 0 && prog[j-1].op == opcode.LOAD_METHOD && plain(in, opLoadFast):
			// the load runs on its own (no pair form takes it after a
			// LOAD_METHOD), so its check does
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

// varargsTuple is the *args tuple of n > 0 items for a call binding f:
// the previous call's when private and unshared, else a new one.
func (th *thread) varargsTuple(f *Frame, rt *codeRT, n int) (py.Value, []py.Value) {
	if rt.privArgs && f.privOK && f.pooled {
		if t := f.privTup; !t.IsNull() && len(py.AsTuple(t)) == n {
			return t, py.AsTuple(t)
		}
	}
	tup, items := th.slab.Tuple(n)
	return tup, items
}

// varkwDict is likewise the empty **kwargs dict.
func (th *thread) varkwDict(f *Frame, rt *codeRT) *py.Dict {
	if rt.privKw && f.privOK && f.pooled {
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
	f.privOK = true
}
