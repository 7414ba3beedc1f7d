package vm

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The builtins CPython's site module adds, as objects of its
// _sitebuiltins types: exit and quit (Quitter: typing the bare name at the
// prompt says how to leave) and help (_Helper), which hands over to the
// pydoc module (a Python source module in interp/lib/pydoc), imported on
// first use.

// siteObject is a Quitter or the _Helper.
type siteObject struct {
	py.Object
	name string
}

var (
	quitterType = py.NewType("Quitter", py.ObjectType)
	helperType  = py.NewType("_Helper", py.ObjectType)
)

func init() {
	self := func(v py.Value) *siteObject { return py.AsPtr[siteObject](v) }
	quitterType.Module = "_sitebuiltins"
	quitterType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		return "Use " + self(v).name + "() or Ctrl-D (i.e. EOF) to exit", nil
	}
	quitterType.Call = func(t *py.Thread, fn py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("__call__", a, kw, []string{"code"}, 0)
		if err != nil {
			return py.Null, err
		}
		code := p[0]
		if code.IsNull() {
			code = py.None
		}
		return py.Null, py.NewException(py.SystemExitType, code)
	}
	helperType.Module = "_sitebuiltins"
	helperType.Call = func(t *py.Thread, fn py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
		it := t.VM.(*thread).interp
		m, err := it.loadModule(t, "pydoc")
		if err != nil {
			return py.Null, err
		}
		f, err := py.GetAttrS(t, m, "help")
		if err != nil {
			return py.Null, err
		}
		if _, err := py.Call(t, f, a, kw); err != nil {
			return py.Null, err
		}
		return py.None, nil
	}
	helperType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		return "Type help() for interactive help, or help(object) for help about object.", nil
	}
	helperType.Dict.SetStr("__doc__", py.NewStr("The help builtin: help(object) prints the documentation of object."))
	py.ExposeSlots(quitterType)
	py.ExposeSlots(helperType)
}

func newSiteObject(typ *py.Type, name string) py.Value {
	o := &siteObject{name: name}
	o.SetType(typ)
	return py.FromPtr(o)
}

// addSiteBuiltins installs exit, quit and help.
func addSiteBuiltins(it *Interp) {
	it.Builtins.SetStr("exit", newSiteObject(quitterType, "exit"))
	it.Builtins.SetStr("quit", newSiteObject(quitterType, "quit"))
	it.Builtins.SetStr("help", newSiteObject(helperType, "help"))
}
