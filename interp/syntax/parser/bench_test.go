package parser

import (
	"fmt"
	"strings"
	"testing"
)

// benchChunk is 25 lines of everyday Python; genSource repeats it with
// fresh names up to the wanted number of lines.
const benchChunk = `class Shape%[1]d(Base):
    """A shape with an area."""
    sides = %[1]d

    def __init__(self, width, height=1.5, *args, name='s%[1]d', **kw):
        self.width, self.height = width, height
        self.name = f"{name}-{width!r:>4}"

    def area(self):
        return self.width * self.height + (self.sides ** 2) / 3

def compute%[1]d(items, factor=2):
    total = 0
    for i, item in enumerate(items):
        if item is None or i %% 3 == 0:
            continue
        elif isinstance(item, (int, float)) and item > 0:
            total += item * factor
        else:
            total -= len(str(item))
    squares = [x * x for x in range(%[1]d) if x %% 2]
    lookup = {k: v for k, v in zip('abc', squares)}
    try:
        return total, lookup['a'], squares[1:-1]
    except (KeyError, IndexError) as exc:
        raise ValueError("bad input: %%s" %% exc) from exc
`

func genSource(lines int) []byte {
	var b strings.Builder
	for i := 0; strings.Count(b.String(), "\n") < lines; i++ {
		fmt.Fprintf(&b, benchChunk, i)
	}
	return []byte(b.String())
}

// BenchmarkParse5000 parses a generated 5,000-line module. For scale,
// CPython 3.7's compile(src, 'f', 'exec', ast.PyCF_ONLY_AST) of the same
// text is the number to beat (see the package's report).
func BenchmarkParse5000(b *testing.B) {
	src := genSource(5000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src, "bench.py", "exec", 0); err != nil {
			b.Fatal(err)
		}
	}
}
