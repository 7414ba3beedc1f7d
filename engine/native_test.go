package engine

import (
	"regexp"
	"strings"
	"testing"
)

// The lecture's two cells, as typed in the notebook.
const (
	lectureCell1 = "%%cython -a\n\ndef simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc\n"
	lectureCell2 = "%%cython -a\nfrom functools import reduce\n\ndef cc_simple_loop():\n    cdef int acc = 0\n    \n    cdef int i = 0\n    \n    for i in range(1000):\n        acc += i\n    \n    #mul = reduce(lambda x, y: x * y, range(acc))\n    \n    return acc\n"
)

// nativeSession is a session whose native cache is private to the test.
func nativeSession(t *testing.T) *session {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	return newSession(t)
}

// skipWithoutCompiler skips when the cell could not be built for want of
// a C compiler (the magic prints a one-line message and returns).
func skipWithoutCompiler(t *testing.T, r *recorder) {
	for _, ev := range r.events {
		if strings.Contains(ev, "needs a C compiler") {
			t.Skip("no C compiler on this machine")
		}
	}
}

func TestLectureCythonCells(t *testing.T) {
	s := nativeSession(t)
	s.ok("%load_ext Cython")
	for _, c := range []struct {
		cell, call, name string
	}{
		{lectureCell1, "simple_loop()", "simple_loop"},
		{lectureCell2, "cc_simple_loop()", "cc_simple_loop"},
	} {
		r := s.ok(c.cell)
		skipWithoutCompiler(t, r)
		if len(r.results) != 1 || !strings.Contains(r.results[0]["text/html"].(string), "score-") {
			t.Fatalf("%s: -a result %q", c.name, r.events)
		}
		if got := s.ok(c.call).events; len(got) != 1 || got[0] != "result: 499500" {
			t.Errorf("%s = %q", c.call, got)
		}
	}
	if got := s.ok("type(simple_loop).__name__, repr(cc_simple_loop)").events; len(got) != 1 || got[0] != "result: ('function', '<built-in function cc_simple_loop>')" {
		t.Errorf("kinds: %q", got)
	}
	// %timeit runs the native function. Its speed is a benchmark's business
	// (native/pybind's BenchmarkCall*), not a test's: only the form is checked.
	r := s.ok("%timeit -n 1000 -r 3 cc_simple_loop()")
	shape := regexp.MustCompile(`[0-9.]+ (ns|µs|ms) ± [0-9.]+ (ns|µs|ms) per loop \(mean ± std\. dev\. of 3 runs, 1,000 loops each\)\n$`)
	if len(r.events) != 1 || !shape.MatchString(r.events[0]) {
		t.Errorf("%%timeit: %q", r.events)
	}
	_, res := s.run("import dis\ndis.dis(cc_simple_loop)")
	if res.Error == nil || res.Error.EName != "TypeError" || res.Error.EValue != "don't know how to disassemble builtin_function_or_method objects" {
		t.Errorf("dis.dis: %+v", res.Error)
	}
}

func TestNativeSemantics(t *testing.T) {
	s := nativeSession(t)
	r := s.ok("%%native\ndef wrap(int a):\n    cdef int b = a + 1\n    return b\n" +
		"def fdiv(int a, int b):\n    return a // b\n" +
		"def fmod(int a, int b):\n    return a % b\n" +
		"cdef int hidden(int a):\n    return a\n" +
		"def untyped(x):\n    return wrap(x) - 1\n" +
		"def typed_but_interpreted(int n, x=None):\n    print(n, x)\n    return n\n")
	skipWithoutCompiler(t, r)
	for _, c := range []struct{ code, want string }{
		{"wrap(2147483647)", "result: -2147483648"},
		{"fdiv(-7, 2), fmod(-7, 2), fmod(7, -2)", "result: (-4, 1, -1)"},
		{"untyped(5)", "result: 5"},
		{"'hidden' in dir()", "result: False"},
		{"fdiv(a=1, b=2)", "result: 0"},
		{"typed_but_interpreted(2.9);", "stdout: 2 None\n"},
		{"typed_but_interpreted(x=[], n=-2.5);", "stdout: -2 []\n"},
	} {
		if got := s.ok(c.code).events; len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: %q, want %q", c.code, got, c.want)
		}
	}
	for _, c := range []struct{ code, ename, evalue string }{
		{"fdiv(1, 0)", "ZeroDivisionError", "integer division or modulo by zero"},
		{"wrap('x')", "TypeError", "an integer is required"},
		{"wrap(2**31)", "OverflowError", "value too large to convert to int"},
		{"typed_but_interpreted('x')", "TypeError", "an integer is required"},
		{"typed_but_interpreted()", "TypeError", "typed_but_interpreted() takes at least 1 positional argument (0 given)"},
	} {
		_, res := s.run(c.code)
		if res.Error == nil || res.Error.EName != c.ename || res.Error.EValue != c.evalue {
			t.Errorf("%s: %+v, want %s: %s", c.code, res.Error, c.ename, c.evalue)
		}
	}
}

func TestNativeCompileErrorKeepsServing(t *testing.T) {
	s := nativeSession(t)
	r := s.ok("%%native\ndef f(int n):\n    cdef int x = \n    return n\n")
	skipWithoutCompiler(t, r)
	if len(r.events) != 1 || !strings.HasPrefix(r.events[0], "stderr: \nError compiling Cython file:\n") && !strings.HasPrefix(r.events[0], "stderr: Error compiling Cython file:\n") {
		t.Fatalf("compile error output: %q", r.events)
	}
	if got := s.ok("1 + 1").events; len(got) != 1 || got[0] != "result: 2" {
		t.Errorf("next cell: %q", got)
	}
	// without %load_ext Cython, %%cython is not a magic
	_, res := s.run("%%cython\nx = 1\n")
	if res.Error == nil || res.Error.EName != "UsageError" {
		t.Errorf("%%%%cython before %%load_ext: %+v", res.Error)
	}
	// -+ is refused in one line, the kernel carries on
	r = s.ok("%%native -+\ndef g(int n):\n    return n\n")
	if len(r.events) != 1 || !strings.Contains(r.events[0], "C++") {
		t.Errorf("-+: %q", r.events)
	}
	// -3, -f, -n, -c, -l, -I and -L are accepted
	r = s.ok("%%native -3 -f -n mymod -c=-O1 -l m -I /tmp -L /tmp\ndef h(int n):\n    return n * 2\n")
	if len(r.events) != 0 {
		t.Errorf("options: %q", r.events)
	}
	if got := s.ok("h(21)").events; len(got) != 1 || got[0] != "result: 42" {
		t.Errorf("h(21): %q", got)
	}
}
