package heapqmod_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// BenchmarkPushPop is 1000 pushes then 1000 pops of ints.
func BenchmarkPushPop(b *testing.B) {
	snippets.Bench(b, `
from heapq import heappush, heappop
h = []
for i in range(1000):
    heappush(h, (i * 7919) % 1000)
while h:
    heappop(h)
`)
}
