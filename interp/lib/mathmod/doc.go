// Package mathmod is Python 3.7's math module.
//
// Every function converts its arguments as CPython's PyFloat_AsDouble
// does (float, int, or a type with __float__), calls the C library's
// function where CPython does (through internal/libm, so exp, log, pow,
// sin... round exactly as CPython's do; Go's math where the operation is
// exact anyway: sqrt, floor, fmod, frexp...), and then
// turns a NaN or infinity that appeared from ordinary inputs into the
// "math domain error" ValueError or the "math range error" OverflowError,
// the way CPython's math_1/math_2 helpers read errno. gamma and lgamma are
// CPython's own Lanczos-approximation algorithm (not the C library's),
// reimplemented in lanczos.go so the last bit agrees; fsum is Shewchuk's
// exact partial-sums algorithm with the same final half-way correction.
package mathmod
