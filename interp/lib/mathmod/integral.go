package mathmod

import (
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"math"
	"math/big"

	"github.com/bytepy/bytepy/interp/py"
)

// rounding calls the __ceil__/__floor__ of v's type when it has one (3.7's
// int does, returning a plain int; float does not), else rounds the float
// value and converts it to an int of whatever size it needs.
func rounding(name, dunder string, f func(float64) float64) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := libm.OneArg(name, a, kw); err != nil {
			return py.Null, err
		}
		v := a[0]
		if v.IsInt() || v.IsBool() {
			return py.MakeInt(v.Int()), nil
		}
		if py.IsIntLike(v) {
			return py.IndexValue(t, v)
		}
		if v.Type().User {
			m, err := py.LookupSpecial(t, v, dunder)
			if err != nil {
				return py.Null, err
			}
			if !m.IsNull() {
				return py.Call(t, m, nil, nil)
			}
		}
		x, err := libm.ToFloat(t, v)
		if err != nil {
			return py.Null, err
		}
		return py.FloatToInt(f(x))
	}
}

var (
	ceil  = rounding("ceil", "__ceil__", math.Ceil)
	floor = rounding("floor", "__floor__", math.Floor)
)

func trunc(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("trunc", a, kw); err != nil {
		return py.Null, err
	}
	v := a[0]
	switch {
	case v.IsInt() || v.IsBool():
		return py.MakeInt(v.Int()), nil
	case v.IsFloat():
		return py.FloatToInt(v.Float())
	case py.IsIntLike(v) && !v.Type().User:
		return py.IndexValue(t, v)
	}
	m, err := py.LookupSpecial(t, v, "__trunc__")
	if err != nil {
		return py.Null, err
	}
	if m.IsNull() {
		if py.IsInstance(v, py.FloatType) {
			f, err := py.ToFloat(t, v)
			if err != nil {
				return py.Null, err
			}
			return py.FloatToInt(f)
		}
		return py.Null, py.Errorf(py.TypeErrorType, "type %s doesn't define __trunc__ method", py.TypeName(v))
	}
	return py.Call(t, m, nil, nil)
}

func factorial(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("factorial", a, kw); err != nil {
		return py.Null, err
	}
	v := a[0]
	var n py.Value
	if py.IsInstance(v, py.FloatType) {
		x, err := py.ToFloat(t, v)
		if err != nil {
			return py.Null, err
		}
		if !isFinite(x) || x != math.Floor(x) {
			return py.Null, py.NewValueError("factorial() only accepts integral values")
		}
		if n, err = py.FloatToInt(x); err != nil {
			return py.Null, err
		}
	} else if v.IsBool() {
		n = py.MakeInt(v.Int())
	} else if py.IsIntLike(v) {
		n = v
	} else if v.Type().ToInt != nil {
		// 3.7 converts with __int__ (PyLong_AsLongAndOverflow).
		var err *py.Exception
		if n, err = v.Type().ToInt(t, v); err != nil {
			return py.Null, err
		}
	} else {
		return py.Null, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(v))
	}
	if !n.IsInt() {
		if py.BigOf(n).Sign() < 0 {
			return py.Null, py.NewValueError("factorial() not defined for negative values")
		}
		return py.Null, py.Errorf(py.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	x := n.Int()
	if x < 0 {
		return py.Null, py.NewValueError("factorial() not defined for negative values")
	}
	if x <= 20 {
		r := int64(1)
		for i := int64(2); i <= x; i++ {
			r *= i
		}
		return py.MakeInt(r), nil
	}
	return py.MakeBigInt(new(big.Int).MulRange(1, x)), nil
}

func gcd(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := twoArgs("gcd", a, kw); err != nil {
		return py.Null, err
	}
	x, err := py.IndexValue(t, a[0])
	if err != nil {
		return py.Null, err
	}
	y, err := py.IndexValue(t, a[1])
	if err != nil {
		return py.Null, err
	}
	if x.IsInt() && y.IsInt() && x.Int() != math.MinInt64 && y.Int() != math.MinInt64 {
		p, q := x.Int(), y.Int()
		if p < 0 {
			p = -p
		}
		if q < 0 {
			q = -q
		}
		for q != 0 {
			p, q = q, p%q
		}
		return py.MakeInt(p), nil
	}
	return py.MakeBigInt(new(big.Int).GCD(nil, nil, new(big.Int).Abs(py.BigOf(x)), new(big.Int).Abs(py.BigOf(y)))), nil
}

func frexp(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("frexp", a, kw); err != nil {
		return py.Null, err
	}
	x, err := libm.ToFloat(t, a[0])
	if err != nil {
		return py.Null, err
	}
	if !isFinite(x) || x == 0 {
		return py.Tuple2(py.MakeFloat(x), py.MakeInt(0)), nil
	}
	m, e := math.Frexp(x)
	return py.Tuple2(py.MakeFloat(m), py.MakeInt(int64(e))), nil
}

func ldexp(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := twoArgs("ldexp", a, kw); err != nil {
		return py.Null, err
	}
	x, err := libm.ToFloat(t, a[0])
	if err != nil {
		return py.Null, err
	}
	if !py.IsIntLike(a[1]) {
		return py.Null, py.Errorf(py.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	// Exponents beyond any float's range saturate; the result is then 0
	// or an overflow, whatever the exact size.
	var e int64
	if a[1].IsInt() || a[1].IsBool() {
		e = a[1].Int()
	} else if py.BigOf(a[1]).Sign() > 0 {
		e = math.MaxInt64
	} else {
		e = math.MinInt64
	}
	if x == 0 || !isFinite(x) {
		return py.MakeFloat(x), nil
	}
	if e > 5000 {
		return py.Null, rangeError()
	}
	if e < -5000 {
		return py.MakeFloat(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return py.Null, rangeError()
	}
	return py.MakeFloat(r), nil
}

func modf(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("modf", a, kw); err != nil {
		return py.Null, err
	}
	x, err := libm.ToFloat(t, a[0])
	if err != nil {
		return py.Null, err
	}
	if math.IsInf(x, 0) {
		return py.Tuple2(py.MakeFloat(math.Copysign(0, x)), py.MakeFloat(x)), nil
	}
	i, f := math.Modf(x)
	return py.Tuple2(py.MakeFloat(f), py.MakeFloat(i)), nil
}

func isclose(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	x, y, rel, abs, err := libm.CloseArgs(t, a, kw, libm.ToFloat)
	if err != nil {
		return py.Null, err
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.False, nil
	}
	d := math.Abs(y - x)
	return py.MakeBool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
}
