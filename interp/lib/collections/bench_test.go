package collections_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// The hot paths that are Go for speed: deque's ends and Counter's
// counting loop. Each iteration runs a whole program (compile included).
var benchPrograms = []struct{ name, src string }{
	{"deque_queue", `
from collections import deque
d = deque()
for i in range(100000):
    d.append(i)
while d:
    d.popleft()
`},
	{"counter", `
from collections import Counter
c = Counter(i % 97 for i in range(100000))
c.most_common(3)
`},
}

func BenchmarkPrograms(b *testing.B) {
	for _, p := range benchPrograms {
		b.Run(p.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if out := snippets.Run(p.name+".py", []byte(p.src)); out != "" {
					b.Fatal(out)
				}
			}
		})
	}
}
