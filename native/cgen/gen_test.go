package cgen

import (
	"strings"
	"testing"

	"github.com/bytepy/bytepy/native/cdef"
)

// TestBoundary pins which functions go native and why the others stay.
func TestBoundary(t *testing.T) {
	tests := []struct {
		cell   string
		name   string
		native bool
		reason string
	}{
		{"def f():\n    acc = 0\n    return acc\n", "f", false, "no C declarations"},
		{"def f(int n):\n    return n + 1\n", "f", true, ""},
		{"def f(int n):\n    s = 0\n    return s\n", "f", false, "untyped local 's' would be a Python object"},
		{"def f(double x):\n    y = x * 2\n    return y\n", "f", true, ""},
		{"def f(int n):\n    for i in range(n):\n        pass\n", "f", false, "loop variable 'i' is a Python object"},
		{"def f(int n):\n    print(n)\n", "f", false, "'print' is a Python object"},
		{"def f(int n):\n    cdef list xs = []\n    return n\n", "f", false, "declared as a Python object"},
		{"def g(x):\n    return x\ndef f(int n):\n    return g(n)\n", "f", false, "'g' is a Python object"},
		{"cdef int g(int x):\n    return x\ndef f(int n):\n    return g(n)\n", "f", true, ""},
		{"cdef int g(int x):\n    print(x)\n    return x\ndef f(int n):\n    return g(n)\n", "f", false, "'g' is a Python object"},
		{"def f(int n):\n    if n:\n        return 1\n", "f", false, "may return None or a C value"},
		{"def f(int n):\n    if n:\n        return 1\n    return 2.5\n", "f", false, "different Python types"},
		{"def f(int n):\n    cdef int k\n    for k in range(0, n, n):\n        pass\n", "f", false, "step must be a non-zero integer constant"},
		{"def f(int n):\n    cdef int k = 1.5\n    return k\n", "f", false, "Cannot assign type 'double' to 'int'"},
		{"from libc.math cimport sqrt\ndef f(double x):\n    return sqrt(x)\n", "f", true, ""},
		{"cdef int G = 7\ndef f(int x):\n    return x + G\n", "f", true, ""},
		{"def fib(int n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n", "fib", true, ""},
		{"def h(int n):\n    if n == 0:\n        return 1.0\n    return h(n - 1) / 2\n", "h", true, ""},
		{"class C:\n    def m(self, int x):\n        return x\n", "m", false, "nested or method"},
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
		if f == nil {
			t.Errorf("%q: no %s", tc.cell, tc.name)
			continue
		}
		if f.Native != tc.native || !strings.Contains(f.Reason, tc.reason) {
			t.Errorf("%q: native=%v reason=%q, want %v %q", tc.cell, f.Native, f.Reason, tc.native, tc.reason)
		}
	}
}

// TestPythonRemainder: native functions leave blank lines, the rest stays.
func TestPythonRemainder(t *testing.T) {
	cell := "import math\ncdef int G = 3\ndef f(int n):\n    return n\n\ndef g(x):\n    return f(x) + 1\nprint(g(1))\n"
	m, err := cdef.Parse(cell, "t.pyx")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Generate(m)
	if err != nil {
		t.Fatal(err)
	}
	want := "import math\n\n\n\n\ndef g(x):\n    return f(x) + 1\nprint(g(1))\n"
	if out.Python != want {
		t.Errorf("got %q\nwant %q", out.Python, want)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		code []string
		want int
	}{
		{[]string{"v_acc = (v_acc + v_i);"}, 0},
		{[]string{"bp_py_load(\"acc\");", "bp_py_inplace_add();"}, 10},
		{[]string{"({ int bp_x1 = a, bp_y1 = b; if (bp_unlikely(bp_y1 == 0)) { bp_raise(E, BP_ZERODIV, \"x\"); goto L_error; } })"}, 1},
	}
	for _, tc := range tests {
		if got := Score(tc.code); got != tc.want {
			t.Errorf("Score(%q) = %d, want %d", tc.code, got, tc.want)
		}
	}
}
