package pybind

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/native"
)

// The semantics cell and its golden file are native's: cython3 made the
// golden from the same cell (native/testdata/cython_golden.py), so every
// line checked here is Cython's behaviour, now reached through the VM.
const (
	semanticsPyx    = "../testdata/semantics.pyx"
	semanticsGolden = "../testdata/semantics.golden"
)

var (
	setupOnce sync.Once
	theVM     *vm.Interp
	theNS     *py.Dict
	setupErr  error
)

// setup builds the semantics cell once, binds it into a fresh __main__
// the way the %%native magic does, and runs the interpreted rest.
func setup(tb testing.TB) (*vm.Interp, *py.Dict) {
	tb.Helper()
	setupOnce.Do(func() {
		vm.Compile = compile.Compile
		src, err := os.ReadFile(semanticsPyx)
		if err != nil {
			setupErr = err
			return
		}
		os.Setenv("XDG_CACHE_HOME", os.TempDir()+"/bytepy-pybind-test")
		m, err := native.Build(string(src), native.Options{})
		if err != nil {
			setupErr = err
			return
		}
		theVM = vm.New()
		theNS = theVM.NewModule("__main__").Dict
		for _, f := range m.Funcs {
			if Exported(f) {
				theNS.SetStr(f.Name, Builtin(f))
			}
		}
		co, err := compile.CompileString(m.PythonSource, m.Name+".pyx", "exec", 0, -1)
		if err != nil {
			setupErr = err
			return
		}
		_, setupErr = theVM.RunCode(co, theNS)
	})
	if setupErr != nil {
		tb.Skipf("cannot build the semantics cell (no C compiler?): %v", setupErr)
	}
	return theVM, theNS
}

// outcome runs expr in the namespace and describes it as the golden file
// does: "-> repr" or "!! Type: message".
func outcome(t *testing.T, it *vm.Interp, ns *py.Dict, expr string) string {
	t.Helper()
	src := "try:\n    _r = '-> ' + repr(" + expr + ")\nexcept Exception as _e:\n    _r = '!! ' + type(_e).__name__ + ': ' + str(_e)\n"
	co, err := compile.CompileString(src, "<case>", "exec", 0, -1)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	if _, err := it.RunCode(co, ns); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	r, _ := ns.GetStr("_r")
	return py.StrOf(r)
}

// interpretedByDesign are the golden cases whose function has no
// declarations, so it stays interpreted and the interpreter's argument
// errors (CPython's wording for a def) apply, not Cython's wrapper's.
var interpretedByDesign = map[string]bool{"none(1)": true}

func TestSemanticsThroughVM(t *testing.T) {
	it, ns := setup(t)
	golden, err := os.ReadFile(semanticsGolden)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(golden)), "\n") {
		expr, want, ok := strings.Cut(line, " -> ")
		if ok {
			want = "-> " + want
		} else if expr, want, ok = strings.Cut(line, " !! "); ok {
			want = "!! " + want
		} else {
			t.Fatalf("bad golden line %q", line)
		}
		if interpretedByDesign[expr] {
			continue
		}
		if got := outcome(t, it, ns, expr); got != want {
			t.Errorf("%s: got %q, want %q", expr, got, want)
		}
		n++
	}
	if n < 90 {
		t.Errorf("only %d cases", n)
	}
}

// TestBoundary covers what the golden file does not: keywords, reprs,
// big results, calls from interpreted code.
func TestBoundary(t *testing.T) {
	it, ns := setup(t)
	for _, c := range []struct{ expr, want string }{
		{"fib", "-> <built-in function fib>"},
		{"type(fib).__name__", "-> 'builtin_function_or_method'"},
		{"dflt(1, x=2.0)", "-> 3.0"},
		{"dflt(a=1)", "-> 2.5"},
		{"dflt(1, y=2)", "!! TypeError: dflt() got an unexpected keyword argument 'y'"},
		{"dflt(1, a=2)", "!! TypeError: dflt() got multiple values for keyword argument 'a'"},
		{"one(a=3)", "!! TypeError: one() takes no keyword arguments"},
		{"fdiv(-7, 2) + fdiv(7, -2)", "-> -8"},
		{"sum(wrap(i) for i in range(3))", "-> 6"},
		{"[one(x) for x in (1, 2.5, True)]", "-> [1, 2, 1]"},
		{"one(1, 2, 3, 4, 5, 6, 7, 8, 9)", "!! TypeError: one() takes exactly one argument (9 given)"},
		{"ull(2**64 - 1) + 1", "-> 18446744073709551616"},
		{"'cdiv' in globals()", "-> False"},
	} {
		if got := outcome(t, it, ns, c.expr); got != c.want {
			t.Errorf("%s: got %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestScalarCallAllocs checks the fast path: positional small ints,
// floats, bools and None cross without allocating.
func TestScalarCallAllocs(t *testing.T) {
	it, ns := setup(t)
	fn, _ := ns.GetStr("dflt")
	args := []py.Value{py.MakeInt(3), py.MakeFloat(0.5)}
	th := it.Thread()
	allocs := testing.AllocsPerRun(100, func() {
		if r, exc := py.Call(th, fn, args, nil); exc != nil || r.Float() != 3.5 {
			t.Fatalf("dflt(3, 0.5) = %v, %v", r, exc)
		}
	})
	if allocs != 0 {
		t.Errorf("dflt(3, 0.5) allocates %v times", allocs)
	}
}

func TestExceptionMapping(t *testing.T) {
	for _, c := range []struct {
		err  error
		want *py.Type
		msg  string
	}{
		{&native.Exception{Type: "ZeroDivisionError", Msg: "integer division or modulo by zero"}, py.ZeroDivisionErrorType, "integer division or modulo by zero"},
		{&native.Exception{Type: "OverflowError", Msg: "value too large to convert to int"}, py.OverflowErrorType, "value too large to convert to int"},
		{&native.Exception{Type: "NoSuchError", Msg: "x"}, py.SystemErrorType, "x"},
	} {
		e := Exception(c.err)
		if e.Type() != c.want || py.StrOf(py.AsTuple(e.Args)[0]) != c.msg {
			t.Errorf("%v: got %s %v", c.err, e.Type().Name, e.Args)
		}
	}
}
