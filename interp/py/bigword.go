package py

import (
	"math/big"
	"math/bits"
)

// A big int with an inline one: `x * C1 + C2` on a wide x.
//
// Handing math/big an inline operand needs it as a *big.Int, and any
// *big.Int passed to math/big escapes, so each such operand cost an
// allocation on top of the result's box. One word against many is a
// single carry chain, done here straight into the box: one allocation
// per result.

// bigMulWord is x*y for a big x and an inline y.
func bigMulWord(x *big.Int, y int64) Value {
	if y == 0 {
		return MakeInt(0)
	}
	ws := x.Bits()
	n := len(ws) + 1
	o, r := boxWords(n)
	uy := absU(y)
	var c uint64
	for i, w := range ws {
		hi, lo := bits.Mul64(uint64(w), uy)
		lo, cc := bits.Add64(lo, c, 0)
		r[i], c = big.Word(lo), hi+cc
	}
	r[n-1] = big.Word(c)
	o.b.SetBits(r)
	if (x.Sign() < 0) != (y < 0) {
		o.b.Neg(&o.b)
	}
	return o.value()
}

// bigAddWord is x + (-u if neg else u) for a big x: |x| >= 2**63 >= u,
// so the sum has x's sign (or is zero) and its magnitude is |x| plus or
// minus u.
func bigAddWord(x *big.Int, neg bool, u uint64) Value {
	ws := x.Bits()
	xneg := x.Sign() < 0
	n := len(ws) + 1
	o, r := boxWords(n)
	c := u
	if neg == xneg {
		for i, w := range ws {
			s, cc := bits.Add64(uint64(w), c, 0)
			r[i], c = big.Word(s), cc
		}
		r[n-1] = big.Word(c)
	} else {
		for i, w := range ws {
			s, b := bits.Sub64(uint64(w), c, 0)
			r[i], c = big.Word(s), b
		}
		r[n-1] = 0
	}
	o.b.SetBits(r)
	if xneg {
		o.b.Neg(&o.b)
	}
	return o.value()
}

// boxWords is a box with room for n digits and those n digits to write.
func boxWords(n int) (*intBox, []big.Word) {
	o := newBigBoxCap(n)
	r := o.b.Bits()
	if cap(r) < n {
		r = make([]big.Word, n)
	}
	return o, r[:n:n]
}

// shortBig reports whether v is a big int short enough for the loops
// here; math/big's assembly wins on long ones, where the operand's
// allocation no longer matters.
func shortBig(v Value) bool {
	return isBig(v) && len((*Int)(v.p).v.Bits()) <= 16
}

// bigFromWords is ±(hi*2**64 + lo), the overflow of an inline + - or *,
// built in place rather than from its operands as *big.Ints.
func bigFromWords(hi, lo uint64, neg bool) Value {
	o, r := boxWords(2)
	r[0], r[1] = big.Word(lo), big.Word(hi)
	o.b.SetBits(r)
	if neg {
		o.b.Neg(&o.b)
	}
	return o.value()
}

// rshInline is x >> n for a big x whose result fits an inline int
// (x.BitLen() - n <= 63), read from the two words it spans rather than
// shifted into a box only to be unboxed. A negative x shifts by floor:
// -(|x| >> n), one further down when |x| has a 1 among its low n bits.
func rshInline(x *big.Int, n uint) Value {
	ws := x.Bits()
	i, s := n/64, n%64
	var lo, hi uint64
	if i < uint(len(ws)) {
		lo = uint64(ws[i])
	}
	if i+1 < uint(len(ws)) {
		hi = uint64(ws[i+1])
	}
	q := lo>>s | hi<<(64-s) // hi<<64 is 0 when s is 0; q < 2**63
	if x.Sign() < 0 {
		if x.TrailingZeroBits() < n {
			q++
		}
		return MakeInt(-int64(q))
	}
	return MakeInt(int64(q))
}
