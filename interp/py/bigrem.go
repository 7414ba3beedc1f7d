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
	p := powWordModCached(m, d)
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

// divSplit2 sets q to the magnitude ws / d and returns ws mod d, for
// 0 < d < 2^63 and len(q) == len(ws) >= remSplitMin. A quotient digit
// needs the remainder of all the digits above it, so the quotient is one
// latency-bound chain; but the remainder of the top half comes cheaply
// from remSplit, after which the two halves divide as two chains
// interleaved in one loop.
func divSplit2(q, ws []big.Word, d uint64) uint64 {
	m := len(ws) / 2
	in := remSplit(ws[m:], d)
	s := uint(bits.LeadingZeros64(d)) & 63 // >= 1
	t := (64 - s) & 63
	dn := d << s
	v, _ := bits.Div64(^dn, ^uint64(0), dn)
	lo, hi := ws[:m], ws[m:]
	ql, qh := q[:m], q[m:len(ws)]
	// Each half shifted left by s; the low half starts from the top
	// half's remainder (shifted, its low s bits free for the bits shifted
	// out of the half's top word).
	c0 := in<<s | uint64(lo[m-1])>>t
	c1 := uint64(hi[len(hi)-1]) >> t
	var x uint64
	for i := len(hi) - 1; i >= m; i-- {
		x, c1 = div2by1(c1, uint64(hi[i])<<s|uint64(hi[i-1])>>t, dn, v)
		qh[i] = big.Word(x)
	}
	for i := m - 1; i > 0; i-- {
		x, c0 = div2by1(c0, uint64(lo[i])<<s|uint64(lo[i-1])>>t, dn, v)
		ql[i] = big.Word(x)
		x, c1 = div2by1(c1, uint64(hi[i])<<s|uint64(hi[i-1])>>t, dn, v)
		qh[i] = big.Word(x)
	}
	x, c0 = div2by1(c0, uint64(lo[0])<<s, dn, v)
	ql[0] = big.Word(x)
	x, _ = div2by1(c1, uint64(hi[0])<<s, dn, v)
	qh[0] = big.Word(x)
	return c0 >> s
}

// div2by1 is the quotient and remainder of (u1*2^64 + u0) by a normalised
// d, for u1 < d and v = floor((2^128-1)/d) - 2^64: a quotient estimate
// from the reciprocal, then at most two corrections.
func div2by1(u1, u0, d, v uint64) (q, r uint64) {
	qh, ql := bits.Mul64(v, u1)
	ql, c := bits.Add64(ql, u0, 0)
	qh, _ = bits.Add64(qh, u1+1, c)
	r = u0 - qh*d
	if r > ql {
		qh--
		r += d
	}
	if r >= d {
		qh++
		r -= d
	}
	return qh, r
}
