package vm

import "github.com/bytepy/bytepy/interp/py"

// importNameError is the ImportError of `from mod import name` when mod
// has no such name; like CPython's it carries the module's name and path.
func importNameError(name, modName string) *py.Exception {
	msg := py.NewStr("cannot import name '" + name + "' from '" + modName + "' (unknown location)")
	e := py.NewException(py.ImportErrorType, msg)
	e.Dict = py.NewDict()
	e.Dict.SetStr("msg", msg)
	e.Dict.SetStr("name", py.NewStr(modName))
	e.Dict.SetStr("path", py.None)
	return e
}
