package vm

import "github.com/bytepy/bytepy/interp/py"

// newFunction is py.NewFunction for MAKE_FUNCTION of the code rt runs.
// A generator expression or nested def makes a function per execution;
// its __name__ (the code's name, one str shared by all of them as
// CPython shares co_name) and its __module__ (globals' __name__, cached
// while the globals dict is unchanged) are then found once, not per
// function.
func (rt *codeRT) newFunction(globals *py.Dict, qual py.Value) *py.Function {
	if rt.fnName.IsNull() {
		rt.fnName = py.NewStr(rt.code.Name)
	}
	c := &rt.fnModule
	if c.globals != globals || c.gver != globals.Version {
		mod, ok := globals.GetStr("__name__")
		if !ok {
			mod = py.None
		}
		*c = globalCache{globals: globals, gver: globals.Version, v: mod}
	}
	fn := &py.Function{Code: rt.code, Globals: globals, Name: rt.fnName, Qualname: qual, Doc: py.None, Module: c.v}
	fn.SetType(py.FunctionType)
	return fn
}
