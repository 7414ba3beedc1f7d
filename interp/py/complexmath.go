package py

import "math"

// Libm holds the elementary functions complex power is built from. They
// start as Go's; package lib/internal/libm replaces them with the C
// library's (as CPython calls) when it is linked with cgo, because Go's
// cos, pow, ... differ from glibc's in the last bit often enough to show
// in reprs.
var Libm = struct {
	Pow, Atan2, Hypot  func(x, y float64) float64
	Cos, Sin, Exp, Log func(x float64) float64
}{math.Pow, math.Atan2, math.Hypot, math.Cos, math.Sin, math.Exp, math.Log}

// complexPow is CPython's _Py_c_pow: the polar-form power. Go's cmplx.Pow
// goes through exp(y*log(x)) and rounds differently in the last bit, which
// shows in reprs such as (-8) ** (1/3).
func complexPow(a, b complex128) complex128 {
	if b == 0 {
		return 1
	}
	if a == 0 {
		return 0
	}
	vabs := Libm.Hypot(real(a), imag(a))
	length := Libm.Pow(vabs, real(b))
	at := Libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= Libm.Exp(at * imag(b))
		phase += imag(b) * Libm.Log(vabs)
	}
	return complex(length*Libm.Cos(phase), length*Libm.Sin(phase))
}

// complexFromParts is complex(re, im) for parts already converted: the
// real and imaginary parts combine as CPython's complex_new does, so
// signed zeros, infinities and NaNs in either part survive untouched
// (re + im*1j would turn inf*0 into NaN and lose the sign of -0.0).
func complexFromParts(re complex128, reIsComplex bool, im complex128, imIsComplex, haveIm bool) complex128 {
	r, i := real(re), real(im)
	if imIsComplex {
		r -= imag(im)
	}
	if reIsComplex && haveIm {
		i += imag(re)
	} else if !haveIm {
		i = imag(re)
	}
	return complex(r, i)
}
