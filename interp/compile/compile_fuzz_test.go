package compile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
)

// FuzzCompile feeds arbitrary sources through the whole front end in all
// three modes. Syntax errors are fine; panics and hangs are not.
//
//	go test ./interp/compile -run '^$' -fuzz FuzzCompile -fuzztime 3m
func FuzzCompile(f *testing.F) {
	for _, dir := range []string{"testdata/corpus", "testdata/corpus_errors"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil && len(b) < 4000 {
				f.Add(b, uint8(0))
			}
		}
	}
	f.Add([]byte("x = 1\n"), uint8(1))
	f.Add([]byte("async def f():\n    return [x async for x in y]\n"), uint8(0))
	modes := []string{"exec", "eval", "single"}
	f.Fuzz(func(t *testing.T, src []byte, sel uint8) {
		mode := modes[int(sel)%3]
		optimize := int(sel/3)%4 - 1
		co, err := compile.Compile(src, "fuzz.py", mode, 0, optimize)
		if err == nil && co == nil {
			t.Fatal("no code and no error")
		}
	})
}
