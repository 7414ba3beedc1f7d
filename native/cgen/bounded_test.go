package cgen

import (
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/native/cdef"
)

// TestShort pins which native functions count as short work (called
// without cgo) and which keep the cgo call.
func TestShort(t *testing.T) {
	const lecture = "def cc_simple_loop():\n    cdef int acc = 0\n    cdef int i = 0\n    for i in range(1000):\n        acc += i\n    return acc\n"
	tests := []struct {
		cell  string
		name  string
		short bool
	}{
		{lecture, "cc_simple_loop", true},
		{"cpdef long sq(long x):\n    return x * x\n", "sq", true},
		{"from libc.math cimport sqrt\ndef f(double x):\n    return sqrt(x) if x > 0 else -x\n", "f", true},
		{"def f(int n):\n    cdef int k, s = 0\n    for k in range(n):\n        s += k\n    return s\n", "f", false},
		{"def f(int n):\n    while n > 0:\n        n -= 1\n    return n\n", "f", false},
		{"cpdef long fib(int n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n", "fib", false},
		{"cdef int g(int n):\n    return h(n)\ncdef int h(int n):\n    return g(n)\ndef f(int n):\n    return g(n)\n", "f", false},
		{"cdef int g(int n):\n    cdef int k, s = 0\n    for k in range(1000):\n        s += k\n    return s\ndef f(int n):\n    return g(n) + g(n)\n", "f", true},
		{"def f():\n    cdef int i, j, s = 0\n    for i in range(10000):\n        for j in range(1000):\n            s += j\n    return s\n", "f", false},
		{"def f():\n    cdef int i, s = 0\n    for i in range(1000, 0, -3):\n        s += i\n    return s\n", "f", true},
		{"def f(int n):\n    cdef double a[100000]\n    a[0] = n\n    return a[0]\n", "f", false},
		{"def f(int n):\n    cdef double a[100]\n    a[0] = n\n    return a[0]\n", "f", true},
		{"def f():\n    cdef long i, s = 0\n    for i in range(-9000000000000000000, 9000000000000000000):\n        s += 1\n    return s\n", "f", false},
	}
	for _, tc := range tests {
		m, err := cdef.Parse(tc.cell, "t.pyx")
		if err != nil {
			t.Errorf("%q: %v", tc.cell, err)
			continue
		}
		out, err := Generate(m)
		if err != nil {
			t.Errorf("%q: %v", tc.cell, err)
			continue
		}
		var f *Func
		for _, g := range out.Funcs {
			if g.Decl.Name == tc.name {
				f = g
			}
		}
		if f == nil || !f.Native {
			t.Errorf("%q: %s is not native", tc.cell, tc.name)
			continue
		}
		if f.Short != tc.short {
			t.Errorf("%q: Short = %v, want %v", tc.cell, f.Short, tc.short)
		}
	}
}

func TestConstRangeLen(t *testing.T) {
	tests := []struct {
		src string
		n   int64
		ok  bool
	}{
		{"range(1000)", 1000, true},
		{"range(0)", 0, true},
		{"range(-5)", 0, true},
		{"range(2, 10)", 8, true},
		{"range(2, 10, 3)", 3, true},
		{"range(10, 2, -3)", 3, true},
		{"range(10, 2)", 0, true},
		{"range(n)", 0, false},
		{"range(1, 2, 0)", 0, false},
		{"range(-9000000000000000000, 9000000000000000000)", maxShortWork + 1, true},
		{"range(9000000000000000000, -9000000000000000000, -1)", maxShortWork + 1, true},
		{"range(0, 9223372036854775807, 9223372036854775807)", 1, true},
	}
	for _, tc := range tests {
		m, err := cdef.Parse("for i in "+tc.src+":\n    pass\n", "t.pyx")
		if err != nil {
			t.Fatal(err)
		}
		iter := m.Root.Body[0].(*ast.For).Iter
		if n, ok := constRangeLen(iter); n != tc.n || ok != tc.ok {
			t.Errorf("%s: %d %v, want %d %v", tc.src, n, ok, tc.n, tc.ok)
		}
	}
}
