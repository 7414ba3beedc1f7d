package py

import (
	"math/big"
	"math/bits"
	"sync/atomic"
	"unsafe"
)

// Allocation-lean big int arithmetic. A result is built in an intBox:
// the heap int and its big.Int header in one allocation (the digits are
// a second). An inline operand is read through a big.Int on the caller's
// stack (smallBig) rather than a fresh big.NewInt.

type intBox struct {
	Int
	b big.Int
}

// newBigBox returns a box whose b is the result to compute.
func newBigBox() *intBox {
	o := &intBox{}
	o.v = &o.b
	o.typ = IntType
	return o
}

// value is the boxed result as an int value, inline when it fits.
func (o *intBox) value() Value {
	if o.b.IsInt64() {
		return MakeInt(o.b.Int64())
	}
	return valueOf(unsafe.Pointer(o))
}

// smallBig reads an operand as a *big.Int: a big int's own, a shared
// read-only one for small inline values, else one made in a single
// allocation (big.NewInt takes two).
type smallBig struct{}

const (
	smallBigMin = -1024
	smallBigMax = 4096
)

// smallBigs is built on first use, not at start-up: its 5,121 entries
// are 160 KB of pages and as many digit allocations that a program with
// no big-int arithmetic never reads.
var smallBigs atomic.Pointer[[smallBigMax - smallBigMin + 1]big.Int]

// smallBigTable is the shared table, building it if this is the first
// call. Racing builders each make one; the first stored wins.
func smallBigTable() *[smallBigMax - smallBigMin + 1]big.Int {
	if t := smallBigs.Load(); t != nil {
		return t
	}
	t := new([smallBigMax - smallBigMin + 1]big.Int)
	// One digit array for all entries rather than one allocation each.
	words := make([]big.Word, len(t))
	for i := range t {
		x := int64(i + smallBigMin)
		words[i] = big.Word(absU(x))
		t[i].SetBits(words[i : i+1 : i+1])
		if x < 0 {
			t[i].Neg(&t[i])
		}
	}
	if !smallBigs.CompareAndSwap(nil, t) {
		return smallBigs.Load()
	}
	return t
}

type bigWord struct {
	z big.Int
	w [1]big.Word
}

// arg is v as a *big.Int the caller must not modify.
func (smallBig) arg(v Value) *big.Int {
	if !v.IsInt() && !v.IsBool() {
		return (*Int)(v.p).v
	}
	x := v.Int()
	if x >= smallBigMin && x <= smallBigMax {
		return &smallBigTable()[x-smallBigMin]
	}
	o := &bigWord{}
	o.w[0] = big.Word(absU(x))
	o.z.SetBits(o.w[:])
	if x < 0 {
		o.z.Neg(&o.z)
	}
	return &o.z
}

// remSmall is |x| mod d for d > 0 without allocating. A hardware
// 128-by-64-bit divide per digit is slow (tens of cycles, serially
// dependent); instead d is shifted to have its top bit set and each step
// divides by multiplying with a precomputed reciprocal of it (the method
// of Möller and Granlund, "Improved division by invariant integers"),
// which is what math/big does for its own single-word divisions.
func remSmall(x *big.Int, d uint64) uint64 {
	ws := x.Bits()
	if len(ws) == 0 {
		return 0
	}
	if len(ws) >= remSplitMin {
		return remSplit(ws, d)
	}
	s := uint(bits.LeadingZeros64(d))
	dn := d << s
	v, _ := bits.Div64(^dn, ^uint64(0), dn) // floor((2^128-1)/dn) - 2^64
	// The digits of x<<s, top first: the bits shifted out of the top
	// word start the remainder (they are below 2^s <= dn).
	i := len(ws) - 1
	var r uint64
	if s != 0 {
		r = uint64(ws[i]) >> (64 - s)
	}
	for ; i >= 0; i-- {
		u0 := uint64(ws[i]) << s
		if s != 0 && i > 0 {
			u0 |= uint64(ws[i-1]) >> (64 - s)
		}
		r = rem2by1(r, u0, dn, v)
	}
	return r >> s
}

