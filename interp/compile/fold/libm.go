package fold

import (
	"math"
	"math/big"
	"sync"
)

// CPython folds x ** 0.3 and complex powers with the C library's pow, exp,
// log, atan2, sin, cos and hypot. glibc's versions return the correctly
// rounded result in all but extremely rare cases; Go's math package is
// only faithful (an ulp off now and then), which would make a folded
// constant differ in its last digit. So the functions here compute in
// big.Float with 64 guard bits over a 192-bit working precision and round
// once. They are only used while folding constants, where speed does not
// matter.

const workPrec = 256

var (
	constOnce sync.Once
	bigLn2    *big.Float
	bigPi     *big.Float
)

func initConsts() {
	constOnce.Do(func() {
		bigLn2 = logSeries(newF(2))
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		a := atanSeries(quo(newF(1), newF(5)))
		b := atanSeries(quo(newF(1), newF(239)))
		bigPi = sub(mul(newF(16), a), mul(newF(4), b))
	})
}

func newF(x float64) *big.Float { return new(big.Float).SetPrec(workPrec).SetFloat64(x) }
func add(a, b *big.Float) *big.Float {
	return new(big.Float).SetPrec(workPrec).Add(a, b)
}
func sub(a, b *big.Float) *big.Float {
	return new(big.Float).SetPrec(workPrec).Sub(a, b)
}
func mul(a, b *big.Float) *big.Float {
	return new(big.Float).SetPrec(workPrec).Mul(a, b)
}
func quo(a, b *big.Float) *big.Float {
	return new(big.Float).SetPrec(workPrec).Quo(a, b)
}

// tiny reports whether term no longer changes a sum near 1 at workPrec.
func tiny(term *big.Float) bool {
	return term.Sign() == 0 || term.MantExp(nil) < -workPrec-8
}

// logSeries is ln(x) for x near 1: 2 atanh((x-1)/(x+1)).
func logSeries(x *big.Float) *big.Float {
	z := quo(sub(x, newF(1)), add(x, newF(1)))
	z2 := mul(z, z)
	sum, term := new(big.Float).SetPrec(workPrec), new(big.Float).SetPrec(workPrec).Set(z)
	for k := 1; ; k += 2 {
		t := quo(term, newF(float64(k)))
		sum = add(sum, t)
		if tiny(t) {
			break
		}
		term = mul(term, z2)
	}
	return mul(sum, newF(2))
}

// atanSeries is atan(z) for small |z|: z - z^3/3 + z^5/5 - ...
func atanSeries(z *big.Float) *big.Float {
	z2 := mul(z, z)
	sum, term := new(big.Float).SetPrec(workPrec), new(big.Float).SetPrec(workPrec).Set(z)
	for k := 1; ; k += 2 {
		t := quo(term, newF(float64(k)))
		if (k/2)%2 == 0 {
			sum = add(sum, t)
		} else {
			sum = sub(sum, t)
		}
		if tiny(t) {
			break
		}
		term = mul(term, z2)
	}
	return sum
}

// bigLog is ln(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	initConsts()
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	return add(logSeries(newF(frac)), mul(newF(float64(exp)), bigLn2))
}

// bigExp is e**x for a big x of moderate size.
func bigExp(x *big.Float) *big.Float {
	initConsts()
	kf, _ := quo(x, bigLn2).Float64()
	k := math.Round(kf)
	r := sub(x, mul(newF(k), bigLn2)) // |r| <= ln2/2
	const halvings = 16
	r.SetMantExp(r, -halvings)
	// Taylor series of e**r - 1, kept apart from the 1 for accuracy.
	sum, term := new(big.Float).SetPrec(workPrec), new(big.Float).SetPrec(workPrec).Set(r)
	for n := 2; ; n++ {
		sum = add(sum, term)
		if tiny(term) {
			break
		}
		term = quo(mul(term, r), newF(float64(n)))
	}
	// (1+s)**2 = 1 + (2s + s**2), squared back up.
	for i := 0; i < halvings; i++ {
		sum = add(mul(sum, newF(2)), mul(sum, sum))
	}
	res := add(sum, newF(1))
	return res.SetMantExp(res, int(k))
}

