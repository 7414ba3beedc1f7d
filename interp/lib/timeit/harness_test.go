package timeitmod_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

const oraclePath = "/root/.pyenv/versions/3.7.16/bin/python3.7"

func init() { vm.Compile = compile.Compile }

// run executes a program as `python3.7 name` would and returns stdout
// followed by the last line of any traceback.
func run(t *testing.T, name string, src []byte) string {
	t.Helper()
	co, err := compile.Compile(src, name, "exec", 0, -1)
	if err != nil {
		t.Fatalf("compile %s: %v", name, err)
	}
	var out, errb bytes.Buffer
	it := vm.New()
	it.Stdout, it.Stderr = &out, &errb
	vm.RegisterSource(name, string(src))
	m := it.NewModule("__main__")
	if _, rerr := it.RunCode(co, m.Dict); rerr != nil {
		out.WriteString("!! " + lastLine(vm.FormatException(rerr)) + "\n")
	}
	return out.String()
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// oracle runs the same program under CPython 3.7, in the same format.
func oracle(t *testing.T, path string) (string, bool) {
	if _, err := os.Stat(oraclePath); err != nil {
		return "", false
	}
	cmd := exec.Command(oraclePath, "-B", filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if cmd.Run() != nil {
		out.WriteString("!! " + lastLine(errb.String()) + "\n")
	}
	return out.String(), true
}

// TestPrograms runs testdata/*.py and compares with the goldens
// (testdata/*.out, written by testdata/gen.py under python3.7) and, when
// the oracle is installed, with its live output.
func TestPrograms(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, f := range files {
		if filepath.Base(f) == "gen.py" {
			continue
		}
		f := f
		t.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := run(t, filepath.Base(f), src)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatalf("no golden: %v", err)
			}
			if got != string(want) {
				t.Errorf("output differs from golden\n%s", diff(got, string(want)))
			}
			if live, ok := oracle(t, f); ok && live != string(want) {
				t.Errorf("golden is stale: rerun testdata/gen.py")
			}
		})
	}
}

// TestScratch runs the file named by $BYTEPY_SCRATCH, for ad-hoc checks.
func TestScratch(t *testing.T) {
	f := os.Getenv("BYTEPY_SCRATCH")
	if f == "" {
		t.Skip("set BYTEPY_SCRATCH to a program to run it")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, filepath.Base(f), src)
	if live, ok := oracle(t, f); ok && live != got {
		t.Errorf("differs from oracle\n%s", diff(got, live))
	}
}

func diff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, c string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			c = w[i]
		}
		if a != c {
			b.WriteString("line " + itoa(i+1) + "\n  got:  " + a + "\n  want: " + c + "\n")
			if n++; n > 8 {
				break
			}
		}
	}
	return b.String()
}

func itoa(i int) string { return py.IntString(py.MakeInt(int64(i))) }
