package py

import "unsafe"

// Appending to a str that one local owns. `t += c` in a loop copies t
// every time; CPython instead resizes t in place when its reference count
// says the local is the only holder. The VM proves the same for a local
// by the bytecode (vm/strown.go) and asks StrOwnAppend to append in place
// into a str it made here and that nothing else has seen since.
//
// Such a str is an ascii block from rawAlloc whose size is ownClass of
// its header and text, always a multiple of 16 (48 to 256), so the room
// it has is known from its length alone: growing in place never crosses
// into the next class, where the length would claim room the block lacks.

// ownMax is the longest text an owned block holds; longer concatenations
// take StrConcat's own amortised growth (growMin).
const ownMax = 256 - int(strHdr)

// ownClass is the block size made for n bytes of header and text.
func ownClass(n uintptr) uintptr {
	if n < 48 {
		return 48
	}
	return (n + 15) &^ 15
}

// StrOwnAppend is a + b for exact strs a and b, the result to be stored
// back into the local that held a. owned says that local is a's only
// holder and a came from here; the result is owned (true) when it is a
// block of this kind that no one else has seen.
func StrOwnAppend(a, b Value, owned bool) (Value, bool) {
	x, y := AsStr(a), AsStr(b)
	if !x.isASCII() || !y.isASCII() {
		return StrConcat(x, y), false
	}
	m, k := len(x.s), len(y.s)
	n := m + k
	if owned && n <= int(ownClass(strHdr+uintptr(m))-strHdr) {
		if k > 0 {
			p := unsafe.Pointer(unsafe.StringData(x.s))
			copy(unsafe.Slice((*byte)(unsafe.Add(p, m)), k), y.s)
			// the length word only: the text pointer is unchanged, and
			// a typed store would run the write barrier for nothing
			*(*int)(unsafe.Add(unsafe.Pointer(&x.s), unsafe.Sizeof(uintptr(0)))) = n
			x.meta = metaASCII // the hash, if any was cached, is stale
		}
		return a, true
	}
	if m == 0 || k == 0 || n > ownMax {
		return StrConcat(x, y), false
	}
	p := rawAlloc(ownClass(strHdr + uintptr(n)))
	text := unsafe.Add(p, strHdr)
	// plain words, as newStrBuf writes them (the block is not cleared)
	*(*[strHdr / 8]uintptr)(p) = [strHdr / 8]uintptr{uintptr(unsafe.Pointer(StrType)), uintptr(text), uintptr(n), uintptr(metaASCII)}
	buf := unsafe.Slice((*byte)(text), n)
	copy(buf[copy(buf, x.s):], y.s)
	return valueOf(p), true
}

// StrOwnAppendByte appends b, an exact one-character ascii str, to a in
// place when a is an owned str (StrOwnAppend's owned case) with room for
// one more byte; ok is false, with nothing done, otherwise. It is the
// common `t += c` of a loop building t a character at a time, without
// StrOwnAppend's general checks: an owned block is ascii by construction.
func StrOwnAppendByte(a, b Value) bool {
	// kept under the inlining budget (vm's strOwnAdd inlines it), hence
	// the room test's reliance on strHdr%16 == 8, checked at the end
	x, y := (*Str)(a.p), (*Str)(b.p)
	m := len(x.s)
	// a block of ownClass(h) bytes is full when h, header and text, is a
	// multiple of 16: from 48 on, and below (40 to 47) h never is
	if h := strHdr + uintptr(m); len(y.s) != 1 || y.s[0] >= 0x80 || h&15 == 0 {
		return false
	}
	p := unsafe.Pointer(unsafe.StringData(x.s))
	*(*byte)(unsafe.Add(p, m)) = y.s[0]
	// as StrOwnAppend: the length word only, and the cached hash dropped
	*(*int)(unsafe.Add(unsafe.Pointer(&x.s), unsafe.Sizeof(uintptr(0)))) = m + 1
	x.meta = metaASCII
	return true
}

// The room test of StrOwnAppendByte needs strHdr%16 == 8; this fails to
// compile otherwise.
var _ = [1]int{}[strHdr%16-8]