// crPow is pow(x, y) correctly rounded, for finite x > 0 and finite y
// with a finite, nonzero result expected (callers check the rest).
func crPow(x, y float64) float64 {
	l := mul(bigLog(x), newF(y))
	if f, _ := l.Float64(); f > 710 {
		return math.Inf(1)
	} else if f < -746 {
		return 0
	}
	r, _ := bigExp(l).Float64()
	return r
}

// crExp is exp(x) correctly rounded.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0:
		return math.Exp(x)
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	r, _ := bigExp(newF(x)).Float64()
	return r
}

// crLog is log(x) correctly rounded.
func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return math.Log(x)
	}
	r, _ := bigLog(x).Float64()
	return r
}

// crHypot is hypot(x, y) correctly rounded.
func crHypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Hypot(x, y)
	}
	s := new(big.Float).SetPrec(2200)
	bx, by := new(big.Float).SetPrec(2200).SetFloat64(x), new(big.Float).SetPrec(2200).SetFloat64(y)
	s.Add(new(big.Float).SetPrec(2200).Mul(bx, bx), new(big.Float).SetPrec(2200).Mul(by, by))
	r, _ := new(big.Float).SetPrec(workPrec).Sqrt(s).Float64()
	return r
}

// crAtan2 is atan2(y, x) correctly rounded for finite, nonzero-ish inputs.
func crAtan2(y, x float64) float64 {
	if y == 0 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Atan2(y, x)
	}
	initConsts()
	z := quo(newF(math.Abs(y)), newF(math.Abs(x)))
	a := bigAtan(z)
	if x < 0 {
		a = sub(bigPi, a)
	}
	if y < 0 {
		a.Neg(a)
	}
	r, _ := a.Float64()
	return r
}

// bigAtan is atan(z) for z > 0: atan(z) = pi/2 - atan(1/z) brings z below
// 1, then halving the angle (atan z = 2 atan(z / (1 + sqrt(1 + z*z))))
// makes the series converge fast.
func bigAtan(z *big.Float) *big.Float {
	flip := false
	if z.Cmp(newF(1)) > 0 {
		z = quo(newF(1), z)
		flip = true
	}
	const halvings = 8
	for i := 0; i < halvings; i++ {
		root := new(big.Float).SetPrec(workPrec).Sqrt(add(newF(1), mul(z, z)))
		z = quo(z, add(newF(1), root))
	}
	a := atanSeries(z)
	a.SetMantExp(a, halvings)
	if flip {
		half := new(big.Float).SetPrec(workPrec).SetMantExp(bigPi, -1)
		a = sub(half, a)
	}
	return a
}

// crSinCos returns sin(x) and cos(x) correctly rounded for |x| < 2**40
// (beyond that the reduction would need more digits of pi; math's
// functions are used).
func crSinCos(x float64) (float64, float64) {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) || math.Abs(x) >= 1<<40 {
		return math.Sin(x), math.Cos(x)
	}
	initConsts()
	halfPi := new(big.Float).SetPrec(workPrec).SetMantExp(bigPi, -1)
	bx := newF(x)
	kf, _ := quo(bx, halfPi).Float64()
	k := math.Round(kf)
	r := sub(bx, mul(newF(k), halfPi)) // |r| <= pi/4 (about)
	s, c := sinCosSeries(r)
	switch int64(k) & 3 {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	return sf, cf
}

// sinCosSeries is the Taylor series of sin and cos for small |r|.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	sin, cos := new(big.Float).SetPrec(workPrec), newF(1)
	term := new(big.Float).SetPrec(workPrec).Set(r) // r**n / n!, n odd
	for n := 1; ; n += 2 {
		if (n/2)%2 == 0 {
			sin = add(sin, term)
		} else {
			sin = sub(sin, term)
		}
		t := quo(mul(term, r), newF(float64(n+1))) // r**(n+1) / (n+1)!
		if ((n+1)/2)%2 == 0 {
			cos = add(cos, t)
		} else {
			cos = sub(cos, t)
		}
		if tiny(t) && tiny(term) {
			break
		}
		term = quo(mul(t, r), newF(float64(n+2)))
	}
	return sin, cos
}
