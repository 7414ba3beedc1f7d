package engine

import (
	"io"
	"sort"
	"strings"
	"time"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/magics"
)

// vmInterp is the VM's side of magics.Interp: every method runs Python
// through Engine.inVM, so it works both from a magic that Python called
// (re-entrantly) and from Go with nothing running.
type vmInterp struct{ e *Engine }

var _ magics.Interp = (*vmInterp)(nil)

func (v *vmInterp) Stdout() io.Writer { return v.e.it.Stdout }
func (v *vmInterp) Stderr() io.Writer { return v.e.it.Stderr }

func (v *vmInterp) Exec(co *code.Code) error {
	e := v.e
	_, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		return py.Call(t, e.it.Builtins.Must("exec"), []py.Value{py.CodeValue(co), e.ns.V()}, nil)
	})
	return err
}

func (v *vmInterp) Eval(co *code.Code) (magics.Value, error) {
	e := v.e
	r, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		return py.Call(t, e.it.Builtins.Must("eval"), []py.Value{py.CodeValue(co), e.ns.V()}, nil)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// MakeTimer is IPython's timeit set-up. The loop's iterable is a range:
// the VM runs `for _i in range(n)` without allocating, which is what
// itertools.repeat(None, n) buys CPython.
func (v *vmInterp) MakeTimer(template *code.Code, clock magics.Clock) (func(int) (float64, error), error) {
	e := v.e
	locals := py.NewDict()
	_, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		return py.Call(t, e.it.Builtins.Must("exec"), []py.Value{py.CodeValue(template), e.ns.V(), locals.V()}, nil)
	})
	if err != nil {
		return nil, err
	}
	inner, ok := locals.GetStr("inner")
	if !ok {
		return nil, &magics.PyError{Type: "KeyError", Msg: "'inner'"}
	}
	timer := clockFunc(clock)
	return func(number int) (float64, error) {
		r, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
			return py.Call(t, inner, []py.Value{py.NewRange(0, int64(number), 1), timer}, nil)
		})
		if err != nil {
			return 0, err
		}
		if r.IsInt() {
			return float64(r.Int()), nil
		}
		if !r.IsFloat() {
			return 0, &magics.PyError{Type: "TypeError", Msg: "timer returned " + py.TypeName(r)}
		}
		return r.Float(), nil
	}, nil
}

var processStart = time.Now()

// clockFunc is the Python callable %timeit passes as _timer.
func clockFunc(c magics.Clock) py.Value {
	switch c {
	case magics.WallClock:
		return py.NewBuiltin("time", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
			return py.MakeFloat(float64(time.Now().UnixNano()) / 1e9), nil
		})
	case magics.ProcessTime:
		return py.NewBuiltin("process_time", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
			return py.MakeFloat(magics.HostClocks{}.Process()), nil
		})
	}
	return py.NewBuiltin("perf_counter", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
		return py.MakeFloat(time.Since(processStart).Seconds()), nil
	})
}

// Disassembly is what dis.dis(x) works on, by x's kind.
func (v *vmInterp) Disassembly(x magics.Value) (magics.DisTarget, error) {
	pv, ok := x.(py.Value)
	if !ok {
		return magics.DisTarget{}, &magics.PyError{Type: "TypeError", Msg: "don't know how to disassemble objects"}
	}
	var target magics.DisTarget
	_, err := v.e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		var exc *py.Exception
		target, exc = disTarget(t, pv, true)
		return py.None, exc
	})
	return target, err
}

