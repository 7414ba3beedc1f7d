package cgen

import (
	"strings"
	"testing"

	"github.com/bytepy/bytepy/native/cdef"
)

// FuzzGenerate: any cell the front end accepts translates or falls back,
// never crashes.
func FuzzGenerate(f *testing.F) {
	for _, s := range []string{
		"def f(int n):\n    cdef int i, s = 0\n    for i in range(n):\n        s += i // 2\n    return s\n",
		"cpdef double g(double x) except? -1:\n    return x ** 2 % 3\n",
		"cdef int G = 3\ndef h(bint b, long x):\n    while b and x > G:\n        x -= 1\n    return x if b else -x\n",
		"def fib(int n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
		"from libc.math cimport sqrt\ndef r(double x):\n    cdef double a[4]\n    a[0] = sqrt(x)\n    return a[0]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := cdef.Parse(src, "f.pyx")
		if err != nil {
			return
		}
		if _, err := Generate(m); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
	})
}
