package symtable

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// benchSource generates a module of about n lines mixing the constructs the
// symbol table works hardest on: classes with methods and super(), closures
// with nonlocal, comprehensions, lambdas, globals.
func benchSource(n int) string {
	var sb strings.Builder
	sb.WriteString("import os, sys\nCOUNT = 0\n")
	for i := 0; strings.Count(sb.String(), "\n") < n; i++ {
		fmt.Fprintf(&sb, `class C%d(Base):
    __slots = (1, 2)
    def __init__(self, a, b=2, *args, c=3, **kw):
        super().__init__()
        self.__a = a + b * 2 ** 10
        self.items = [x * 2 for x in range(a) if x %% 3 in [0, 1]]
    def method(self, n):
        total = 0
        def inner(k):
            nonlocal total
            total += k
            return lambda j: j + n + total
        for i in (1, 2, 3):
            inner(i)(i)
        return {k: v for k, v in zip("abc", [1, 2, 3])}
def func%d(x, y):
    global COUNT
    COUNT += 1
    z = (x, y, -1, 'a' * 3)
    gen = (w + x for w in z if w)
    return sum(gen), os.path.join(str(x), str(y))
`, i, i)
	}
	return sb.String()
}

func BenchmarkBuild5000(b *testing.B) {
	src := []byte(benchSource(5000))
	mod, err := parser.Parse(src, "bench.py", "exec", 0)
	if err != nil {
		b.Skipf("parser: %v", err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(mod, "bench.py", 0); err != nil {
			b.Fatal(err)
		}
	}
}
