package compile_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/dis"
)

// TestStdlib compiles CPython 3.7's own standard library (or the random
// programs of testdata/gen_random.py) with both compilers and compares
// every code object, or the SyntaxError. It is slow, so it runs only
// when BYTEPY_STDLIB names a directory of .py files (e.g. the oracle's
// lib/python3.7); BYTEPY_STDLIB_MAX limits how many files and
// BYTEPY_STDLIB_OPT sets the optimize level.
func TestStdlib(t *testing.T) {
	dir := os.Getenv("BYTEPY_STDLIB")
	if dir == "" {
		t.Skip("set BYTEPY_STDLIB to a directory of Python sources")
	}
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("CPython 3.7 oracle not installed")
	}
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if n, err := strconv.Atoi(os.Getenv("BYTEPY_STDLIB_MAX")); err == nil && n < len(files) {
		files = files[:n]
	}
	out := t.TempDir()
	cmd := exec.Command(oracle, append([]string{"testdata/gen_stdlib.py", out}, files...)...)
	// frozenset constants iterate in hash order; fold assumes seed 0.
	optimize := -1
	if n, err := strconv.Atoi(os.Getenv("BYTEPY_STDLIB_OPT")); err == nil {
		optimize = n
	}
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "OPTIMIZE="+strconv.Itoa(optimize))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen_stdlib.py: %v\n%s", err, b)
	}
	pass := 0
	for i, f := range files {
		want, err := os.ReadFile(filepath.Join(out, strconv.Itoa(i)+".code"))
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(f)
		co, err := compile.Compile(src, "m.py", "exec", 0, optimize)
		if strings.HasPrefix(string(want), "error ") {
			if err == nil || "error "+err.Error()+"\n" != string(want) {
				t.Errorf("%s: got %v, want %s", f, err, want)
				continue
			}
			pass++
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if d := diffText(dis.DumpCodeString(co), string(want)); d != "" {
			t.Errorf("%s: %s", f, d)
			continue
		}
		pass++
	}
	t.Logf("stdlib: %d/%d files identical", pass, len(files))
}
