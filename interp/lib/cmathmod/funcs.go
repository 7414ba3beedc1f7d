// Package cmathmod is Python 3.7's cmath module.
//
// The functions follow CPython's cmathmodule.c method by method, because
// bit-identical results depend on the exact formula: each reduces to a
// few real operations (sqrt, hypot, atan2, log1p, asinh from the C
// library via internal/libm), with rescaling where an intermediate could
// overflow or underflow, and the trigonometric functions defined through
// their hyperbolic twins by rotating the argument by i. When a part of the
// argument is infinite or NaN, the result comes from the C99 Annex G
// special-value tables (special_values.go, read from CPython itself), and
// errors are CPython's errno verdicts: EDOM is "math domain error"
// (ValueError), ERANGE is "math range error" (OverflowError).
package cmathmod

import (
	"math"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"
)

var (
	nan   = math.NaN()
	pinf  = math.Inf(1)
	ninf  = math.Inf(-1)
	nzero = math.Copysign(0, -1)
)

// Scaling thresholds, as CPython defines them from DBL_MAX and DBL_MIN.
const (
	dblMin   = 2.2250738585072014e-308
	ln2      = 0.6931471805599453094
	ln10     = 2.302585092994045684
	scaleUp  = 53  // 2*(DBL_MANT_DIG/2) + 1
	scaleDn  = -27 // -(scaleUp+1)/2
	mantDigs = 53
)

var (
	largeDouble     = math.MaxFloat64 / 4
	sqrtLargeDouble = math.Sqrt(largeDouble)
	sqrtDblMin      = math.Sqrt(dblMin)
)

// logLargeDouble is libm's log(DBL_MAX/4), written out: computing it at
// init was the process's first C call (binding log and the cgo call
// machinery), in every start-up. cmath_test checks it against libm.
const logLargeDouble = 708.3964185322641

type errno int

const (
	ok errno = iota
	edom
	erange
)

// class numbers a part as the special-value tables index it.
func class(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, 1):
		return 5
	case math.IsInf(x, -1):
		return 0
	case x == 0:
		if math.Signbit(x) {
			return 2
		}
		return 3
	case x < 0:
		return 1
	}
	return 4
}

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// special is the table entry for z when a part of z is not finite.
func special(z complex128, table *[7][7]complex128) (complex128, bool) {
	if finite(real(z)) && finite(imag(z)) {
		return 0, false
	}
	return table[class(real(z))][class(imag(z))], true
}

func cSqrt(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialSqrt); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), ok
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin && (ax > 0 || ay > 0) {
		// hypot(ax, ay) would be subnormal: scale up first.
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, scaleUp))), scaleDn)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+libm.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), ok
	}
	return complex(d, math.Copysign(s, y)), ok
}

// logHalfHypot is log(hypot(x, y)) for huge x or y, halving first so
// hypot cannot overflow.
func logHalfHypot(x, y float64) float64 { return libm.Log(libm.Hypot(x/2, y/2)) + ln2*2 }

func cAcos(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialAcos); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := libm.Atan2(math.Abs(y), x)
		var im float64
		if x < 0 {
			im = -math.Copysign(logHalfHypot(x, y), y)
		} else {
			im = math.Copysign(logHalfHypot(x, y), -y)
		}
		return complex(re, im), ok
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	return complex(2*libm.Atan2(real(s1), real(s2)), libm.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1))), ok
}

func cAcosh(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialAcosh); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(logHalfHypot(x, y), libm.Atan2(y, x)), ok
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	return complex(libm.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*libm.Atan2(imag(s1), real(s2))), ok
}

func cAsinh(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialAsinh); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(logHalfHypot(x, y), x)
		} else {
			re = -math.Copysign(logHalfHypot(x, y), -x)
		}
		return complex(re, libm.Atan2(y, math.Abs(x))), ok
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	return complex(libm.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)), libm.Atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))), ok
}

// rotate multiplies by i; unrotate by -i. asin, atan, sin and tan are
// their hyperbolic counterparts conjugated by these.
func rotate(z complex128) complex128   { return complex(-imag(z), real(z)) }
func unrotate(z complex128) complex128 { return complex(imag(z), -real(z)) }

func viaRotation(f func(complex128) (complex128, errno)) func(complex128) (complex128, errno) {
	return func(z complex128) (complex128, errno) {
		r, e := f(rotate(z))
		return unrotate(r), e
	}
}

func cAtanh(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialAtanh); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	if x < 0 {
		// atanh is odd: work in the right half-plane.
		r, e := cAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := libm.Hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), ok
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(pinf, y), edom
		}
		return complex(-libm.Log(math.Sqrt(ay)/math.Sqrt(libm.Hypot(ay, 2))), math.Copysign(libm.Atan2(2, -ay)/2, y)), ok
	}
	re := libm.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -libm.Atan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), ok
}

// infSigns is the (±inf ±inf i) a function of an infinite real part and
// a finite nonzero imaginary part takes, signed by cos and sin of it.
func infSigns(y, reSign, imSign float64) complex128 {
	return complex(reSign*math.Copysign(pinf, libm.Cos(y)), imSign*math.Copysign(pinf, libm.Sin(y)))
}

