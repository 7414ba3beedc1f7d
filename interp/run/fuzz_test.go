package run_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bytepy/bytepy/interp/run"
)

// capped keeps the first part of what is written and drops the rest, so a
// fuzzed program that prints forever cannot exhaust memory.
type capped struct{ bytes.Buffer }

func (c *capped) Write(p []byte) (int, error) {
	if c.Len() < 1<<16 {
		c.Buffer.Write(p)
	}
	return len(p), nil
}

// FuzzRun runs mutated conformance programs through the whole pipeline.
// Python errors of every kind are fine; a Go panic inside the VM (which the
// VM reports as SystemError) or a crash of the process is not.
func FuzzRun(f *testing.F) {
	for _, dir := range corpora {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, p := range files {
			if src, err := os.ReadFile(p); err == nil && len(src) < 4096 {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 8192 || bytes.Contains(src, []byte("import")) {
			return // imports reach the file system and sleeping modules
		}
		var out, errb capped
		run.Main(src, "fuzz.py", run.Options{Argv: []string{"fuzz.py"}, Path0: t.TempDir(),
			Stdout: &out, Stderr: &errb, Deadline: 300 * time.Millisecond})
		if strings.Contains(errb.String(), "Go panic in the VM") {
			t.Fatalf("VM panic on\n%s\n%s", src, errb.String())
		}
	})
}
