package py

import (
	"math/big"
	"math/rand"
	"testing"
)

// divSmall (split into blocks from remSplitMin words) must agree with
// math/big on quotient and remainder for lengths around the split, every
// divisor shift and digit patterns of all ones, zeros and random words.
func TestDivSmall(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	divisors := []uint64{1, 2, 3, 10, 1000, 999983, 1<<32 + 1, 1<<63 - 1, 1 << 63, ^uint64(0)}
	for i := 0; i < 60; i++ {
		divisors = append(divisors, rng.Uint64()>>uint(rng.Intn(64)))
	}
	for _, d := range divisors {
		if d == 0 {
			continue
		}
		for _, n := range []int{1, 7, 31, 32, 33, 63, 64, 65, 66, 67, 68, 69, 99, 213} {
			ws := edgyWords(rng, n)
			ws[n-1] |= 1 // a normalised magnitude
			x := new(big.Int).SetBits(ws)
			wq, wr := new(big.Int).QuoRem(x, new(big.Int).SetUint64(d), new(big.Int))
			q := make([]big.Word, n)
			r := divSmall(q, x, d)
			if got := new(big.Int).SetBits(q); got.Cmp(wq) != 0 || r != wr.Uint64() {
				t.Fatalf("divSmall(%d words, %d) = %v, %d; want %v, %v", n, d, got, r, wq, wr)
			}
		}
	}
}
