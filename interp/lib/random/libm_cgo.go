//go:build cgo

package randommod

// The distributions must give CPython's floats to the last bit, and
// CPython's come from the C library's exp/log/cos/...; Go's math package
// differs from glibc in the last place now and then, so with cgo the C
// functions themselves are used.

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

var libm = map[string]func(float64) float64{
	"_exp":  func(x float64) float64 { return float64(C.exp(C.double(x))) },
	"_log":  func(x float64) float64 { return float64(C.log(C.double(x))) },
	"_sqrt": func(x float64) float64 { return float64(C.sqrt(C.double(x))) },
	"_cos":  func(x float64) float64 { return float64(C.cos(C.double(x))) },
	"_sin":  func(x float64) float64 { return float64(C.sin(C.double(x))) },
	"_acos": func(x float64) float64 { return float64(C.acos(C.double(x))) },
}

func libmPow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }
