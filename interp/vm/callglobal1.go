package vm

import "github.com/bytepy/bytepy/interp/py"

// len(x), ord(c) and chr(i) of a local: LOAD_GLOBAL f; LOAD_FAST x;
// CALL_FUNCTION 1 as one instruction (opGlobalUnaryFast) when the global
// is the builtin and unaryBuiltinFast (callunary.go) can compute the call
// without failing or running Python code. Those three instructions are a
// third of a loop body like `for ch in w: t += chr(ord(ch) ^ 1)`, and
// `len(x)` of a local is one of the commonest calls there is. Any other
// case (another callable bound to the name, an unbound local, an argument
// the fast path leaves to the builtin, the recursion limit) runs the
// LOAD_GLOBAL as written and the other two after it, so errors, their
// messages and tracebacks are unchanged.

// globalUnaryLen is how many instructions follow an opGlobalUnaryFast.
const globalUnaryLen = 2

// fuseGlobalUnary marks the LOAD_GLOBALs of len, ord and chr that start
// such a call and into whose call no jump lands. The name decides only
// which loads are worth the check; the loop checks the value.
func fuseGlobalUnary(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+globalUnaryLen < len(ins); i++ {
		if ins[i].op != opLoadGlobal || ins[i+1].op != opLoadFast || ins[i+2] != (instr{opCallFunction, 1}) {
			continue
		}
		if !unaryCallName(rt.names[ins[i].arg]) {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+2) {
			ins[i].op = opGlobalUnaryFast
		}
	}
}

// unaryCallName reports whether a global's name is one of those the
// fused calls check (len, ord, chr); the loop checks the value.
func unaryCallName(name *py.Str) bool {
	switch name.S() {
	case "len", "ord", "chr":
		return true
	}
	return false
}

// globalUnary is g(x) for the cached global g of an opGlobalUnaryFast
// and the local x; ok is false, with nothing done, when the three
// instructions must run as written.
func globalUnary(g, x py.Value) (py.Value, bool) {
	if x.IsNull() || g.Type() != py.BuiltinType {
		return py.Null, false
	}
	return unaryBuiltinFast(g, x)
}

// loadGlobalSlow is LOAD_GLOBAL's lookup when its cache does not hold:
// globals, then builtins, the cache refilled.
func loadGlobalSlow(f *Frame, arg int32) (py.Value, *py.Exception) {
	c := f.gc.p(int(arg))
	name := f.rt.names[arg]
	v, ok := f.globals.LookupStr(name)
	if !ok {
		v, ok = f.builtins.LookupStr(name)
		if !ok {
			return py.Null, py.Errorf(py.NameErrorType, "name '%s' is not defined", name.S())
		}
	}
	*c = globalCache{f.globals, f.globals.Version, f.builtins.Version, v}
	return v, nil
}
