package mathmod

import (
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"math"

	"github.com/bytepy/bytepy/interp/py"
)

// fsum keeps the running total as a list of non-overlapping partial sums
// (each exact addition splits into a rounded high part and an exact low
// part), so the only rounding is the final one. Infinities and NaNs are
// summed apart so that inf - inf is caught as CPython catches it.
func fsum(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := libm.OneArg("fsum", a, kw); err != nil {
		return py.Null, err
	}
	iter, err := py.Iter(t, a[0])
	if err != nil {
		return py.Null, err
	}
	var partials []float64
	special, infs := 0.0, 0.0
	for {
		v, more, err := py.Next(t, iter)
		if err != nil {
			return py.Null, err
		}
		if !more {
			break
		}
		x, err := libm.ToFloat(t, v)
		if err != nil {
			return py.Null, err
		}
		orig := x
		kept := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[kept] = lo
				kept++
			}
			x = hi
		}
		partials = partials[:kept]
		if x == 0 {
			continue
		}
		if isFinite(x) {
			partials = append(partials, x)
			continue
		}
		// A non-finite sum from finite terms is an overflow of the
		// partials; otherwise the term itself was inf or nan.
		if isFinite(orig) {
			return py.Null, py.Errorf(py.OverflowErrorType, "intermediate overflow in fsum")
		}
		if math.IsInf(orig, 0) {
			infs += orig
		}
		special += orig
		partials = partials[:0]
	}
	if special != 0 {
		if math.IsNaN(infs) {
			return py.Null, py.NewValueError("-inf + inf in fsum")
		}
		return py.MakeFloat(special), nil
	}
	return py.MakeFloat(roundPartials(partials)), nil
}

// roundPartials adds the partials from the largest down until the sum
// stops being exact, then corrects a half-way case: if the dropped tail
// has the same sign as the first inexact remainder, the true sum lies
// beyond the half-way point and rounds away from hi.
func roundPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}
