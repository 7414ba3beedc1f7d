package compile

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/constant"
)

// TestUnparse checks the "from __future__ import annotations" strings for
// each expression of testdata/unparse.txt against testdata/unparse.golden
// (and the live oracle when installed), by compiling the same module CPython
// compiled and reading the constant the annotation store loads.
func TestUnparse(t *testing.T) {
	src, err := os.ReadFile("testdata/unparse.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/unparse.golden")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("/root/.pyenv/versions/3.7.16/bin/python3.7"); err == nil && !testing.Short() {
		cmd := exec.Command("/root/.pyenv/versions/3.7.16/bin/python3.7", "testdata/gen_unparse.py", "testdata/unparse.txt")
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		if live, err := cmd.Output(); err != nil || string(live) != string(golden) {
			t.Errorf("unparse.golden is stale or the oracle failed (%v)", err)
		}
	}
	exprs := strings.Split(strings.TrimRight(string(src), "\n"), "\n")
	want := strings.Split(strings.TrimRight(string(golden), "\n"), "\n")
	if len(exprs) != len(want) {
		t.Fatalf("%d expressions, %d goldens", len(exprs), len(want))
	}
	for i, e := range exprs {
		co, err := CompileString("from __future__ import annotations\nx: "+e, "u", "exec", 0, -1)
		if err != nil {
			t.Errorf("%s: %v", e, err)
			continue
		}
		// SETUP_ANNOTATIONS, import, then LOAD_CONST annotation.
		got := annotationConst(co.Code, co.Consts)
		if got != want[i] {
			t.Errorf("%s: got %s, want %s", e, got, want[i])
		}
	}
}

// annotationConst finds the LOAD_CONST just before LOAD_NAME
// __annotations__ and returns the repr of its constant.
func annotationConst(code []byte, consts []constant.Value) string {
	for i := 2; i+1 < len(code); i += 2 {
		if code[i] == 101 && code[i-2] == 100 { // LOAD_NAME after LOAD_CONST
			return consts[code[i-1]].Repr()
		}
	}
	return "?"
}
