package engine

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
)

// The IPython package, in Python, as far as notebooks use it.
var (
	//go:embed ipython/IPython__init__.py
	srcIPython []byte
	//go:embed ipython/core_error.py
	srcCoreError []byte
	//go:embed ipython/core_display.py
	srcCoreDisplay []byte
	//go:embed ipython/display.py
	srcDisplay []byte
	//go:embed ipython/execution.py
	srcExecution []byte
	//go:embed ipython/capture.py
	srcCapture []byte
)

func init() {
	for _, m := range []struct {
		name, file string
		src        []byte
	}{
		{"IPython", "IPython/__init__.py", srcIPython},
		{"IPython.core", "IPython/core/__init__.py", nil},
		{"IPython.core.error", "IPython/core/error.py", srcCoreError},
		{"IPython.core.display", "IPython/core/display.py", srcCoreDisplay},
		{"IPython.display", "IPython/display.py", srcDisplay},
		{"IPython.core.magics", "IPython/core/magics/__init__.py", nil},
		{"IPython.core.magics.execution", "IPython/core/magics/execution.py", srcExecution},
		{"IPython.utils", "IPython/utils/__init__.py", nil},
		{"IPython.utils.capture", "IPython/utils/capture.py", srcCapture},
	} {
		vm.RegisterSourceModule(m.name, "<bytepy>/"+m.file, m.src)
	}
	vm.RegisterModule("_bytepy_kernel", initKernelModule)
}

type builtinFn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

// initKernelModule fills _bytepy_kernel, the Go side of IPython.display.
// Outside a kernel (bytepy run) display() prints the text/plain form and
// get_ipython() is None, as in plain Python with IPython installed.
func initKernelModule(it *vm.Interp, m *py.Module) error {
	def := func(name string, fn builtinFn) { m.Dict.SetStr(name, py.NewBuiltin(name, fn)) }
	def("get_ipython", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if e := engineOf(it); e != nil {
			return e.shell, nil
		}
		return py.None, nil
	})
	def("publish_display", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("publish_display", a, kw, []string{"obj", "raw", "metadata", "display_id", "update"}, 5)
		if err != nil {
			return py.Null, err
		}
		e := engineOf(it)
		if e == nil {
			s, err := py.Repr(t, p[0])
			if err != nil {
				return py.Null, err
			}
			fmt.Fprintln(it.Stdout, s)
			return py.None, nil
		}
		return py.None, e.publishDisplay(t, p[0], py.Truth_(p[1]), p[2], p[3], py.Truth_(p[4]))
	})
	def("clear_output", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		wait := len(a) > 0 && py.Truth_(a[0])
		if e := engineOf(it); e != nil && e.out != nil {
			e.out.ClearOutput(wait)
		}
		return py.None, nil
	})
	def("new_display_id", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		e := engineOf(it)
		n := 0
		if e != nil {
			e.displayID++
			n = e.displayID
		}
		return py.NewStr(fmt.Sprintf("bytepy-%d-%d", os.Getpid(), n)), nil
	})
	return nil
}

// publishDisplay is display(obj): display_data, update_display_data, or
// an entry of the %%capture in progress.
func (e *Engine) publishDisplay(t *py.Thread, obj py.Value, raw bool, metadata, displayID py.Value, update bool) *py.Exception {
	for i := len(e.captures) - 1; i >= 0; i-- {
		if c := e.captures[i]; c.display {
			c.outputs = append(c.outputs, obj)
			return nil
		}
	}
	var d kernel.Display
	if raw {
		if !py.IsDict(obj) {
			return py.Errorf(py.TypeErrorType, "raw display data must be a dict, not %s", py.TypeName(obj))
		}
		data, err := toJSON(t, obj)
		if err != nil {
			return err
		}
		d.Data, _ = data.(map[string]any)
	} else {
		data, md, err := e.mimeBundle(t, obj)
		if err != nil {
			return err
		}
		d.Data, d.Metadata = data, md
	}
	if !metadata.IsNone() && !metadata.IsNull() && py.IsDict(metadata) {
		md, err := toJSON(t, metadata)
		if err != nil {
			return err
		}
		if m, ok := md.(map[string]any); ok {
			if d.Metadata == nil {
				d.Metadata = kernel.MimeBundle{}
			}
			for k, v := range m {
				d.Metadata[k] = v
			}
		}
	}
	if py.IsStr(displayID) {
		d.DisplayID = py.StrOf(displayID)
	}
	if e.out == nil {
		if s, ok := d.Data["text/plain"].(string); ok {
			fmt.Fprintln(e.fallback, s)
		}
		return nil
	}
	if update {
		e.out.UpdateDisplay(d)
	} else {
		e.out.Display(d)
	}
	return nil
}

