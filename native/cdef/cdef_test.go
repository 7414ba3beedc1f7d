package cdef

import (
	"strings"
	"testing"
)

func TestRewrite(t *testing.T) {
	tests := []struct{ in, want string }{
		{"def f():\n    cdef int acc = 0\n    return acc\n", "def f():\n    acc = 0\n    return acc\n"},
		{"cpdef long fib(int n) except -1 nogil:\n    return n\n", "def fib(n):\n    return n\n"},
		{"def f(int n, double x=1.5, bint flag=True):\n    pass\n", "def f(n, x=1.5, flag=True):\n    pass\n"},
		{"def f():\n    cdef:\n        int a = 1, b\n        double c\n", "def f():\n    if 1:\n        a = 1\n        pass\n"},
		{"def f():\n    cdef int a[100]\n    cdef unsigned long long x = 3, y = 4\n", "def f():\n    pass\n    x = 3; y = 4\n"},
		{"from libc.math cimport sqrt\ncdef double g(double x):\n    return sqrt(x)\n", "pass\ndef g(x):\n    return sqrt(x)\n"},
	}
	for _, tc := range tests {
		m, err := Parse(tc.in, "t.pyx")
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if m.Python != tc.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.in, m.Python, tc.want)
		}
	}
}

func TestDecls(t *testing.T) {
	m, err := Parse("cpdef long fib(int n, x):\n    cdef double d = 1\n    return n\n", "t.pyx")
	if err != nil {
		t.Fatal(err)
	}
	f := m.Funcs[0]
	if f.Name != "fib" || f.Kind != Cpdef || f.Ret != TLong || f.Params[0].Type != TInt || f.Params[1].Type != nil || f.Locals["d"].Type != TDouble || f.Node == nil {
		t.Fatalf("bad decl %+v", f)
	}
	if c := m.OrigCol(2, 4); c != 16 {
		t.Errorf("OrigCol = %d, want 16", c)
	}
}

// The texts are cython3 0.29.32's for the same cells (testdata/cython_errors.sh prints them).
func TestErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"def f():\n    cdef foo x = 1\n    return x\n", "e.pyx:2:9: 'foo' is not a type identifier"},
		{"def f():\n    x = = 1\n", "e.pyx:2:8: Expected an identifier or literal"},
		{"def f():\n    cdef int x\n    cdef double x\n", "e.pyx:3:16: 'x' redeclared "},
		{"def f():\n    cdef int\n", "e.pyx:2:12: Empty declarator"},
		{"def f():\n    cdef int x y\n", "e.pyx:2:15: Syntax error in C variable declaration"},
		{"def f(int n):\n    cdef int a[n]\n", "e.pyx:2:15: Not allowed in a constant expression"},
		{"def f(\n", "e.pyx:2:0: Unrecognized character"},
		{"def f(foo n):\n    return n\n", "e.pyx:1:6: 'foo' is not a type identifier"},
		{"cdef int f(int x) except:\n    return x\n", "e.pyx:1:24: Expected an identifier or literal"},
		{"def f():\n    return y +\n", "e.pyx:2:14: Expected an identifier or literal"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.in, "e.pyx")
		if err == nil {
			t.Errorf("%q: no error", tc.in)
			continue
		}
		s := err.Error()
		if !strings.HasPrefix(s, "\nError compiling Cython file:\n"+rule+"\n...\n") || !strings.Contains(s, tc.want) {
			t.Errorf("%q:\n%s\nwant %q", tc.in, s, tc.want)
		}
	}
}

func TestErrorLayout(t *testing.T) {
	_, err := Parse("def f():\n    cdef foo x = 1\n    return x\n", "e.pyx")
	want := "\nError compiling Cython file:\n" + rule + "\n...\ndef f():\n    cdef foo x = 1\n        ^\n" + rule + "\n\ne.pyx:2:9: 'foo' is not a type identifier"
	if err == nil || err.Error() != want {
		t.Fatalf("got %q\nwant %q", err, want)
	}
}
