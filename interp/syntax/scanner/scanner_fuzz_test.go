package scanner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax/token"
)

// FuzzScanner checks the scanner never panics and always ends: every token
// stream reaches ENDMARKER or an error within a bound proportional to the
// input, tokens lie inside the source, and the literal decoders accept
// whatever the scanner hands them without panicking.
func FuzzScanner(f *testing.F) {
	for _, dir := range []string{"tokens", "errors"} {
		paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, comments := range []bool{false, true} {
			s := New("fuzz", src)
			s.Comments = comments
			limit := 4*len(src) + 400 // DEDENTs are bounded by 100 levels
			for i := 0; ; i++ {
				if i > limit {
					t.Fatalf("no ENDMARKER after %d tokens", i)
				}
				tk, err := s.Next()
				if err != nil {
					break
				}
				if tk.Kind == token.ENDMARKER {
					if tk2, err := s.Next(); err != nil || tk2.Kind != token.ENDMARKER {
						t.Fatalf("after ENDMARKER: %v %v", tk2, err)
					}
					break
				}
				if tk.Start.Line < 1 || tk.End.Line < tk.Start.Line || tk.Start.Col < 0 || tk.End.Col < 0 {
					t.Fatalf("bad position %v", tk)
				}
				switch tk.Kind {
				case token.NUMBER:
					if _, err := ParseNumber(tk.Text); err != nil {
						t.Fatalf("ParseNumber(%q): %v", tk.Text, err)
					}
				case token.STRING:
					DecodeString(tk.Text)
				}
			}
			s.Line(1)
		}
	})
}
