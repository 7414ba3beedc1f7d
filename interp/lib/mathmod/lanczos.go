package mathmod

import (
	"math"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"
)

// CPython computes gamma and lgamma itself with a Lanczos approximation
// (N = 13, g ≈ 6.0247) rather than calling the C library, so these follow
// its published method step for step: the rational Lanczos sum evaluated
// in x or 1/x, exact factorials for small integers, and a reflection
// through sin(pi*x) for negative arguments.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375 // g - 0.5
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// lanczosSum is num(x)/den(x); for large x both polynomials are run in
// 1/x so that nothing overflows.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) with the argument reduced first, so that it is
// exactly zero at integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = libm.Sin(math.Pi * y)
	case 1:
		r = libm.Cos(math.Pi * (y - 0.5))
	case 2:
		r = libm.Sin(math.Pi * (1.0 - y))
	case 3:
		r = -libm.Cos(math.Pi * (y - 1.5))
	case 4:
		r = libm.Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

var smallFactorials = func() [23]float64 {
	var f [23]float64
	f[0] = 1
	for i := 1; i < 23; i++ {
		f[i] = f[i-1] * float64(i)
	}
	return f
}()

func tgamma(x float64) (float64, errno) {
	if !isFinite(x) {
		if math.IsNaN(x) || x > 0 {
			return x, ok
		}
		return math.NaN(), edom
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), edom
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), edom
		}
		if x <= 23 {
			return smallFactorials[int(x)-1], ok
		}
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return r, erange
		}
		return r, ok
	}
	if ax > 200 {
		if x < 0 {
			return 0 / sinPi(x), ok
		}
		return math.Inf(1), erange
	}
	y := ax + lanczosGMinusHalf
	// z is the rounding error of y, carried into the result.
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(ax) / ax * libm.Exp(y) / lanczosSum(ax)
		r -= z * r
		if ax < 140 {
			r /= libm.Pow(y, ax-0.5)
		} else {
			s := libm.Pow(y, ax/2.0-0.25)
			r /= s
			r /= s
		}
	} else {
		r = lanczosSum(ax) / libm.Exp(y)
		r += z * r
		if ax < 140 {
			r *= libm.Pow(y, ax-0.5)
		} else {
			s := libm.Pow(y, ax/2.0-0.25)
			r *= s
			r *= s
		}
	}
	if math.IsInf(r, 0) {
		return r, erange
	}
	return r, ok
}

func lgamma(x float64) (float64, errno) {
	if !isFinite(x) {
		if math.IsNaN(x) {
			return x, ok
		}
		return math.Inf(1), ok
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return math.Inf(1), edom
		}
		return 0, ok
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		return -libm.Log(ax), ok
	}
	r := libm.Log(lanczosSum(ax)) - lanczosG
	r += (ax - 0.5) * (libm.Log(ax+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - libm.Log(math.Abs(sinPi(ax))) - libm.Log(ax) - r
	}
	if math.IsInf(r, 0) {
		return r, erange
	}
	return r, ok
}
