package engine

import (
	"errors"
	"strings"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/magics"
	"github.com/bytepy/bytepy/magics/transform"
)

// shellObj is what get_ipython() returns: ipykernel's ZMQInteractiveShell
// as far as code that calls it goes. Its methods forward to the Shell;
// magics' Go results come back as Python values (toPython).
type shellObj struct {
	py.Object
	e *Engine
}

var shellType = py.NewType("ZMQInteractiveShell", py.ObjectType)

func init() {
	shellType.Module = "ipykernel.zmqshell"
	method := func(name string, nargs int, fn func(e *Engine, t *py.Thread, a []string) (any, error)) {
		py.AddMethod(shellType, name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(kw) > 0 || len(a)-1 < nargs {
				return py.Null, py.Errorf(py.TypeErrorType, "%s() takes %d positional arguments", name, nargs)
			}
			e := py.AsPtr[shellObj](a[0]).e
			args := make([]string, len(a)-1)
			for i, v := range a[1:] {
				if !py.IsStr(v) {
					return py.Null, py.Errorf(py.TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, py.TypeName(v))
				}
				args[i] = py.StrOf(v)
			}
			r, err := fn(e, t, args)
			if err != nil {
				return py.Null, e.toException(t, err)
			}
			return e.toPython(t, r)
		})
	}
	method("run_line_magic", 2, func(e *Engine, t *py.Thread, a []string) (any, error) {
		return e.sh.RunLineMagic(a[0], a[1])
	})
	method("run_cell_magic", 3, func(e *Engine, t *py.Thread, a []string) (any, error) {
		return e.sh.RunCellMagic(a[0], a[1], a[2])
	})
	method("magic", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		name, line := splitMagic(a[0])
		return e.sh.RunLineMagic(name, line)
	})
	method("system", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		code, err := e.sh.System(a[0])
		if err == nil {
			e.ns.SetStr("_exit_code", py.MakeInt(int64(code)))
		}
		return nil, err
	})
	method("getoutput", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		return e.sh.GetOutput(a[0])
	})
	method("run_cell", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		return nil, e.sh.RunCell(a[0], e.sh.CellFilename)
	})
	method("ex", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		_, exc := py.Call(t, e.it.Builtins.Must("exec"), []py.Value{py.NewStr(a[0]), e.ns.V()}, nil)
		return nil, excErr(exc)
	})
	method("ev", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		v, exc := e.evalSource(t, a[0])
		if exc != nil {
			return nil, excErr(exc)
		}
		return v, nil
	})
	method("transform_cell", 1, func(e *Engine, t *py.Thread, a []string) (any, error) {
		return transform.Cell(a[0])
	})
	method("show_usage", 0, func(e *Engine, t *py.Thread, a []string) (any, error) {
		e.sh.Page(usageText)
		return nil, nil
	})
	py.AddGetter(shellType, "user_ns", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.AsPtr[shellObj](v).e.ns.V(), nil
	})
	py.AddGetter(shellType, "execution_count", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.MakeInt(int64(py.AsPtr[shellObj](v).e.req.ExecutionCount)), nil
	})
}

const usageText = `bytepy -- an IPython-style kernel for Python 3.7 bytecode.

obj?, obj??  help on obj (?? adds the source)
%magic       how magics work; %lsmagic lists them
!cmd         run a shell command; x = !cmd keeps its output lines
`

func newShellObject(e *Engine) py.Value {
	o := &shellObj{e: e}
	o.SetType(shellType)
	return py.FromPtr(o)
}