func disTarget(t *py.Thread, x py.Value, recurse bool) (magics.DisTarget, *py.Exception) {
	switch typ := x.Type(); {
	case typ == py.MethodType:
		return disTarget(t, py.AsBoundMethod(x).Func, recurse)
	case typ == py.FunctionType:
		return magics.DisTarget{Code: py.AsFunction(x).Code}, nil
	case typ == py.CodeType:
		return magics.DisTarget{Code: py.AsCode(x)}, nil
	case typ == py.ClassMethodType:
		return disTarget(t, py.AsPtr[py.ClassMethod](x).F, recurse)
	case typ == py.StaticMethodType:
		return disTarget(t, py.AsPtr[py.StaticMethod](x).F, recurse)
	case typ.Name == "generator" || typ.Name == "coroutine" || typ.Name == "async_generator":
		attr := map[string]string{"generator": "gi_code", "coroutine": "cr_code", "async_generator": "ag_code"}[typ.Name]
		co, err := py.GetAttrS(t, x, attr)
		if err != nil {
			return magics.DisTarget{}, err
		}
		return disTarget(t, co, recurse)
	case py.IsStr(x):
		s := py.StrOf(x)
		return magics.DisTarget{Source: &s}, nil
	case typ == py.BytesType || typ.Name == "bytearray":
		b, _ := py.BytesOf(x)
		return magics.DisTarget{Bytes: append([]byte{}, b...)}, nil
	case recurse && (py.IsType(x) || typ == py.ModuleType):
		var d *py.Dict
		if py.IsType(x) {
			d = py.AsType(x).Dict()
		} else {
			d = py.AsModule(x).Dict
		}
		var members []magics.DisMember
		var names []string
		vals := map[string]py.Value{}
		d.Range(func(k, val py.Value) bool {
			if py.IsStr(k) {
				names = append(names, py.StrOf(k))
				vals[py.StrOf(k)] = val
			}
			return true
		})
		sort.Strings(names)
		for _, n := range names {
			val := vals[n]
			vt := val.Type()
			if vt != py.MethodType && vt != py.FunctionType && vt != py.CodeType && vt != py.ClassMethodType &&
				vt != py.StaticMethodType && !py.IsType(val) {
				continue
			}
			m := magics.DisMember{Name: n}
			tgt, err := disTarget(t, val, true)
			if err != nil {
				m.Err = &vm.PyError{Exc: err}
			} else {
				m.Target = tgt
			}
			members = append(members, m)
		}
		if members == nil {
			members = []magics.DisMember{}
		}
		return magics.DisTarget{Members: members}, nil
	}
	return magics.DisTarget{}, py.Errorf(py.TypeErrorType, "don't know how to disassemble %s objects", py.TypeName(x))
}

func (v *vmInterp) Repr(x magics.Value) (string, error) { return v.text(x, py.Repr) }
func (v *vmInterp) Str(x magics.Value) (string, error)  { return v.text(x, py.Str_) }

func (v *vmInterp) text(x magics.Value, f func(*py.Thread, py.Value) (string, *py.Exception)) (string, error) {
	var s string
	_, err := v.e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		pv, exc := v.e.toPython(t, x)
		if exc != nil {
			return py.Null, exc
		}
		s, exc = f(t, pv)
		return py.None, exc
	})
	return s, err
}

// UserVars is user_ns minus user_ns_hidden, in insertion order. Names
// that start with "_" are left out, so the lazy _iN ones are not made.
func (v *vmInterp) UserVars() []magics.Var {
	e := v.e
	var out []magics.Var
	e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		e.ns.RangeMade(func(k, val py.Value) bool {
			if !py.IsStr(k) {
				return true
			}
			name := py.StrOf(k)
			if strings.HasPrefix(name, "_") || e.hidden[name] {
				return true
			}
			vr := magics.Var{Name: name, Type: py.TypeName(val)}
			if py.IsType(val) {
				vr.Type = "type"
			}
			if s, err := py.Str_(t, val); err == nil {
				vr.Str = s
			} else {
				vr.Str = "<object with id " + py.IntString(py.MakeInt(py.IDOf(val))) + " (str() failed)>"
			}
			switch vr.Type {
			case "dict", "list", "tuple":
				vr.Len, _ = py.Len(t, val)
			}
			out = append(out, vr)
			return true
		})
		return py.None, nil
	})
	return out
}

func (v *vmInterp) ResetUser() error {
	e := v.e
	e.resetNamespace()
	e.hist.Reset()
	return nil
}

func (v *vmInterp) SetVar(name string, x any) error {
	e := v.e
	_, err := e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		pv, exc := e.toPython(t, x)
		if exc != nil {
			return py.Null, exc
		}
		e.ns.SetStr(name, pv)
		return py.None, nil
	})
	return err
}

func (v *vmInterp) Capture(fn func() error, stdout, stderr, display bool) (*magics.CapturedIO, error) {
	e := v.e
	c := &capture{stdout: stdout, stderr: stderr, display: display}
	e.captures = append(e.captures, c)
	err := fn()
	e.captures = e.captures[:len(e.captures)-1]
	io := &magics.CapturedIO{Stdout: string(c.out), Stderr: string(c.err)}
	for _, o := range c.outputs {
		io.Outputs = append(io.Outputs, o)
	}
	return io, err
}

// ShowTraceback prints an exception as the kernel shows a failed cell's,
// on stderr: the cell goes on (an Output has no error channel of its own).
func (v *vmInterp) ShowTraceback(err error) {
	e := v.e
	e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		ke := e.formatError(t, e.toException(t, err))
		io.WriteString(e.it.Stderr, strings.Join(ke.Traceback, "\n")+"\n")
		return py.None, nil
	})
}

func (v *vmInterp) Clock() magics.Clocks { return magics.HostClocks{} }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
