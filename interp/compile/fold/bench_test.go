package fold

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// benchSource generates a module of about n lines, heavy in the constant
// expressions, tuples, subscripts and "in" tests that folding rewrites.
func benchSource(n int) string {
	var sb strings.Builder
	for i := 0; strings.Count(sb.String(), "\n") < n; i++ {
		fmt.Fprintf(&sb, `def f%d(x, y=2 ** 10, z=(1, 2, 3)):
    a = 60 * 60 * 24 * %d
    b = (1.5 + 2j) * 3 - 1 / 7
    c = 'abc' * 4 + 'def'[1]
    if x in [1, 2, 3] or y not in {4, 5, %d}:
        a = -a + ~x
    for i in [a, b, 7 // 2, 7 %% 3]:
        print(i, (1, (2, 3)), not x is None, __debug__)
    return [v << 3 for v in (1, 2, 3)], 2 ** 64, 1 << 130
`, i, i, i)
	}
	return sb.String()
}

func BenchmarkOptimize5000(b *testing.B) {
	src := []byte(benchSource(5000))
	if _, err := parser.Parse(src, "bench.py", "exec", 0); err != nil {
		b.Skipf("parser: %v", err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		mod, _ := parser.Parse(src, "bench.py", "exec", 0)
		b.StartTimer()
		if err := Optimize(mod, 0); err != nil {
			b.Fatal(err)
		}
	}
}
