package mathmod_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// BenchmarkCalls is 1000 calls each of sqrt, sin and floor.
func BenchmarkCalls(b *testing.B) {
	snippets.Bench(b, `
from math import sqrt, sin, floor
s = 0.0
for i in range(1000):
    s += sqrt(i) + sin(i) + floor(i / 3)
`)
}

// BenchmarkLoopBaseline is the same loop without the calls.
func BenchmarkLoopBaseline(b *testing.B) {
	snippets.Bench(b, `
s = 0.0
for i in range(1000):
    s += i + i + i / 3
`)
}
