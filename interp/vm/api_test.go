package vm_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

func run(t *testing.T, it *vm.Interp, src, filename, mode string) (py.Value, error) {
	t.Helper()
	co, err := compileSource([]byte(src), filename, mode)
	if err != nil {
		t.Fatal(err)
	}
	vm.RegisterSource(filename, src)
	m := it.NewModule("__main__")
	return it.RunCode(co, m.Dict)
}

func TestAPI(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready")
	}
	tests := []struct {
		name, src, mode string
		out, errText    string // errText: expected FormatException output (exact)
	}{
		{"print", "print('hi', 1 + 2)", "exec", "hi 3\n", ""},
		{"display hook", "[1 + 1, 'x']", "single", "", ""},
		{"traceback from <string>", "x = 1\ny = x / 0\n", "exec", "",
			"Traceback (most recent call last):\n  File \"<cell-1>\", line 2, in <module>\n    y = x / 0\nZeroDivisionError: division by zero\n"},
		{"recursion", "def f(): return f()\nf()", "exec", "", ""},
		{"go panic is SystemError", "import panicky\npanicky.boom()", "exec", "", ""},
	}
	vm.RegisterModule("panicky", func(it *vm.Interp, m *py.Module) error {
		m.Set("boom", py.NewBuiltin("boom", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			var s []int
			_ = s[3]
			return py.None, nil
		}))
		return nil
	})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := vm.New()
			var out bytes.Buffer
			it.Stdout = &out
			var shown []string
			it.DisplayHook = func(v py.Value) error {
				s, _ := py.Repr(it.Thread(), v)
				shown = append(shown, s)
				return nil
			}
			fname := "<cell-1>"
			_, err := run(t, it, tc.src, fname, tc.mode)
			switch tc.name {
			case "display hook":
				if strings.Join(shown, ",") != "[2, 'x']" {
					t.Errorf("display hook saw %v", shown)
				}
			case "recursion":
				if err == nil || !strings.HasSuffix(vm.FormatException(err), "RecursionError: maximum recursion depth exceeded\n") {
					t.Errorf("got %v", err)
				}
				if !strings.Contains(vm.FormatException(err), "[Previous line repeated 996 more times]") {
					t.Errorf("no repeat marker:\n%s", vm.FormatException(err))
				}
			case "go panic is SystemError":
				pe, ok := err.(*vm.PyError)
				if !ok || !pe.Exc.Matches(py.SystemErrorType) || !strings.Contains(pe.Error(), "index out of range") {
					t.Errorf("got %v", err)
				}
				// the interpreter still works afterwards
				if _, err := run(t, it, "print('ok')", "<cell-2>", "exec"); err != nil || !strings.HasSuffix(out.String(), "ok\n") {
					t.Errorf("after panic: %v %q", err, out.String())
				}
			default:
				if tc.errText == "" && err != nil {
					t.Fatalf("unexpected error: %s", vm.FormatException(err))
				}
				if tc.errText != "" && (err == nil || vm.FormatException(err) != tc.errText) {
					t.Errorf("error text:\n%v\nwant:\n%s", err, tc.errText)
				}
				if out.String() != tc.out {
					t.Errorf("stdout %q, want %q", out.String(), tc.out)
				}
			}
		})
	}
}

func TestInterrupt(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready")
	}
	// Each program runs forever; Interrupt must stop it with
	// KeyboardInterrupt wherever the loop happens to be.
	progs := []struct{ name, src string }{
		{"while", "n = 0\nwhile True:\n    n += 1\n"},
		{"generator in for", "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n"},
		{"generator in sum", "def g():\n    while True:\n        yield 1\nsum(g())\n"},
		{"calls", "def f(x):\n    return x\nwhile True:\n    f(1)\n"},
		{"map", "for x in map(lambda v: v, iter(int, 1)):\n    pass\n"},
	}
	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			it := vm.New()
			co, err := compileSource([]byte(p.src), "<loop>", "exec")
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error)
			go func() {
				m := it.NewModule("__main__")
				_, err := it.RunCode(co, m.Dict)
				done <- err
			}()
			for {
				it.Interrupt()
				select {
				case err := <-done:
					pe, ok := err.(*vm.PyError)
					if !ok || !pe.Exc.Matches(py.KeyboardInterruptType) {
						t.Fatalf("got %v", err)
					}
					if !strings.HasSuffix(vm.FormatException(err), "KeyboardInterrupt\n") {
						t.Errorf("text %q", vm.FormatException(err))
					}
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		})
	}
}
