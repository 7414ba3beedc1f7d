//go:build !cgo

// Package libm gives the numeric modules the C library's elementary
// functions. CPython's math and cmath call the platform libm, and glibc's
// exp/log/pow/sin/... are correctly rounded where Go's math package is
// not always, so with cgo the same C functions are called and results
// agree with CPython on this machine to the last bit (Exact is true).
// Without cgo, Go's math package stands in, and a fraction of results
// differ in the last place (Exact is false).
package libm

import "math"

// Exact reports whether these are the C library's functions.
const Exact = false

func Acos(x float64) float64     { return math.Acos(x) }
func Acosh(x float64) float64    { return math.Acosh(x) }
func Asin(x float64) float64     { return math.Asin(x) }
func Asinh(x float64) float64    { return math.Asinh(x) }
func Atan(x float64) float64     { return math.Atan(x) }
func Atanh(x float64) float64    { return math.Atanh(x) }
func Cos(x float64) float64      { return math.Cos(x) }
func Cosh(x float64) float64     { return math.Cosh(x) }
func Erf(x float64) float64      { return math.Erf(x) }
func Erfc(x float64) float64     { return math.Erfc(x) }
func Exp(x float64) float64      { return math.Exp(x) }
func Expm1(x float64) float64    { return math.Expm1(x) }
func Log(x float64) float64      { return math.Log(x) }
func Log1p(x float64) float64    { return math.Log1p(x) }
func Log2(x float64) float64     { return math.Log2(x) }
func Log10(x float64) float64    { return math.Log10(x) }
func Sin(x float64) float64      { return math.Sin(x) }
func Sinh(x float64) float64     { return math.Sinh(x) }
func Tan(x float64) float64      { return math.Tan(x) }
func Tanh(x float64) float64     { return math.Tanh(x) }
func Pow(x, y float64) float64   { return math.Pow(x, y) }
func Atan2(x, y float64) float64 { return math.Atan2(x, y) }
func Hypot(x, y float64) float64 { return math.Hypot(x, y) }