func overflowed(r complex128) errno {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return erange
	}
	return ok
}

func cExp(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = complex(math.Copysign(0, libm.Cos(y)), math.Copysign(0, libm.Sin(y)))
			}
		} else {
			r = specialExp[class(x)][class(y)]
		}
		if math.IsInf(y, 0) && (finite(x) || math.IsInf(x, 1)) {
			return r, edom
		}
		return r, ok
	}
	var r complex128
	if x > logLargeDouble {
		l := libm.Exp(x - 1)
		r = complex(l*libm.Cos(y)*math.E, l*libm.Sin(y)*math.E)
	} else {
		l := libm.Exp(x)
		r = complex(l*libm.Cos(y), l*libm.Sin(y))
	}
	return r, overflowed(r)
}

func cCosh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = infSigns(y, 1, -1)
			}
		} else {
			r = specialCosh[class(x)][class(y)]
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, ok
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		// cosh(x) alone would overflow although cosh(z) may not.
		m := x - math.Copysign(1, x)
		r = complex(libm.Cos(y)*libm.Cosh(m)*math.E, libm.Sin(y)*libm.Sinh(m)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Cosh(x), libm.Sin(y)*libm.Sinh(x))
	}
	return r, overflowed(r)
}

func cSinh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = infSigns(y, 1, 1)
			} else {
				r = infSigns(y, -1, 1)
			}
		} else {
			r = specialSinh[class(x)][class(y)]
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, ok
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		m := x - math.Copysign(1, x)
		r = complex(libm.Cos(y)*libm.Sinh(m)*math.E, libm.Sin(y)*libm.Cosh(m)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Sinh(x), libm.Sin(y)*libm.Cosh(x))
	}
	return r, overflowed(r)
}

func cTanh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			im := math.Copysign(0, 2*libm.Sin(y)*libm.Cos(y))
			if x > 0 {
				r = complex(1, im)
			} else {
				r = complex(-1, im)
			}
		} else {
			r = specialTanh[class(x)][class(y)]
		}
		if math.IsInf(y, 0) && finite(x) {
			return r, edom
		}
		return r, ok
	}
	if math.Abs(x) > logLargeDouble {
		// 2*y could overflow; tanh(x) is ±1 to double precision here.
		return complex(math.Copysign(1, x), 4*libm.Sin(y)*libm.Cos(y)*libm.Exp(-2*math.Abs(x))), ok
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1 / libm.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), ok
}

func cLog(z complex128) (complex128, errno) {
	if r, hit := special(z, &specialLog); hit {
		return r, ok
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = libm.Log(libm.Hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(ninf, libm.Atan2(y, x)), edom
		}
		// hypot(ax, ay) would be subnormal: scale by 2**53.
		re = libm.Log(libm.Hypot(math.Ldexp(ax, mantDigs), math.Ldexp(ay, mantDigs))) - mantDigs*ln2
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			// Near the unit circle log(h) loses accuracy; log1p of
			// (am-1)(am+1) + an² does not.
			am, an := ax, ay
			if ay > ax {
				am, an = ay, ax
			}
			re = libm.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(y, x)), ok
}

func cLog10(z complex128) (complex128, errno) {
	r, e := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), e
}

// quot is complex division as CPython's _Py_c_quot does it (Smith's
// method); dividing by zero is EDOM.
func quot(a, b complex128) (complex128, errno) {
	absRe, absIm := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absRe >= absIm:
		if absRe == 0 {
			return 0, edom
		}
		ratio := imag(b) / real(b)
		denom := real(b) + imag(b)*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), ok
	case absIm >= absRe:
		ratio := real(b) / imag(b)
		denom := real(b)*ratio + imag(b)
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), ok
	}
	return complex(nan, nan), ok
}

// phase is CPython's c_atan2, which settles infinities itself.
func phase(z complex128) float64 {
	x, y := real(z), imag(z)
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return nan
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	case math.IsInf(x, 0) || y == 0:
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return libm.Atan2(y, x)
}

// abs is _Py_c_abs: an infinite part wins over a NaN.
func abs(z complex128) (float64, errno) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		if math.IsInf(x, 0) {
			return math.Abs(x), ok
		}
		if math.IsInf(y, 0) {
			return math.Abs(y), ok
		}
		return nan, ok
	}
	r := libm.Hypot(x, y)
	if !finite(r) {
		return r, erange
	}
	return r, ok
}

func rect(r, phi float64) (complex128, errno) {
	if !finite(r) || !finite(phi) {
		var z complex128
		if math.IsInf(r, 0) && finite(phi) && phi != 0 {
			if r > 0 {
				z = infSigns(phi, 1, 1)
			} else {
				z = infSigns(phi, -1, -1)
			}
		} else {
			z = specialRect[class(r)][class(phi)]
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, edom
		}
		return z, ok
	}
	if phi == 0 {
		return complex(r, r*phi), ok
	}
	return complex(r*libm.Cos(phi), r*libm.Sin(phi)), ok
}
