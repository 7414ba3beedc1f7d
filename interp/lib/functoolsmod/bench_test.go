package functoolsmod_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// BenchmarkLRUFib is a memoised fib(300) from a cleared cache.
func BenchmarkLRUFib(b *testing.B) {
	snippets.Bench(b, `
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(300)
`)
}
