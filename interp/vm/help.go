package vm

import "github.com/bytepy/bytepy/interp/py"

// addHelp installs help(), which hands over to the pydoc module (a
// Python source module in interp/lib/pydoc), imported on first use as
// CPython's site-installed helper does.
func addHelp(it *Interp) {
	it.Builtins.SetStr("help", py.NewBuiltin("help", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
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
	}))
}
