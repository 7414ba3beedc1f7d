package py

import (
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// strSplitByte is strSplitSep for a one-byte separator and a short s.
// Two passes over the text a word at a time (strswar.go): the first
// counts the separators, so the result is one block of the right size
// (strsplit_block.go); the second makes each piece as it finds its end.
// Finding the ends again costs less than keeping them in a table, which
// would be zeroed and read back per piece. The last len%8 bytes are one
// more word read back from the end, with the bytes already seen masked
// off, rather than a byte at a time. ok is false for a text of more
// than 128 bytes (the caller's bound; the table-free passes need none,
// but longer texts are the general path's).
func strSplitByte(s *Str, c byte) (Value, bool) {
	text := s.s
	n := len(text)
	if n > 128 {
		return Null, false
	}
	cc := uint64(c) * swarOnes
	full := n &^ 7
	var tail uint64 // hits among the last n%8 bytes, at offsets from n-8
	if n >= 8 {
		if full < n {
			tail = eqByteMask(load8(text, n-8), cc) &^ (1<<(8*(8-(n-full))) - 1)
		}
	} else {
		for i := 0; i < n; i++ {
			if text[i] == c {
				tail |= 0x80 << (8 * (8 - n + i))
			}
		}
	}
	m := bits.OnesCount64(tail)
	for i := 0; i+8 <= n; i += 8 {
		m += bits.OnesCount64(eqByteMask(load8(text, i), cc))
	}
	if m == 0 && (s.typ == StrType || n == 0) { // see splitGivesSelf
		return NewList([]Value{s.V()}), true
	}
	meta := uint64(0)
	if s.isASCII() {
		meta = metaASCII
	}
	l, out, hdrs := splitParts(m + 1)
	// Pieces are written through pointers that step along the items and
	// headers: indexes would each keep a bounds check and a register.
	// The block is new, so the items' second words and the headers' ext
	// are zero already.
	base := unsafe.StringData(text)
	op, hp := unsafe.Pointer(&out[0]), unsafe.Pointer(&hdrs[0])
	start := 0
	for i := 0; i+8 <= n; i += 8 {
		for mask := eqByteMask(load8(text, i), cc); mask != 0; mask &= mask - 1 {
			end := i + bits.TrailingZeros64(mask)>>3
			putPiece(op, hp, base, start, end, meta)
			op, hp = unsafe.Add(op, unsafe.Sizeof(Value{})), unsafe.Add(hp, unsafe.Sizeof(Str{}))
			start = end + 1
		}
	}
	for mask := tail; mask != 0; mask &= mask - 1 {
		end := n - 8 + bits.TrailingZeros64(mask)>>3
		putPiece(op, hp, base, start, end, meta)
		op, hp = unsafe.Add(op, unsafe.Sizeof(Value{})), unsafe.Add(hp, unsafe.Sizeof(Str{}))
		start = end + 1
	}
	putPiece(op, hp, base, start, n, meta)
	return valueOf(unsafe.Pointer(l)), true
}

// putPiece stores at op the value of the piece of base from start to
// end: the shared empty str or ascii character where there is one, else
// the header at hp made a str of it.
func putPiece(op, hp unsafe.Pointer, base *byte, start, end int, meta uint64) {
	p := (*byte)(unsafe.Add(unsafe.Pointer(base), start))
	n := end - start
	if n > 1 || n == 1 && *p >= 0x80 {
		h := (*Str)(hp)
		h.typ = StrType
		h.s = unsafe.String(p, n)
		h.meta = meta
		*(*unsafe.Pointer)(op) = hp
	} else if n == 0 {
		*(*unsafe.Pointer)(op) = unsafe.Pointer(emptyStr)
	} else {
		*(*unsafe.Pointer)(op) = asciiChars[*p].p
	}
}

// splitGivesSelf reports whether s.split(sep) or s.rsplit(sep), having
// split nothing, gives s itself: always for an exact str; for an
// instance of a subclass (whose box the split methods are handed, see
// keepsBox), when CPython's check before any search returns it: s is
// shorter than sep in code points, or of a narrower kind (its widest
// code point below 0x100 or 0x10000 where sep's is not).
func splitGivesSelf(s *Str, sep string) bool {
	if s.typ == StrType {
		return true
	}
	return utf8.RuneCountInString(s.s) < utf8.RuneCountInString(sep) || codeWidth(s.s) < codeWidth(sep)
}

// codeWidth is the bytes per code point CPython would store s with.
func codeWidth(s string) int {
	w := 1
	for _, r := range s {
		if r > 0xffff {
			return 4
		}
		if r > 0xff {
			w = 2
		}
	}
	return w
}
