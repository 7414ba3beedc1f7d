package fold

import (
	"math"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// complexArith is complexobject.c's arithmetic. Products are written out
// with explicit float64 conversions so that no platform fuses them into an
// FMA, which C (compiled as CPython is) does not do either.
func complexArith(op ast.Operator, a, b complex128) (constant.Value, bool) {
	switch op {
	case ast.Add:
		return constant.Complex(complex(real(a)+real(b), imag(a)+imag(b))), true
	case ast.Sub:
		return constant.Complex(complex(real(a)-real(b), imag(a)-imag(b))), true
	case ast.Mult:
		return constant.Complex(cProd(a, b)), true
	case ast.Div:
		q, ok := cQuot(a, b)
		if !ok {
			return nil, false
		}
		return constant.Complex(q), true
	case ast.Pow:
		return complexPow(a, b)
	}
	return nil, false // can't take floor or mod of a complex number
}

// cProd is _Py_c_prod.
func cProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot is _Py_c_quot: Smith's algorithm, scaled by the larger part of the
// divisor; false for a zero divisor (EDOM).
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

// complexPow is complex_pow: small integral exponents by repeated
// multiplication (c_powi), the rest in polar form (_Py_c_pow).
func complexPow(a, b complex128) (constant.Value, bool) {
	var p complex128
	ok := true
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) < 1<<62 {
		p, ok = cPowi(a, int64(real(b)))
	} else {
		p, ok = cPow(a, b)
	}
	if !ok || math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, false // ZeroDivisionError or OverflowError
	}
	return constant.Complex(p), true
}

// cPowu is c_powu: binary exponentiation for n >= 0.
func cPowu(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cPowi is c_powi.
func cPowi(x complex128, n int64) (complex128, bool) {
	switch {
	case n > 100 || n < -100:
		return cPow(x, complex(float64(n), 0))
	case n > 0:
		return cPowu(x, n), true
	}
	return cQuot(complex(1, 0), cPowu(x, -n))
}

// cPow is _Py_c_pow, with correctly rounded stand-ins (libm.go) for the C
// library's hypot, pow, atan2, exp, log, cos and sin.
func cPow(a, b complex128) (complex128, bool) {
	switch {
	case b == 0:
		return complex(1, 0), true
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	vabs := crHypot(real(a), imag(a))
	length := cLibPow(vabs, real(b))
	at := crAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= crExp(at * imag(b))
		phase += float64(imag(b) * crLog(vabs))
	}
	sin, cos := crSinCos(phase)
	return complex(length*cos, length*sin), true
}

// cLibPow is C's pow for the arguments cPow can pass (x > 0).
func cLibPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(y, 0) {
		return math.Pow(x, y)
	}
	return libmPow(x, y)
}
