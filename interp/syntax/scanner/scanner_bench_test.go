package scanner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax/token"
)

// benchSource is a generated module of about 5,000 lines mixing the usual
// shapes of Python code.
func benchSource() string {
	var b strings.Builder
	for i := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < 5000; i++ {
		fmt.Fprintf(&b, "class C%d(Base):\n", i)
		fmt.Fprintf(&b, "    \"\"\"Docstring for C%d.\n\n    More text.\n    \"\"\"\n", i)
		fmt.Fprintf(&b, "    def method_%d(self, x, y=1.5e3, *args, **kw):\n", i)
		b.WriteString("        # compute something\n")
		fmt.Fprintf(&b, "        total = x + y * 0x%x - (args[0] if args else 0b1010)\n", i)
		b.WriteString("        for k, v in kw.items():\n")
		b.WriteString("            if k.startswith('_') and v is not None:\n")
		b.WriteString("                total += len(k) ** 2 // 3\n")
		b.WriteString("            elif v:\n")
		b.WriteString("                total -= 1_000\n")
		b.WriteString("        data = {'a': [1, 2, 3], \"b\": (4, 5), 'c': {6, 7}}\n")
		b.WriteString("        return f'{total!r:>10}' + r'\\d+' + b'\\x00'.decode()\n\n")
	}
	return b.String()
}

func BenchmarkScan5000Lines(b *testing.B) {
	src := benchSource()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewString("bench.py", src)
		for {
			t, err := s.Next()
			if err != nil {
				b.Fatal(err)
			}
			if t.Kind == token.ENDMARKER {
				break
			}
		}
	}
}

func BenchmarkDecodeFile5000Lines(b *testing.B) {
	src := []byte(benchSource())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s := New("bench.py", src)
		for {
			t, err := s.Next()
			if err != nil {
				b.Fatal(err)
			}
			if t.Kind == token.ENDMARKER {
				break
			}
		}
	}
}