// installBuiltins adds what IPython adds to builtins: get_ipython,
// display, exit and quit, and an input() that asks the frontend; and
// replaces getpass with one that does the same with the answer hidden.
func installBuiltins(e *Engine) {
	b := e.it.Builtins
	def := func(name string, fn builtinFn) { b.SetStr(name, py.NewBuiltin(name, fn)) }
	def("get_ipython", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return e.shell, nil
	})
	def("display", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		m, err := importModule(t, e.it, "IPython.core.display")
		if err != nil {
			return py.Null, err
		}
		fn, err := py.GetAttrS(t, m, "display")
		if err != nil {
			return py.Null, err
		}
		return py.Call(t, fn, a, kw)
	})
	exit := func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		e.payloads = append(e.payloads, map[string]any{"source": "ask_exit", "keepkernel": false})
		return py.None, nil
	}
	def("exit", exit)
	def("quit", exit)
	def("input", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		prompt := ""
		if len(a) > 0 {
			s, err := py.Str_(t, a[0])
			if err != nil {
				return py.Null, err
			}
			prompt = s
		}
		return e.readLine(t, prompt, false)
	})

	gp := py.NewModule("getpass")
	gp.Dict.SetStr("__builtins__", e.it.Modules.Must("builtins"))
	gp.Dict.SetStr("getpass", py.NewBuiltin("getpass", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("getpass", a, kw, []string{"prompt", "stream"}, 0)
		if err != nil {
			return py.Null, err
		}
		prompt := "Password: "
		if !p[0].IsNull() {
			if prompt, err = py.Str_(t, p[0]); err != nil {
				return py.Null, err
			}
		}
		return e.readLine(t, prompt, true)
	}))
	gp.Dict.SetStr("getuser", py.NewBuiltin("getuser", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		for _, k := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
			if v := os.Getenv(k); v != "" {
				return py.NewStr(v), nil
			}
		}
		u, err := user.Current()
		if err != nil {
			return py.Null, py.Errorf(py.KeyErrorType, "getpwuid(): uid not found")
		}
		return py.NewStr(u.Username), nil
	}))
	gp.Dict.SetStr("GetPassWarning", py.WarningType.V())
	e.it.Modules.SetStr("getpass", gp.V())
}

// readLine is input() and getpass(): an input_request to the frontend.
func (e *Engine) readLine(t *py.Thread, prompt string, password bool) (py.Value, *py.Exception) {
	if e.out == nil || !e.req.AllowStdin {
		return py.Null, e.ipythonError(t, "StdinNotImplementedError", kernel.ErrStdinNotAllowed.Error()+".")
	}
	line, err := e.out.Input(prompt, password)
	switch {
	case err == nil:
		return py.NewStr(strings.TrimSuffix(line, "\n")), nil
	case errors.Is(err, kernel.ErrInterrupted):
		return py.Null, py.NewException(py.KeyboardInterruptType)
	case errors.Is(err, kernel.ErrStdinNotAllowed):
		return py.Null, e.ipythonError(t, "StdinNotImplementedError", err.Error()+".")
	default:
		return py.Null, py.Errorf(py.EOFErrorType, "EOF when reading a line")
	}
}

// ipythonError is an instance of IPython.core.error's class name.
func (e *Engine) ipythonError(t *py.Thread, name, msg string) *py.Exception {
	cls, err := importAttr(t, e.it, "IPython.core.error", name)
	if err != nil {
		return err
	}
	v, err := py.Call(t, cls, []py.Value{py.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	if !py.IsException(v) {
		return py.Errorf(py.SystemErrorType, "%s is not an exception class", name)
	}
	return py.AsException(v)
}

// importModule is importlib.import_module(name).
func importModule(t *py.Thread, it *vm.Interp, name string) (py.Value, *py.Exception) {
	if m, ok := it.Modules.GetStr(name); ok {
		return m, nil
	}
	if _, err := py.Call(t, it.Builtins.Must("__import__"), []py.Value{py.NewStr(name)}, nil); err != nil {
		return py.Null, err
	}
	if m, ok := it.Modules.GetStr(name); ok {
		return m, nil
	}
	return py.Null, py.Errorf(py.ModuleNotFoundErrorType, "No module named '%s'", name)
}

// importAttr is "from module import name".
func importAttr(t *py.Thread, it *vm.Interp, module, name string) (py.Value, *py.Exception) {
	m, err := importModule(t, it, module)
	if err != nil {
		return py.Null, err
	}
	return py.GetAttrS(t, m, name)
}
