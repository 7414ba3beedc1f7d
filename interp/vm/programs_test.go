package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

func init() {
	vm.Compile = func(src []byte, filename, mode string, flags, optimize int) (*code.Code, error) {
		return compileSource(src, filename, mode)
	}
}

// runProgram runs a file as `python3.7 NAME.py` would in its directory:
// stdout, stderr and the exit status.
func runProgram(t *testing.T, dir, name string) (string, string, int) {
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	co, err := compileSource(src, name, "exec")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	it := vm.New()
	it.Stdout, it.Stderr = &out, &errb
	vm.RegisterSource(name, string(src))
	m := it.NewModule("__main__")
	m.Dict.SetStr("__file__", py.NewStr(name))
	abs, _ := filepath.Abs(dir)
	it.Sys().Set("path", py.NewList([]py.Value{py.NewStr(abs)}))
	it.Sys().Set("argv", py.NewList([]py.Value{py.NewStr(name)}))
	_, rerr := it.RunCode(co, m.Dict)
	rc := 0
	if rerr != nil {
		rc = 1
		pe, ok := rerr.(*vm.PyError)
		if ok && pe.Exc.Matches(py.SystemExitType) {
			rc = exitStatus(it, pe.Exc, &errb)
		} else {
			errb.WriteString(vm.FormatException(rerr))
		}
	}
	return out.String(), errb.String(), rc
}

func exitStatus(it *vm.Interp, e *py.Exception, errb *bytes.Buffer) int {
	a := e.ArgsSlice()
	if len(a) == 0 || a[0].IsNone() {
		return 0
	}
	if a[0].IsInt() {
		return int(a[0].Int())
	}
	s, _ := py.Str_(it.Thread(), a[0])
	errb.WriteString(s + "\n")
	return 1
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// TestPrograms runs every testdata/programs/*.py and compares stdout,
// stderr (its last line, then all of it: tracebacks are CPython's text)
// and the exit status with the golden files made by
// testdata/gen_golden.py; it also checks the goldens against the live
// oracle. Code objects come from compileSource (oracle_test.go).
func TestPrograms(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready; oracle not found")
	}
	dir := "testdata/programs"
	// files.py writes this file in the current directory
	t.Cleanup(func() { os.Remove("_bytepy_test_file.txt") })
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		name := filepath.Base(f)
		base := strings.TrimSuffix(name, ".py")
		t.Run(base, func(t *testing.T) {
			t.Parallel()
			wantOut, _ := os.ReadFile(filepath.Join(dir, base+".out"))
			wantErr, _ := os.ReadFile(filepath.Join(dir, base+".err"))
			wantRCs, _ := os.ReadFile(filepath.Join(dir, base+".rc"))
			wantRC, _ := strconv.Atoi(strings.TrimSpace(string(wantRCs)))
			out, errs, rc := runProgram(t, dir, name)
			if out != string(wantOut) {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s", out, wantOut)
			}
			if lastLine(errs) != lastLine(string(wantErr)) {
				t.Errorf("stderr last line: got %q want %q\nfull stderr:\n%s", lastLine(errs), lastLine(string(wantErr)), errs)
			}
			if errs != string(wantErr) {
				t.Errorf("stderr differs\n--- got\n%s\n--- want\n%s", errs, wantErr)
			}
			if rc != wantRC {
				t.Errorf("exit status %d, want %d", rc, wantRC)
			}
			// live comparison against the oracle
			cmd := exec.Command(oraclePath, "-B", name)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
			var lo bytes.Buffer
			cmd.Stdout = &lo
			cmd.Run()
			if lo.String() != string(wantOut) {
				t.Errorf("golden %s.out is stale: regenerate with testdata/gen_golden.py", base)
			}
		})
	}
}