// divSmall sets q to |x| / d and returns |x| mod d, for d > 0 and q as
// long as x's digits; the same reciprocal steps as remSmall, each also
// giving its quotient digit.
func divSmall(q []big.Word, x *big.Int, d uint64) uint64 {
	ws := x.Bits()
	if len(ws) >= 2*remSplitMin && d < 1<<63 {
		return divSplit2(q, ws, d)
	}
	s := uint(bits.LeadingZeros64(d))
	dn := d << s
	v, _ := bits.Div64(^dn, ^uint64(0), dn)
	i := len(ws) - 1
	var r uint64
	if s != 0 {
		r = uint64(ws[i]) >> (64 - s)
	}
	for ; i >= 0; i-- {
		u0 := uint64(ws[i]) << s
		if s != 0 && i > 0 {
			u0 |= uint64(ws[i-1]) >> (64 - s)
		}
		// div2by1 of (r, u0) by dn: a quotient estimate from the
		// reciprocal, then at most two corrections
		qh, ql := bits.Mul64(v, r)
		ql, c := bits.Add64(ql, u0, 0)
		qh, _ = bits.Add64(qh, r+1, c)
		rr := u0 - qh*dn
		if rr > ql {
			qh--
			rr += dn
		}
		if rr >= dn {
			qh++
			rr -= dn
		}
		q[i] = big.Word(qh)
		r = rr
	}
	return r >> s
}

// bigFloorDivSmall is x // y for a big x and an inline y != 0: the
// truncated quotient of the magnitudes, one more when the signs differ
// and there is a remainder, negated when they differ.
func bigFloorDivSmall(x *big.Int, y int64) Value {
	n := len(x.Bits())
	o := newBigBoxCap(n)
	q := o.b.Bits()
	if cap(q) < n { // beyond the largest box
		q = make([]big.Word, n)
	}
	q = q[:n:n]
	neg := (x.Sign() < 0) != (y < 0)
	if r := divSmall(q, x, absU(y)); neg && r != 0 {
		// |x| / |y| <= |x| / 2 here (|y| = 1 leaves no remainder), so
		// adding one cannot carry out of n words
		for i := range q {
			q[i]++
			if q[i] != 0 {
				break
			}
		}
	}
	o.b.SetBits(q)
	if neg {
		o.b.Neg(&o.b)
	}
	return o.value()
}

// mersenneRem is the magnitude ws modulo 2**61-1 (hash's modulus)
// without dividing: 2**64 is 8 modulo it, so each word folds in as
// r*8 + w, and a value folds below the modulus by adding its top bits
// to its low 61.
func mersenneRem(ws []big.Word) uint64 {
	const m = hashModulus
	fold := func(x uint64) uint64 { // x < 2**64 to x mod m
		x = x&m + x>>61 // < 2**61 + 8
		if x >= m {
			x -= m
		}
		return x
	}
	var r uint64
	for i := len(ws) - 1; i >= 0; i-- {
		r = fold(r << 3) // r < m, so r*8 < 2**64
		r = fold(r + fold(uint64(ws[i])))
	}
	return r
}

// rem2by1 is (u1*2^64 + u0) mod d for a normalised d (top bit set),
// u1 < d, and v = floor((2^128-1)/d) - 2^64.
func rem2by1(u1, u0, d, v uint64) uint64 {
	qh, ql := bits.Mul64(v, u1)
	ql, c := bits.Add64(ql, u0, 0)
	qh, _ = bits.Add64(qh, u1+1, c)
	r := u0 - qh*d
	if r > ql {
		r += d
	}
	if r >= d {
		r -= d
	}
	return r
}

// bigModSmall is a % b for a big a and an inline b != 0, with the sign of
// b as Python's % has it.
func bigModSmall(a *big.Int, y int64) Value {
	r := int64(remSmall(a, absU(y))) // < |y|, fits
	if a.Sign() < 0 {
		r = -r
	}
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return MakeInt(r)
}
