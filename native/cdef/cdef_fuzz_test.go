package cdef

import (
	"strings"
	"testing"
)

// FuzzParse: the pre-processor never panics, never changes the number of
// lines, and leaves a cell without Cython words untouched.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"def f():\n    cdef int acc = 0\n    return acc\n",
		"cpdef long fib(int n) except -1 nogil:\n    return n\n",
		"def f():\n    cdef:\n        int a = 1, b\n",
		"x = '''cdef\nint'''\ncdef double y[3]\n",
		"def f(int n, double x=1.5, *a, **k):\n    pass\n",
		"from libc.math cimport sqrt as s\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Parse(src, "f.pyx")
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		want := src
		if !strings.HasSuffix(want, "\n") {
			want += "\n"
		}
		if strings.Count(m.Python, "\n") != strings.Count(want, "\n") {
			t.Fatalf("line count changed: %q -> %q", want, m.Python)
		}
		if !strings.Contains(src, "def") && !strings.Contains(src, "cimport") && m.Python != want {
			t.Fatalf("plain cell rewritten: %q -> %q", want, m.Python)
		}
	})
}
