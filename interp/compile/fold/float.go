package fold

import (
	"math"
	"math/big"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// floatArith is floatobject.c's arithmetic. Go's float64 +, -, *, / and
// math.Mod are IEEE operations like C's, so results match bit for bit.
func floatArith(op ast.Operator, a, b float64) (constant.Value, bool) {
	switch op {
	case ast.Add:
		return constant.Float(a + b), true
	case ast.Sub:
		return constant.Float(a - b), true
	case ast.Mult:
		return constant.Float(a * b), true
	case ast.Div:
		if b == 0 {
			return nil, false
		}
		return constant.Float(a / b), true
	case ast.FloorDiv:
		if b == 0 {
			return nil, false
		}
		q, _ := floatDivMod(a, b)
		return constant.Float(q), true
	case ast.Mod:
		if b == 0 {
			return nil, false
		}
		return constant.Float(floatMod(a, b)), true
	case ast.Pow:
		return floatPow(a, b)
	}
	return nil, false // shifts and bit operations take ints only
}

// floatMod is float_rem: fmod, then moved into the divisor's sign.
func floatMod(vx, wx float64) float64 {
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod
}

// floatDivMod is float_divmod; it returns the floor quotient and modulus.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// isOddInteger is DOUBLE_IS_ODD_INTEGER.
func isOddInteger(x float64) bool { return math.Mod(math.Abs(x), 2.0) == 1.0 }

// floatPow is float_pow with its special cases, which CPython sorts out
// itself rather than trusting the platform's pow().
func floatPow(iv, iw float64) (constant.Value, bool) {
	switch {
	case iw == 0:
		return constant.Float(1.0), true
	case math.IsNaN(iv):
		return constant.Float(iv), true
	case math.IsNaN(iw):
		if iv == 1.0 {
			return constant.Float(1.0), true
		}
		return constant.Float(iw), true
	case math.IsInf(iw, 0):
		iv = math.Abs(iv)
		if iv == 1.0 {
			return constant.Float(1.0), true
		}
		if (iw > 0) == (iv > 1.0) {
			return constant.Float(math.Abs(iw)), true
		}
		return constant.Float(0.0), true
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return constant.Float(iv), true
			}
			return constant.Float(math.Abs(iv)), true
		}
		if odd {
			return constant.Float(math.Copysign(0, iv)), true
		}
		return constant.Float(0.0), true
	case iv == 0:
		if iw < 0 {
			return nil, false // ZeroDivisionError
		}
		if isOddInteger(iw) {
			return constant.Float(iv), true
		}
		return constant.Float(0.0), true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			// A negative number to a fractional power is complex.
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return constant.Float(-1.0), true
		}
		return constant.Float(1.0), true
	}
	ix := libmPow(iv, iw)
	if math.IsInf(ix, 0) {
		return nil, false // OverflowError
	}
	if negate {
		ix = -ix
	}
	return constant.Float(ix), true
}

// libmPow stands in for the C library's pow(x, y), x > 0 finite and not 1,
// y finite and nonzero: integral exponents of moderate size are computed
// exactly and rounded once, y = 0.5 is the (correctly rounded) square
// root, and the rest goes through crPow (libm.go).
func libmPow(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 1024 {
		return exactPow(x, int(y))
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	return crPow(x, y)
}

// exactPow returns x**n rounded once to the nearest double.
func exactPow(x float64, n int) float64 {
	r := new(big.Rat).SetFloat64(x)
	neg := n < 0
	if neg {
		n = -n
	}
	num := new(big.Int).Exp(r.Num(), big.NewInt(int64(n)), nil)
	den := new(big.Int).Exp(r.Denom(), big.NewInt(int64(n)), nil)
	if neg {
		num, den = den, num
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}
