package py

import (
	"math/big"
	"testing"
)

// The `x % 1000` of bench/programs/bigint.py's division loop, x ~213 words.
func BenchmarkRemSmall(b *testing.B) {
	x := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 13600), big.NewInt(12345))
	for i := 0; i < b.N; i++ {
		_ = remSmall(x, 1000)
	}
}

// The `x // 3` of the same loop (one reciprocal chain).
func BenchmarkDivSmall(b *testing.B) {
	x := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 13600), big.NewInt(12345))
	q := make([]big.Word, len(x.Bits()))
	for i := 0; i < b.N; i++ {
		_ = divSmall(q, x, 3)
	}
}
