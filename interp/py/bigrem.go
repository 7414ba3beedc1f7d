package py

import (
	"math/big"
	"math/bits"
)

// Remainder by a one-word divisor in four interleaved chains.
//
// remSmall's reciprocal step is about a dozen cycles of latency, and each
// step needs the remainder of the one before, so a long number runs at
// latency, not throughput. Cutting the digits into four blocks and
// running one chain per block in the same loop keeps the multiplier busy;
// the block remainders then combine as X3*P³ + X2*P² + X1*P + X0 with
// P = 2^(64m) mod d (m words a block), a handful of hardware divides.
// `x % 1000` on a 200-word x costs about half as much.

// remSplitMin is the length from which splitting pays for working out P.
const remSplitMin = 32

// remSplit is the magnitude ws mod d for d > 0 and len(ws) >=
// remSplitMin.
func remSplit(ws []big.Word, d uint64) uint64 {
	s := uint(bits.LeadingZeros64(d))
	dn := d << s
	v, _ := bits.Div64(^dn, ^uint64(0), dn)
	m := len(ws) / 4
	b0, b1, b2, b3 := ws[:m], ws[m:2*m], ws[2*m:3*m], ws[3*m:]
	// Each chain divides its block shifted left by s (a shift by 64 is
	// 0 in Go, so s = 0 needs no case of its own); the bits shifted out
	// of a block's top word start its remainder. Block 3 has up to three
	// words more than the others, done first.
	r0 := uint64(b0[m-1]) >> (64 - s)
	r1 := uint64(b1[m-1]) >> (64 - s)
	r2 := uint64(b2[m-1]) >> (64 - s)
	r3 := uint64(b3[len(b3)-1]) >> (64 - s)
	for i := len(b3) - 1; i >= m; i-- {
		r3 = rem2by1(r3, uint64(b3[i])<<s|uint64(b3[i-1])>>(64-s), dn, v)
	}
	for i := m - 1; i > 0; i-- {
		r0 = rem2by1(r0, uint64(b0[i])<<s|uint64(b0[i-1])>>(64-s), dn, v)
		r1 = rem2by1(r1, uint64(b1[i])<<s|uint64(b1[i-1])>>(64-s), dn, v)
		r2 = rem2by1(r2, uint64(b2[i])<<s|uint64(b2[i-1])>>(64-s), dn, v)
		r3 = rem2by1(r3, uint64(b3[i])<<s|uint64(b3[i-1])>>(64-s), dn, v)
	}
	// The lowest word of each block has nothing below it.
	r0 = rem2by1(r0, uint64(b0[0])<<s, dn, v) >> s
	r1 = rem2by1(r1, uint64(b1[0])<<s, dn, v) >> s
	r2 = rem2by1(r2, uint64(b2[0])<<s, dn, v) >> s
	r3 = rem2by1(r3, uint64(b3[0])<<s, dn, v) >> s

	p := powWordMod(m, d)
	r := addMod(mulMod(r3, p, d), r2, d)
	r = addMod(mulMod(r, p, d), r1, d)
	return addMod(mulMod(r, p, d), r0, d)
}

// powWordMod is 2^(64m) mod d.
func powWordMod(m int, d uint64) uint64 {
	b := bits.Rem64(1, 0, d) // 2^64 mod d
	r := 1 % d
	for ; m > 0; m >>= 1 {
		if m&1 != 0 {
			r = mulMod(r, b, d)
		}
		b = mulMod(b, b, d)
	}
	return r
}

// mulMod is a*b mod d for a, b < d.
func mulMod(a, b, d uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return bits.Rem64(hi, lo, d)
}

// addMod is a+b mod d for a, b < d (the sum may carry out of 64 bits
// when d > 2^63).
func addMod(a, b, d uint64) uint64 {
	s, c := bits.Add64(a, b, 0)
	if c != 0 || s >= d {
		s -= d
	}
	return s
}
