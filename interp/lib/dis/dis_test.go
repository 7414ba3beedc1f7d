package dismod_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	_ "github.com/bytepy/bytepy/interp/lib/dis"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

func init() { vm.Compile = compile.Compile }

// addr hides object addresses, which differ from run to run.
var addr = regexp.MustCompile(`at 0x[0-9a-f]+`)

func normalize(s string) string { return addr.ReplaceAllString(s, "at 0xADDR") }

// run executes testdata/name as __main__ and returns stdout, with an
// uncaught exception's traceback appended.
func run(t *testing.T, name string) string {
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	co, err := compile.Compile(src, name, "exec", 0, -1)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out bytes.Buffer
	it := vm.New()
	it.Stdout, it.Stderr = &out, &out
	vm.RegisterSource(name, string(src))
	m := it.NewModule("__main__")
	m.Dict.SetStr("__file__", py.NewStr(name))
	if _, err := it.RunCode(co, m.Dict); err != nil {
		out.WriteString(vm.FormatException(err))
	}
	return out.String()
}

// TestPrograms compares each testdata program's output with its golden
// file (made by testdata/gen.py) and, when CPython 3.7 is installed, with
// a live run of it.
func TestPrograms(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	_, err := os.Stat(oracle)
	live := err == nil
	for _, f := range files {
		name := filepath.Base(f)
		if name == "gen.py" {
			continue
		}
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got := normalize(run(t, name))
			if d := os.Getenv("LIBTEST_DUMP"); d != "" {
				os.WriteFile(filepath.Join(d, name+".got"), []byte(got), 0o644)
			}
			if got != normalize(string(want)) {
				t.Errorf("golden mismatch\n--- got\n%s\n--- want\n%s", got, want)
			}
			if live {
				cmd := exec.Command(oracle, name)
				cmd.Dir = "testdata"
				o, _ := cmd.Output()
				if got != normalize(string(o)) {
					t.Errorf("oracle mismatch\n--- got\n%s\n--- oracle\n%s", got, o)
				}
			}
		})
	}
}
