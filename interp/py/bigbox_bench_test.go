package py

import (
	"math/big"
	"testing"
)

// The Fibonacci step of bench/programs/bigint.py: a + b of ~33 words.
func BenchmarkBigAdd(b *testing.B) {
	x := MakeBigInt(new(big.Int).Lsh(big.NewInt(3), 2100))
	y := MakeBigInt(new(big.Int).Lsh(big.NewInt(5), 2090))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = IntAdd(x, y)
	}
}

// The factorial step: f * i, f ~ 120 words, i small.
func BenchmarkBigMulSmall(b *testing.B) {
	f := MakeBigInt(new(big.Int).Lsh(big.NewInt(7), 7680))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = IntMul(f, MakeInt(int64(1000+i%500)))
	}
}

// math/big alone, for scale.
func BenchmarkBigAddMathBig(b *testing.B) {
	x := new(big.Int).Lsh(big.NewInt(3), 2100)
	y := new(big.Int).Lsh(big.NewInt(5), 2090)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = new(big.Int).Add(x, y)
	}
}
