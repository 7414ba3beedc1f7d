package cmathmod

import (
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"math"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("cmath", func(it *vm.Interp, m *py.Module) error {
		m.Set("pi", py.MakeFloat(math.Pi))
		m.Set("e", py.MakeFloat(math.E))
		m.Set("tau", py.MakeFloat(2*math.Pi))
		m.Set("inf", py.MakeFloat(pinf))
		m.Set("infj", py.MakeComplex(complex(0, pinf)))
		m.Set("nan", py.MakeFloat(nan))
		m.Set("nanj", py.MakeComplex(complex(0, nan)))
		for name, f := range map[string]func(complex128) (complex128, errno){
			"sqrt": cSqrt, "exp": cExp, "log10": cLog10,
			"acos": cAcos, "acosh": cAcosh, "asinh": cAsinh, "atanh": cAtanh,
			"asin": viaRotation(cAsinh), "atan": viaRotation(cAtanh),
			"cos": func(z complex128) (complex128, errno) { return cCosh(rotate(z)) },
			"sin": viaRotation(cSinh), "tan": viaRotation(cTanh),
			"cosh": cCosh, "sinh": cSinh, "tanh": cTanh,
		} {
			m.Set(name, py.NewBuiltin(name, unary(name, f)))
		}
		for name, f := range map[string]fn{
			"log": logFn, "phase": phaseFn, "polar": polarFn, "rect": rectFn, "isclose": isclose,
			"isfinite": pred("isfinite", func(z complex128) bool { return finite(real(z)) && finite(imag(z)) }),
			"isinf":    pred("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }),
			"isnan":    pred("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }),
		} {
			m.Set(name, py.NewBuiltin(name, f))
		}
		return nil
	})
}

func mathError(e errno) *py.Exception {
	if e == erange {
		return py.Errorf(py.OverflowErrorType, "math range error")
	}
	return py.NewValueError("math domain error")
}

// toComplex is PyComplex_AsCComplex: a complex, a __complex__, or a real
// number.
func toComplex(t *py.Thread, v py.Value) (complex128, *py.Exception) {
	if v.IsFloat() {
		return complex(v.Float(), 0), nil
	}
	if py.IsInstance(v, py.ComplexType) && !v.Type().User {
		return py.ComplexOf(v), nil
	}
	if m, err := py.LookupSpecial(t, v, "__complex__"); err != nil || !m.IsNull() {
		if err != nil {
			return 0, err
		}
		r, err := py.Call(t, m, nil, nil)
		if err != nil {
			return 0, err
		}
		if !py.IsInstance(r, py.ComplexType) {
			return 0, py.Errorf(py.TypeErrorType, "__complex__ should return a complex object")
		}
		return py.ComplexOf(r), nil
	}
	if py.IsInstance(v, py.ComplexType) {
		return py.ComplexOf(v), nil
	}
	f, err := libm.ToFloat(t, v)
	return complex(f, 0), err
}

func unary(name string, f func(complex128) (complex128, errno)) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		z, err := toComplex(t, a[0])
		if err != nil {
			return py.Null, err
		}
		r, e := f(z)
		if e != ok {
			return py.Null, mathError(e)
		}
		return py.MakeComplex(r), nil
	}
}

func pred(name string, f func(complex128) bool) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		z, err := toComplex(t, a[0])
		if err != nil {
			return py.Null, err
		}
		return py.MakeBool(f(z)), nil
	}
}

func logFn(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "log() takes no keyword arguments")
	}
	if len(a) < 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "log() takes at least 1 argument (0 given)")
	}
	if len(a) > 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "log() takes at most 2 arguments (%d given)", len(a))
	}
	z, err := toComplex(t, a[0])
	if err != nil {
		return py.Null, err
	}
	r, e := cLog(z)
	if len(a) == 2 {
		base, err := toComplex(t, a[1])
		if err != nil {
			return py.Null, err
		}
		// As in CPython, the base's log overwrites the verdict on x, and
		// only a zero divisor is an error after that.
		var lb complex128
		lb, e = cLog(base)
		var qe errno
		r, qe = quot(r, lb)
		if qe != ok {
			e = qe
		}
	}
	if e != ok {
		return py.Null, mathError(e)
	}
	return py.MakeComplex(r), nil
}

func phaseFn(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("phase", a, kw); err != nil {
		return py.Null, err
	}
	z, err := toComplex(t, a[0])
	if err != nil {
		return py.Null, err
	}
	return py.MakeFloat(phase(z)), nil
}

func polarFn(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("polar", a, kw); err != nil {
		return py.Null, err
	}
	z, err := toComplex(t, a[0])
	if err != nil {
		return py.Null, err
	}
	phi := phase(z)
	r, e := abs(z)
	if e != ok {
		return py.Null, mathError(e)
	}
	return py.Tuple2(py.MakeFloat(r), py.MakeFloat(phi)), nil
}

func rectFn(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "rect() takes no keyword arguments")
	}
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "rect() takes exactly 2 arguments (%d given)", len(a))
	}
	r, err := libm.ToFloat(t, a[0])
	if err != nil {
		return py.Null, err
	}
	phi, err := libm.ToFloat(t, a[1])
	if err != nil {
		return py.Null, err
	}
	z, e := rect(r, phi)
	if e != ok {
		return py.Null, mathError(e)
	}
	return py.MakeComplex(z), nil
}

func isclose(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	x, y, rel, absTol, err := libm.CloseArgs(t, a, kw, toComplex)
	if err != nil {
		return py.Null, err
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return py.False, nil
	}
	d, _ := abs(y - x)
	ax, _ := abs(x)
	ay, _ := abs(y)
	return py.MakeBool(d <= rel*ay || d <= rel*ax || d <= absTol), nil
}
