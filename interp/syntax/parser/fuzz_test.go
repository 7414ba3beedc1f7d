package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary source to every mode and to IsComplete: the
// parser must return a tree or an error, never panic or hang.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("testdata/samples/*.py")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	if data, err := os.ReadFile("testdata/errors.json"); err == nil {
		for _, c := range loadErrors(f, data) {
			f.Add([]byte(c.Src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan bool)
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second): // a hang detector, not a timing test
				panic(fmt.Sprintf("hang on %q", src))
			}
		}()
		for _, mode := range []string{"exec", "eval", "single"} {
			root, err := Parse(src, "fuzz", mode, 0)
			if (root == nil) == (err == nil) {
				t.Fatalf("%s: root %v, err %v", mode, root, err)
			}
		}
		IsComplete(string(src))
	})
}
