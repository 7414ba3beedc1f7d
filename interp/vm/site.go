package vm

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The builtins CPython's site module adds, as objects of its
// _sitebuiltins types: exit and quit (Quitter: typing the bare name at the
// prompt says how to leave), copyright, credits and license (_Printer:
// the name shows the text, a call prints it) and help (_Helper), which
// hands over to the pydoc module (a Python source module in
// interp/lib/pydoc), imported on first use.

// siteObject is a Quitter, a _Printer or the _Helper.
type siteObject struct {
	py.Object
	name string
	text string // a _Printer's
}

var (
	quitterType = py.NewType("Quitter", py.ObjectType)
	printerType = py.NewType("_Printer", py.ObjectType)
	helperType  = py.NewType("_Helper", py.ObjectType)
)

// copyrightText is sys.copyright and the copyright builtin's text.
const copyrightText = `Copyright (c) 2001-2022 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.`

const creditsText = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`

// licenseText is what license shows where CPython finds no LICENSE file.
const licenseText = "See https://www.python.org/psf/license/"

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
	printerType.Module = "_sitebuiltins"
	printerType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) { return self(v).text, nil }
	printerType.Call = func(t *py.Thread, fn py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) > 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "__call__() takes 1 positional argument but %d were given", len(a)+1)
		}
		t.VM.(*thread).interp.Stdout.Write([]byte(self(fn).text + "\n"))
		return py.None, nil
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
	helperType.SetAttrLazy("__doc__", py.NewStr("The help builtin: help(object) prints the documentation of object."))
	py.ExposeSlots(quitterType)
	printerType.SetAttrLazy("__doc__", py.NewStr("Prompt objects showing the copyright notice, the credits and the license."))
	py.ExposeSlots(printerType)
	py.ExposeSlots(helperType)
}

func newSiteObject(typ *py.Type, name string) py.Value {
	o := &siteObject{name: name}
	o.SetType(typ)
	return py.FromPtr(o)
}

// addSiteBuiltins installs exit, quit, copyright, credits, license and
// help.
func addSiteBuiltins(it *Interp) {
	// in site.py's order (setquit, setcopyright, sethelper); ranging over
	// a map here made the order of builtins' last keys vary run to run
	it.Builtins.SetStr("quit", newSiteObject(quitterType, "quit"))
	it.Builtins.SetStr("exit", newSiteObject(quitterType, "exit"))
	for _, pt := range [...]struct{ name, text string }{
		{"copyright", copyrightText}, {"credits", creditsText}, {"license", licenseText},
	} {
		p := &siteObject{name: pt.name, text: pt.text}
		p.SetType(printerType)
		it.Builtins.SetStr(pt.name, py.FromPtr(p))
	}
	it.Builtins.SetStr("help", newSiteObject(helperType, "help"))
}
