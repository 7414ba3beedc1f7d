//go:build !cgo

package randommod

import "math"

// Without cgo, Go's math stands in for the C library; a result can then
// differ from CPython's in the last place.
var libm = map[string]func(float64) float64{
	"_exp": math.Exp, "_log": math.Log, "_sqrt": math.Sqrt,
	"_cos": math.Cos, "_sin": math.Sin, "_acos": math.Acos,
}

func libmPow(x, y float64) float64 { return math.Pow(x, y) }
