package mathmod

import (
	"math"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("math", func(it *vm.Interp, m *py.Module) error {
		m.Set("pi", py.MakeFloat(math.Pi))
		m.Set("e", py.MakeFloat(math.E))
		m.Set("tau", py.MakeFloat(2*math.Pi))
		m.Set("inf", py.MakeFloat(math.Inf(1)))
		m.Set("nan", py.MakeFloat(math.NaN()))
		for name, f := range functions() {
			m.Set(name, py.NewBuiltin(name, f))
		}
		return nil
	})
}

// functions is the module's callable table.
func functions() map[string]fn {
	fs := map[string]fn{
		"ceil": ceil, "floor": floor, "trunc": trunc, "factorial": factorial,
		"gcd": gcd, "fsum": fsum, "isclose": isclose, "frexp": frexp,
		"ldexp": ldexp, "modf": modf, "log": logFn, "pow": pow,
		"isfinite": pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		"isinf":    pred("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"isnan":    pred("isnan", math.IsNaN),
		"log2":     logN("log2", libm.Log2),
		"log10":    logN("log10", libm.Log10),
		"gamma":    errnoFn("gamma", tgamma),
		"lgamma":   errnoFn("lgamma", lgamma),
	}
	for _, f := range []struct {
		name        string
		f           func(float64) float64
		canOverflow bool
	}{
		{"acos", libm.Acos, false}, {"acosh", libm.Acosh, false}, {"asin", libm.Asin, false},
		{"asinh", libm.Asinh, false}, {"atan", libm.Atan, false}, {"atanh", libm.Atanh, false},
		{"cos", libm.Cos, false}, {"cosh", libm.Cosh, true}, {"erf", libm.Erf, false},
		{"erfc", libm.Erfc, false}, {"exp", libm.Exp, true}, {"expm1", libm.Expm1, true},
		{"fabs", math.Abs, false}, {"log1p", libm.Log1p, false}, {"sin", libm.Sin, false},
		{"sinh", libm.Sinh, true}, {"sqrt", math.Sqrt, false}, {"tan", libm.Tan, false},
		{"tanh", libm.Tanh, false},
	} {
		fs[f.name] = unary(f.name, f.f, f.canOverflow)
	}
	// degrees and radians only scale, and never report an error.
	// The factors are divided in float64 at run time, as C does; a Go
	// constant expression would round the exact quotient instead.
	pi := math.Pi
	fs["degrees"] = scale("degrees", 180.0/pi)
	fs["radians"] = scale("radians", pi/180.0)
	for _, f := range []struct {
		name string
		f    func(x, y float64) float64
	}{
		{"atan2", libm.Atan2}, {"copysign", math.Copysign}, {"fmod", fmod},
		{"hypot", libm.Hypot}, {"remainder", remainder},
	} {
		fs[f.name] = binary(f.name, f.f)
	}
	return fs
}

func domainError() *py.Exception { return py.NewValueError("math domain error") }
func rangeError() *py.Exception  { return py.Errorf(py.OverflowErrorType, "math range error") }

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// unary is CPython's math_1: a NaN out of a non-NaN is a domain error, an
// infinity out of a finite number is a range error when the function can
// overflow and a domain error (a pole, like atanh(1)) otherwise.
func unary(name string, f func(float64) float64, canOverflow bool) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		x, err := libm.ToFloat(t, a[0])
		if err != nil {
			return py.Null, err
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return py.Null, domainError()
		}
		if math.IsInf(r, 0) && isFinite(x) {
			if canOverflow {
				return py.Null, rangeError()
			}
			return py.Null, domainError()
		}
		return py.MakeFloat(r), nil
	}
}

func scale(name string, k float64) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		x, err := libm.ToFloat(t, a[0])
		if err != nil {
			return py.Null, err
		}
		return py.MakeFloat(x * k), nil
	}
}

// binary is CPython's math_2.
func binary(name string, f func(x, y float64) float64) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		x, y, err := twoFloats(t, name, a, kw)
		if err != nil {
			return py.Null, err
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return py.Null, domainError()
		}
		if math.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			return py.Null, rangeError()
		}
		return py.MakeFloat(r), nil
	}
}

// errFn returns a result plus the errno-style verdict of CPython's
// hand-written functions (gamma, lgamma).
type errFn func(float64) (float64, errno)

type errno int

const (
	ok errno = iota
	edom
	erange
)

// errnoFn is math_1a: the function reports its own errors.
func errnoFn(name string, f errFn) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		x, err := libm.ToFloat(t, a[0])
		if err != nil {
			return py.Null, err
		}
		r, e := f(x)
		switch {
		case e == edom:
			return py.Null, domainError()
		case e == erange && math.Abs(r) >= 1.5:
			return py.Null, rangeError()
		}
		return py.MakeFloat(r), nil
	}
}

func pred(name string, f func(float64) bool) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		x, err := libm.ToFloat(t, a[0])
		if err != nil {
			return py.Null, err
		}
		return py.MakeBool(f(x)), nil
	}
}

// oneArg checks a METH_O function's call.

// clinicTwo are the two-argument functions that 3.7 parses with
// PyArg_ParseTuple (the others use PyArg_UnpackTuple, worded differently).
var clinicTwo = map[string]bool{"fmod": true, "hypot": true, "pow": true, "ldexp": true}

// twoArgs checks a two-positional-argument call.
func twoArgs(name string, a []py.Value, kw []string) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(a) != 2 {
		if clinicTwo[name] {
			return py.Errorf(py.TypeErrorType, "%s() takes exactly 2 arguments (%d given)", name, len(a))
		}
		return py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", name, len(a))
	}
	return nil
}

func twoFloats(t *py.Thread, name string, a []py.Value, kw []string) (float64, float64, *py.Exception) {
	if err := twoArgs(name, a, kw); err != nil {
		return 0, 0, err
	}
	x, err := libm.ToFloat(t, a[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := libm.ToFloat(t, a[1])
	return x, y, err
}

// fmod keeps C's fmod(x, ±inf) == x, which Go's Mod also does, and
// reports fmod(inf, y) as NaN (a domain error).
func fmod(x, y float64) float64 {
	if math.IsInf(y, 0) && isFinite(x) {
		return x
	}
	return math.Mod(x, y)
}

// remainder is IEEE 754 remainder with CPython's special cases.
func remainder(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if math.IsInf(x, 0) || y == 0 {
		return math.NaN()
	}
	if math.IsInf(y, 0) {
		return x
	}
	return math.Remainder(x, y)
}
