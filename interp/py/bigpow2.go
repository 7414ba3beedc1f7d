package py

import (
	"math"
	"math/big"
	"math/bits"
)

// Remainder and floor quotient by a power of two.
//
// `x % (1 << 64)` — a hash or a linear congruential generator kept to a
// word — would otherwise go through math/big's general division, three
// allocations and a long divide for what is a mask: in two's complement,
// x mod 2**k is the low k bits of x for either sign of x (Python's floor
// mod takes the sign of the positive divisor), and x // 2**k is x >> k.
// The test for a power of two runs only where the general division
// would, so small-int % costs nothing more.

// pow2Exp is k when the big int m is 2**k, else -1.
func pow2Exp(m *big.Int) int {
	if m.Sign() <= 0 {
		return -1
	}
	ws := m.Bits()
	top := len(ws) - 1
	if w := ws[top]; w&(w-1) != 0 {
		return -1
	}
	for _, w := range ws[:top] {
		if w != 0 {
			return -1
		}
	}
	return top*64 + bits.TrailingZeros64(uint64(ws[top]))
}

// modPow2 is x % 2**k for a big x and k >= 1: the low k bits of x in
// two's complement, that is of |x|, or 2**k minus them when x < 0 and
// they are not all zero.
func modPow2(x *big.Int, k int) Value {
	ws := x.Bits()
	neg := x.Sign() < 0
	if k <= 64 {
		mask := ^uint64(0) >> uint(64-k)
		w := uint64(ws[0]) & mask
		if neg {
			w = -w & mask
		}
		if w <= math.MaxInt64 {
			return MakeInt(int64(w))
		}
		o := newBigBoxCap(1)
		o.b.SetBits(append(o.b.Bits()[:0], big.Word(w)))
		return o.value()
	}
	n := (k + 63) / 64 // result words
	o := newBigBoxCap(n)
	r := o.b.Bits()
	if cap(r) < n {
		r = make([]big.Word, n)
	}
	r = r[:n:n]
	c := copy(r, ws)
	clear(r[c:])
	if neg {
		// two's complement negation within n words: ^r + 1
		carry := uint64(1)
		for i := range r {
			s, c := bits.Add64(^uint64(r[i]), 0, carry)
			r[i], carry = big.Word(s), c
		}
	}
	if s := uint(k % 64); s != 0 {
		r[n-1] &= big.Word(1)<<s - 1
	}
	o.b.SetBits(r) // drops leading zero words
	return o.value()
}

// pow2Divisor is k when the int (not bool) b is 2**k, else -1.
func pow2Divisor(b Value) int {
	if b.IsInt() {
		if y := b.Int(); y > 0 && y&(y-1) == 0 {
			return bits.TrailingZeros64(uint64(y))
		}
		return -1
	}
	if isBig(b) {
		return pow2Exp(bigRO(b))
	}
	return -1
}
