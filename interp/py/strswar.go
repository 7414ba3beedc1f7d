package py

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// Byte searches over short texts eight bytes at a time. For the texts
// of a few dozen bytes that split and replace usually get, a per-byte
// loop pays a mispredicted branch at every hit, and strings.IndexByte
// a call and vector set-up per hit; a word at a time with an exact
// equal-byte mask does neither.

const (
	swarOnes = 0x0101010101010101
	swarLow7 = 0x7f7f7f7f7f7f7f7f
)

// eqByteMask has 0x80 in each byte of w that equals the byte repeated
// in cc, and zeros elsewhere (exact: the per-byte sums cannot carry).
func eqByteMask(w, cc uint64) uint64 {
	x := w ^ cc
	return ^((x&swarLow7 + swarLow7) | x | swarLow7)
}

// load8 is the eight bytes of s from i, little-endian. (Slicing first
// leaves one bounds check; s[i+7] alone would not prove i >= 0, so
// each byte would keep its own.)
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 is the four bytes of s from i, little-endian.
func load4(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// swapBytes replaces every c in b by d. Text of eight bytes or more is
// done a word at a time, the last word overlapping the one before: its
// bytes already swapped are d, no longer c, so a second pass leaves
// them (and c == d changes nothing).
func swapBytes(b []byte, c, d byte) {
	n := len(b)
	if n < 8 {
		for i := range b {
			if b[i] == c {
				b[i] = d
			}
		}
		return
	}
	cc := uint64(c) * swarOnes
	x := uint64(c ^ d)
	p := unsafe.Pointer(unsafe.SliceData(b))
	for i := 0; i < n; i += 8 {
		if i > n-8 {
			i = n - 8
		}
		w := (*uint64)(unsafe.Add(p, i))
		if mask := eqByteMask(*w, cc); mask != 0 {
			// mask>>7 is 1 in the matching bytes: c^d flips c to d
			*w ^= (mask >> 7) * x
		}
	}
}

// caseASCII writes the ascii text s (every byte below 0x80) into buf,
// mapped to upper case (up) or lower case. Per word: adding 0x80-'A'
// and 0x80-'Z'-1 to each byte sets the top bit of the first sum from
// 'A' up and of the second above 'Z', so their difference marks the
// letters; flipping 0x20 there changes their case. No byte carries
// into the next, as every byte is below 0x80.
func caseASCII(buf []byte, s string, up bool) {
	// (constants, not products of the bounds: no multiply, and nothing
	// kept on the stack for the short tail)
	lo, hi := uint64(0x80-'A')*swarOnes, uint64(0x80-'Z'-1)*swarOnes
	if up {
		lo, hi = uint64(0x80-'a')*swarOnes, uint64(0x80-'z'-1)*swarOnes
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load8(s, i)
		m := ((w + lo) ^ (w + hi)) & (swarOnes << 7)
		binary.LittleEndian.PutUint64(buf[i:], w^m>>2)
	}
	if i == len(s) {
		return
	}
	// The tail: one more word (or two half words) overlapping what is
	// done. Mapping to one case is idempotent, so bytes mapped twice, or
	// read back mapped when buf is s's own memory (StrChainCall), come out
	// the same.
	switch n := len(s); {
	case n >= 8:
		w := load8(s, n-8)
		m := ((w + lo) ^ (w + hi)) & (swarOnes << 7)
		binary.LittleEndian.PutUint64(buf[n-8:], w^m>>2)
	case n >= 4:
		lo, hi := uint32(lo), uint32(hi)
		w := load4(s, 0)
		m := ((w + lo) ^ (w + hi)) & (swarOnes << 7 & 0xffffffff)
		binary.LittleEndian.PutUint32(buf, w^m>>2)
		w = load4(s, n-4)
		m = ((w + lo) ^ (w + hi)) & (swarOnes << 7 & 0xffffffff)
		binary.LittleEndian.PutUint32(buf[n-4:], w^m>>2)
	default:
		first, last := byte('A'), byte('Z')
		if up {
			first, last = 'a', 'z'
		}
		for ; i < n; i++ {
			c := s[i]
			if c >= first && c <= last {
				c ^= 0x20
			}
			buf[i] = c
		}
	}
}

// reverseASCII writes s backwards into buf (len(buf) == len(s)), a word
// at a time: s[::-1] of an ascii str.
func reverseASCII(buf []byte, s string) {
	n := len(s)
	i := 0
	for ; i+8 <= n; i += 8 {
		binary.LittleEndian.PutUint64(buf[i:], bits.ReverseBytes64(load8(s, n-8-i)))
	}
	for ; i < n; i++ {
		buf[i] = s[n-1-i]
	}
}
