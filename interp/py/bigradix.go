package py

import (
	"math/big"
	"math/bits"
)

// bin(), oct() and hex() of ints written straight into the str.
//
// The digits of a power-of-two base are bit fields of the magnitude's
// words, so they need no division: a binary digit string takes eight
// characters per byte from a table and a hex one two, into a buffer
// sized from the bit length (math/big's Text would make the digits, the
// prefix concatenation a second copy and the str a third). The tables are
// constants (bigradix_tables.go).

// IntRadix is bin(v), oct(v) or hex(v) (base 2, 8 or 16 with prefix
// "0b", "0o" or "0x") for an int-like v: sign, prefix, digits in lower
// case, "0" for zero.
func IntRadix(v Value, base int, prefix string) Value {
	var ws []big.Word
	var one [1]big.Word
	neg := false
	if v.IsInt() || v.IsBool() {
		x := v.Int()
		neg = x < 0
		one[0] = big.Word(absU(x))
		ws = one[:]
		if x == 0 {
			ws = ws[:0]
		}
	} else {
		b := (*Int)(v.p).v
		neg = b.Sign() < 0
		ws = b.Bits()
	}
	shift := uint(bits.TrailingZeros(uint(base))) // 1, 3 or 4
	nbits := 0
	if len(ws) > 0 {
		nbits = (len(ws)-1)*64 + bits.Len64(uint64(ws[len(ws)-1]))
	}
	nd := (nbits + int(shift) - 1) / int(shift)
	if nd == 0 {
		nd = 1 // "0"
	}
	n := len(prefix) + nd
	if neg {
		n++
	}
	st, buf := newStrBuf(n, true)
	k := 0
	if neg {
		buf[0] = '-'
		k = 1
	}
	k += copy(buf[k:], prefix)
	out := buf[k:]
	switch {
	case nbits == 0:
		out[0] = '0'
	case shift == 1:
		radixPow2Words(out, ws, 64, func(dst []byte, w uint64) {
			for i := 0; i < 8; i++ {
				b := int(byte(w >> (56 - 8*i)))
				copy(dst[8*i:8*i+8], binDigits[8*b:8*b+8])
			}
		})
	case shift == 4:
		radixPow2Words(out, ws, 16, func(dst []byte, w uint64) {
			for i := 0; i < 8; i++ {
				b := int(byte(w >> (56 - 8*i)))
				copy(dst[2*i:2*i+2], hexDigitPairs[2*b:2*b+2])
			}
		})
	default:
		// octal digits straddle words: take each 3-bit field by position
		for i := range out {
			pos := uint(nd-1-i) * shift
			wi, off := pos/64, pos%64
			d := uint64(ws[wi]) >> off
			if off+shift > 64 && int(wi)+1 < len(ws) {
				d |= uint64(ws[wi+1]) << (64 - off)
			}
			out[i] = '0' + byte(d&7)
		}
	}
	return st.done(buf, 1)
}

// radixPow2Words writes the digits of the magnitude ws (top word non-zero)
// in a base whose digits split a word evenly, per words digits a word:
// the top word's significant digits one by one, then each lower word
// whole through full.
func radixPow2Words(out []byte, ws []big.Word, per int, full func(dst []byte, w uint64)) {
	shift := uint(64 / per)
	top := uint64(ws[len(ws)-1])
	lead := len(out) - (len(ws)-1)*per
	for i := 0; i < lead; i++ {
		d := top >> (uint(lead-1-i) * shift) & (1<<shift - 1)
		out[i] = "0123456789abcdef"[d]
	}
	k := lead
	for j := len(ws) - 2; j >= 0; j-- {
		full(out[k:k+per], uint64(ws[j]))
		k += per
	}
}
