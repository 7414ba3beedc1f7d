package vm

import "github.com/bytepy/bytepy/interp/py"

// `isinstance(x, C)` with x a local and C a global is LOAD_GLOBAL
// isinstance; LOAD_FAST x; LOAD_GLOBAL C; CALL_FUNCTION 2: four
// dispatches and a builtin call through the generic arm. As
// opIsInstanceFast, which takes the first LOAD_GLOBAL's place, it pushes
// the answer at once when both globals are in their LOAD_GLOBAL caches,
// the first is the builtin isinstance and C is a class whose metaclass
// is exactly type: then no __instancecheck__ can run and the answer is
// isInstance's, which cannot fail. Anything else runs the LOAD_GLOBAL
// and the instructions as written.

// isInstanceLen is how many instructions follow the opIsInstanceFast
// through the CALL_FUNCTION.
const isInstanceLen = 3

// fuseIsInstance marks each LOAD_GLOBAL isinstance that starts the call.
func fuseIsInstance(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+isInstanceLen < len(ins); i++ {
		if ins[i].op != opLoadGlobal || ins[i+1].op != opLoadFast || ins[i+2].op != opLoadGlobal ||
			ins[i+3] != (instr{opCallFunction, 2}) || rt.names[ins[i].arg].S() != "isinstance" {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+isInstanceLen) {
			ins[i].op = opIsInstanceFast
		}
	}
}

// isInstanceFast answers the call for the opIsInstanceFast whose
// LOAD_GLOBAL reads name gi, with x the local xi and C the global ci;
// ok false: run the instructions as written.
func isInstanceFast(f *Frame, gi, xi, ci int32) (r, ok bool) {
	g := f.rt.gcache
	c, k := &g[gi], &g[ci]
	if c.globals != f.globals || c.gver != f.globals.Version || c.bver != f.builtins.Version || !isBuiltinIsInstance(c.v) ||
		k.globals != f.globals || k.gver != f.globals.Version || k.bver != f.builtins.Version || k.v.Type() != py.TypeType {
		return false, false
	}
	x := f.loc.at(int(xi))
	if x.IsNull() {
		return false, false
	}
	if x.Type().IsSubtype(py.AsType(k.v)) {
		return true, true
	}
	r, err := isInstance(nil, x, k.v)
	return r, err == nil
}

// isBuiltinIsInstance reports whether v is the builtins' isinstance: the
// only Go function of that name that is not a type's method (Go code
// alone makes builtins).
func isBuiltinIsInstance(v py.Value) bool {
	if v.Type() != py.BuiltinType {
		return false
	}
	b := py.AsBuiltin(v)
	return b.Owner == nil && b.Name == "isinstance"
}