// splitMagic is the legacy magic("name args") argument split.
func splitMagic(s string) (string, string) {
	for len(s) > 0 && s[0] == '%' {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// excErr is a Python exception as a Go error (nil stays nil).
func excErr(exc *py.Exception) error {
	if exc == nil {
		return nil
	}
	return &vm.PyError{Exc: exc}
}

// toException makes a magic's or the shell's error a Python exception:
// VM errors are already one; a UsageError and the magics' own PyErrors
// become instances of the classes they name; syntax errors from compiling
// a cell are SyntaxErrors.
func (e *Engine) toException(t *py.Thread, err error) *py.Exception {
	var pe *vm.PyError
	var ue *magics.UsageError
	var me *magics.PyError
	var se *syntax.Error
	var ie *transform.IndentError
	switch {
	case errors.As(err, &pe):
		return pe.Exc
	case errors.As(err, &ue):
		return e.ipythonError(t, "UsageError", ue.Msg)
	case errors.As(err, &me):
		if cls, ok := e.it.Builtins.GetStr(me.Type); ok && py.IsType(cls) {
			v, exc := py.Call(t, cls, []py.Value{py.NewStr(me.Msg)}, nil)
			if exc != nil {
				return exc
			}
			if py.IsException(v) {
				return py.AsException(v)
			}
		}
		return py.Errorf(py.RuntimeErrorType, "%s", me.Error())
	case errors.As(err, &se):
		return vm.SyntaxErrorFrom(se)
	case errors.As(err, &ie):
		// tokenize's IndentationError, as IPython lets it escape.
		indent := len(ie.Text) - len(strings.TrimLeft(ie.Text, " \t"))
		return vm.SyntaxErrorFrom(&syntax.Error{Kind: "IndentationError", Msg: ie.Error(),
			Filename: "<tokenize>", Lineno: ie.Line, Offset: indent, Text: ie.Text})
	}
	return py.Errorf(py.SystemErrorType, "%s", err.Error())
}

// toPython is a magic's result (the Go types Shell.RunLineMagic lists)
// as a Python value.
func (e *Engine) toPython(t *py.Thread, r any) (py.Value, *py.Exception) {
	switch r := r.(type) {
	case nil:
		return py.None, nil
	case py.Value:
		if r.IsNull() {
			return py.None, nil
		}
		return r, nil
	case string:
		return py.NewStr(r), nil
	case magics.Text:
		return e.newObject(t, "IPython.core.magics.execution", "MagicsDisplay", py.NewStr(string(r)))
	case []string:
		items := make([]py.Value, len(r))
		for i, s := range r {
			items[i] = py.NewStr(s)
		}
		return py.NewList(items), nil
	case map[string]string:
		d := py.NewDict()
		for _, k := range sortedKeys(r) {
			d.SetStr(k, py.NewStr(r[k]))
		}
		return d.V(), nil
	case *magics.TimeitResult:
		floats := func(xs []float64) py.Value {
			items := make([]py.Value, len(xs))
			for i, x := range xs {
				items[i] = py.MakeFloat(x)
			}
			return py.NewList(items)
		}
		return e.newObject(t, "IPython.core.magics.execution", "TimeitResult",
			py.MakeInt(int64(r.Loops)), py.MakeInt(int64(r.Repeat)), py.MakeFloat(r.Best), py.MakeFloat(r.Worst),
			floats(r.AllRuns), py.MakeFloat(r.CompileTime), py.MakeInt(int64(r.Precision)),
			floats(r.Timings), py.MakeFloat(r.Average()), py.MakeFloat(r.Stdev()), py.NewStr(r.String()))
	case *magics.CapturedIO:
		outs := append([]py.Value(nil), valuesOf(r.Outputs)...)
		return e.newObject(t, "IPython.utils.capture", "CapturedIO",
			py.NewStr(r.Stdout), py.NewStr(r.Stderr), py.NewList(outs))
	case int:
		return py.MakeInt(int64(r)), nil
	case float64:
		return py.MakeFloat(r), nil
	case bool:
		return py.MakeBool(r), nil
	}
	return py.Null, py.Errorf(py.SystemErrorType, "bytepy: a magic returned a %T", r)
}

func valuesOf(vs []any) []py.Value {
	out := make([]py.Value, 0, len(vs))
	for _, v := range vs {
		if pv, ok := v.(py.Value); ok {
			out = append(out, pv)
		}
	}
	return out
}

// newObject is module.cls(*args).
func (e *Engine) newObject(t *py.Thread, module, cls string, args ...py.Value) (py.Value, *py.Exception) {
	c, err := importAttr(t, e.it, module, cls)
	if err != nil {
		return py.Null, err
	}
	return py.Call(t, c, args, nil)
}
