package mathmod

import (
	"math"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"math/big"

	"github.com/bytepy/bytepy/interp/py"
)

// cLog is C's log with CPython's m_log error conventions folded in:
// NaN for x < 0 and -inf for 0 both become domain errors.
func logOf(t *py.Thread, v py.Value, f func(float64) float64) (float64, *py.Exception) {
	if py.IsIntLike(v) {
		if v.IsInt() || v.IsBool() {
			if v.Int() <= 0 {
				return 0, domainError()
			}
			return f(float64(v.Int())), nil
		}
		b := py.BigOf(v)
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		// Too big for a float: log(m * 2**e) = log(m) + e*log(2), with m
		// rounded to 53 bits as _PyLong_Frexp does.
		bf := new(big.Float).SetInt(b)
		if x, _ := bf.Float64(); !math.IsInf(x, 0) {
			return f(x), nil
		}
		m := new(big.Float).SetPrec(53)
		e := bf.MantExp(m)
		x, _ := m.Float64()
		return f(x) + f(2.0)*float64(e), nil
	}
	x, err := libm.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	switch {
	case math.IsNaN(x):
		return x, nil
	case x <= 0:
		return 0, domainError()
	}
	return f(x), nil
}

func logFn(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "log() takes no keyword arguments")
	}
	if len(a) < 1 || len(a) > 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, a[0], libm.Log)
	if err != nil || len(a) == 1 {
		return py.MakeFloat(num), err
	}
	den, err := logOf(t, a[1], libm.Log)
	if err != nil {
		return py.Null, err
	}
	if den == 0 {
		return py.Null, py.Errorf(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.MakeFloat(num / den), nil
}

func logN(name string, f func(float64) float64) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		r, err := logOf(t, a[0], f)
		if err != nil {
			return py.Null, err
		}
		return py.MakeFloat(r), nil
	}
}

// pow settles the non-finite cases itself, as CPython does, and leaves
// finite**finite to the library.
func pow(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	x, y, err := twoFloats(t, "pow", a, kw)
	if err != nil {
		return py.Null, err
	}
	var r float64
	switch {
	case math.IsNaN(x):
		r = x
		if y == 0 {
			r = 1
		}
	case math.IsNaN(y):
		r = y
		if x == 1 {
			r = 1
		}
	case math.IsInf(x, 0):
		oddY := isFinite(y) && math.Mod(math.Abs(y), 2) == 1
		switch {
		case y > 0:
			r = math.Abs(x)
			if oddY {
				r = x
			}
		case y == 0:
			r = 1
		default:
			r = 0
			if oddY {
				r = math.Copysign(0, x)
			}
		}
	case math.IsInf(y, 0):
		switch {
		case math.Abs(x) == 1:
			r = 1
		case y > 0 && math.Abs(x) > 1:
			r = y
		case y < 0 && math.Abs(x) < 1:
			if x == 0 {
				// 0 ** -inf divides by zero.
				return py.Null, domainError()
			}
			r = -y
		default:
			r = 0
		}
	default:
		r = libm.Pow(x, y)
		if math.IsNaN(r) {
			return py.Null, domainError()
		}
		if math.IsInf(r, 0) {
			if x == 0 {
				return py.Null, domainError()
			}
			return py.Null, rangeError()
		}
	}
	return py.MakeFloat(r), nil
}
