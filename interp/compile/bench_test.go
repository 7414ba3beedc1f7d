package compile_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
)

// bigModule generates a module of about n lines mixing functions, classes,
// loops, comprehensions, closures, try/with and calls.
func bigModule(n int) string {
	var b strings.Builder
	b.WriteString("import os, sys\nfrom collections import defaultdict as dd\n")
	lines := 2
	for i := 0; lines < n; i++ {
		chunk := fmt.Sprintf(`
def func_%[1]d(a, b=%[1]d, *args, key=None, **kw):
    """Docstring %[1]d."""
    total = 0
    for i in range(a):
        if i %% 3 == 0 and not b:
            total += i * 2
        elif i > 10 or key is None:
            continue
        else:
            total -= len(args)
    while total > 100:
        total //= 2
    data = [x * x for x in args if x]
    mapping = {k: v for k, v in kw.items()}
    def inner(y):
        return total + y + a
    try:
        with open(key) as fh:
            text = fh.read()
    except (OSError, ValueError) as exc:
        text = str(exc)
    finally:
        total += 1
    return inner(total), data, mapping, f"{text!r:>{b}} {total}"


class Klass_%[1]d(object):
    attr: int = %[1]d

    def __init__(self, x, y=(1, 2, 3)):
        self.x, self.y = x, y
        self.__private = [*y, x]

    @property
    def value(self):
        return super().__hash__() ^ self.x

    async def run(self, q):
        async for item in q:
            await item
        return {**self.__dict__, "x": self.x}


result_%[1]d = func_%[1]d(%[1]d, key="k", extra=[1, 2.5, "s", b"b", None])
print(*sys.argv, sep=", ", file=sys.stderr) if result_%[1]d else os.getcwd()
`, i)
		b.WriteString(chunk)
		lines += strings.Count(chunk, "\n")
	}
	return b.String()
}

// BenchmarkCompile5000 compiles a generated 5,000-line module (parse, fold,
// symbol table, code generation, peephole). Set BYTEPY_BENCH_SRC to write
// the module out, to time CPython on the same file:
//
//	python3.7 -m timeit -s 'src=open("/tmp/m.py").read()' 'compile(src, "m.py", "exec")'
func BenchmarkCompile5000(b *testing.B) {
	src := []byte(bigModule(5000))
	if p := os.Getenv("BYTEPY_BENCH_SRC"); p != "" {
		os.WriteFile(p, src, 0o644)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := compile.Compile(src, "m.py", "exec", 0, -1); err != nil {
			b.Fatal(err)
		}
	}
}
