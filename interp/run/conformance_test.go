package run_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/internal/golden"
	"github.com/bytepy/bytepy/interp/run"
)

var update = flag.Bool("update-known-failures", false, "rewrite testdata/known_failures.txt with the programs failing now")

// corpora are the program directories whose .py files have golden
// .out/.err/.rc files made by CPython 3.7.16.
var corpora = []string{
	"../vm/testdata/programs",
	"../vm/testdata/conformance",
}

// TestConformance runs every golden program through the whole pipeline —
// our compiler, the VM and the library modules — and compares stdout,
// stderr and the exit status with CPython 3.7's.
func TestConformance(t *testing.T) {
	r := golden.Load(t, filepath.Join("testdata", "known_failures.txt"))
	for _, dir := range corpora {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".py")
			key := filepath.Base(dir) + "/" + name
			r.Check(t, key, key, func() string { return runOne(t, dir, name) })
		}
	}
	r.Finish(t, *update, "Conformance programs that fail today; see conformance_test.go.")
}

func runOne(t *testing.T, dir, name string) string {
	src, err := os.ReadFile(filepath.Join(dir, name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	want := func(ext string) string {
		b, _ := os.ReadFile(filepath.Join(dir, name+ext))
		return string(b)
	}
	abs, _ := filepath.Abs(dir)
	var out, errb bytes.Buffer
	rc := run.Main(src, name+".py", run.Options{Argv: []string{name + ".py"}, Path0: abs, Stdout: &out, Stderr: &errb, File: true})
	var diffs []string
	if got, w := out.String(), want(".out"); got != w {
		diffs = append(diffs, "stdout:\n"+firstDiff(got, w))
	}
	if got, w := errb.String(), want(".err"); got != w {
		diffs = append(diffs, "stderr:\n"+firstDiff(got, w))
	}
	if w := strings.TrimSpace(want(".rc")); strconv.Itoa(rc) != w {
		diffs = append(diffs, "exit status "+strconv.Itoa(rc)+", want "+w)
	}
	return strings.Join(diffs, "\n")
}

// firstDiff shows the first differing line with a little context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "  line " + strconv.Itoa(i+1) + "\n  - want: " + strconv.Quote(wl) + "\n  + got:  " + strconv.Quote(gl)
		}
	}
	return "  (differs only in length)"
}
