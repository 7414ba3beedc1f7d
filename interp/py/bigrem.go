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
// `x % 1000` on a 213-word x takes 0.66 µs rather than 1.13 µs.

// remSplitMin is the length from which splitting pays for working out P.
const remSplitMin = 32

// remSplit is the magnitude ws mod d for d > 0 and len(ws) >=
// remSplitMin. The chains work modulo dn, d shifted to have its top bit
// set as the reciprocal step needs, on the digits as they are: d divides
// dn, so a remainder mod dn reduced mod d is the one mod d, and no chain
// has to shift its words.
func remSplit(ws []big.Word, d uint64) uint64 {
	dn := d << uint(bits.LeadingZeros64(d))
	v, _ := bits.Div64(^dn, ^uint64(0), dn)
	m := len(ws) / 4
	b0, b1, b2, b3 := ws[:m], ws[m:2*m], ws[2*m:3*m], ws[3*m:]
	// Block 3 has up to three words more than the others, done first.
	var r0, r1, r2, r3 uint64
	for i := len(b3) - 1; i >= m; i-- {
		r3 = rem2by1(r3, uint64(b3[i]), dn, v)
	}
	for i := m - 1; i >= 0; i-- {
		r0 = rem2by1(r0, uint64(b0[i]), dn, v)
		r1 = rem2by1(r1, uint64(b1[i]), dn, v)
		r2 = rem2by1(r2, uint64(b2[i]), dn, v)
		r3 = rem2by1(r3, uint64(b3[i]), dn, v)
	}
	p := powWordMod(m, d)
	r := addMod(mulMod(r3%d, p, d), r2%d, d)
	r = addMod(mulMod(r, p, d), r1%d, d)
	return addMod(mulMod(r, p, d), r0%d, d)
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
