package py

import (
	"unicode/utf8"
	"unsafe"
)

// Building new strs. A str made by concatenation, formatting, join or a
// case mapping is written once into a buffer sized in advance; when the
// text is short the buffer lives in the same allocation as the header
// (the strInN types), so such a str costs one allocation instead of two.
// The header's s then points into its own object, which the collector
// handles like any interior pointer.

// Their sizes fill Go's 48, 64, 80, 96 and 128-byte size classes with
// a 40-byte header.

type strIn8 struct {
	Str
	b [8]byte
}

type strIn24 struct {
	Str
	b [24]byte
}

type strIn40 struct {
	Str
	b [40]byte
}

type strIn56 struct {
	Str
	b [56]byte
}

type strIn88 struct {
	Str
	b [88]byte
}

// emptyStr is the one empty str, as in CPython.
var emptyStr = &Str{Object: Object{typ: StrType}, meta: metaASCII | metaHashed}

// smallCopy is the length up to which an ascii text is copied into a
// pointer-free str rather than referenced from a header.
const smallCopy = 64

// strHdr is the size of a str header.
const strHdr = unsafe.Sizeof(Str{})

// newStrBuf returns a fresh exact str and n bytes for its text; the
// caller fills all n bytes and then calls done. n must be > 0.
//
// An ascii text (the caller promises ascii, and passes kind 1 to done)
// is allocated with its header as one pointer-free block, which Go
// allocates and collects much more cheaply. This is sound because such
// a header's pointers need no tracing: typ is StrType, a global; s points
// into the block itself; and ext stays nil, as only non-ascii strs
// build a rune table and only long concatenations have a growBuf. The
// block is not cleared (rawalloc.go), as every byte of it is written.
func newStrBuf(n int, ascii bool) (*Str, []byte) {
	if ascii {
		p := rawAlloc(strHdr + uintptr(n))
		// The block is not cleared, so its header is written as plain
		// words: a typed store of a pointer field would hand whatever
		// the memory held before to the write barrier as an old pointer.
		// The text pointer goes in now too, so that done has only the
		// kind to write.
		text := unsafe.Add(p, strHdr)
		*(*[strHdr / 8]uintptr)(p) = [strHdr / 8]uintptr{uintptr(unsafe.Pointer(StrType)), uintptr(text), uintptr(n)}
		return (*Str)(p), unsafe.Slice((*byte)(text), n)
	}
	var st *Str
	var b []byte
	switch {
	case n <= 8:
		o := &strIn8{}
		st, b = &o.Str, o.b[:n]
	case n <= 24:
		o := &strIn24{}
		st, b = &o.Str, o.b[:n]
	case n <= 40:
		o := &strIn40{}
		st, b = &o.Str, o.b[:n]
	case n <= 56:
		o := &strIn56{}
		st, b = &o.Str, o.b[:n]
	case n <= 88:
		o := &strIn88{}
		st, b = &o.Str, o.b[:n]
	default:
		st = &Str{}
		b = make([]byte, n)
	}
	st.typ = StrType
	st.s = unsafe.String(&b[0], n)
	return st, b
}

// isASCIIText reports whether s is all ascii.
func isASCIIText[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// done completes a str from newStrBuf once b, the buffer it returned
// (which the str already views), is filled; kind is 1 when the text is
// ascii (always for an ascii buffer), else 0 or 2.
func (s *Str) done(b []byte, kind uint8) Value {
	s.meta = uint64(kind) << metaKindShift
	return valueOf(unsafe.Pointer(s))
}

// strFromBytes makes a str holding a copy of b (one allocation).
func strFromBytes(b []byte, kind uint8) Value { return strCopy(b, kind) }

// strCopy makes a str holding a copy of text (one allocation); kind is
// the str kind when the caller knows it, else 0.
func strCopy[T ~string | ~[]byte](text T, kind uint8) Value {
	if len(text) == 0 {
		return emptyStr.V()
	}
	if len(text) == 1 && text[0] < 0x80 {
		return asciiChars[text[0]]
	}
	if kind == 0 && isASCIIText(text) {
		kind = 1
	}
	st, buf := newStrBuf(len(text), kind == 1)
	copy(buf, text)
	return st.done(buf, kind)
}

// strFromString is NewStr for text that is about to be dropped by its
// maker, copying it next to the header when it is short.
func strFromString(s string, kind uint8) Value {
	if len(s) > 88 {
		st := newStr(s)
		st.setKind(kind)
		return st.V()
	}
	return strCopy(s, kind)
}

// StrConcat is a + b for two strs (either may be a subclass instance;
// the result is an exact str).
func StrConcat(a, b *Str) Value {
	switch {
	case len(b.s) == 0 && a.typ == StrType:
		return a.V()
	case len(a.s) == 0 && b.typ == StrType:
		return b.V()
	}
	n := len(a.s) + len(b.s)
	if n == 0 {
		return emptyStr.V()
	}
	kind := uint8(0)
	if a.isASCII() && b.isASCII() {
		kind = 1
		if n >= growMin {
			return growConcat(a, b)
		}
	}
	st, buf := newStrBuf(n, kind == 1)
	copy(buf[copy(buf, a.s):], b.s)
	return st.done(buf, kind)
}

// Building a long string with repeated s += t would copy s every time;
// CPython avoids that by resizing s in place when nothing else refers
// to it. Without reference counts, a long ascii concatenation instead
// gets a buffer with spare room (growBuf), and a later concatenation
// whose left operand ends exactly where the buffer's written part ends
// appends into the spare room: the new str views a longer prefix of the
// same bytes. Strs already made keep viewing their own, unchanged bytes,
// so this is safe however many references there are; an operand that
// does not end at the buffer's end (it was extended already) is copied.

// growMin is the length from which concatenations get spare room.
const growMin = 256

// growBuf is the bytes behind a family of concatenated strs: len(b) bytes
// are written, cap(b) reserved.
type growBuf struct {
	b []byte
}

// growConcat is a + b for ascii strs, the result of length at least
// growMin.
func growConcat(a, b *Str) Value {
	n := len(a.s) + len(b.s)
	if g := (*growBuf)(a.ext); g != nil && a.kind() == 1 && len(a.s) > 0 &&
		unsafe.Add(unsafe.Pointer(unsafe.StringData(a.s)), len(a.s)) == unsafe.Add(unsafe.Pointer(unsafe.SliceData(g.b)), len(g.b)) &&
		cap(g.b)-len(g.b) >= len(b.s) {
		start := len(g.b) - len(a.s)
		g.b = append(g.b, b.s...)
		st := &Str{s: unsafe.String(&g.b[start], n), meta: metaASCII, ext: unsafe.Pointer(g)}
		st.typ = StrType
		return st.V()
	}
	g := &growBuf{b: make([]byte, 0, 2*n)}
	g.b = append(g.b, a.s...)
	g.b = append(g.b, b.s...)
	st := &Str{s: unsafe.String(&g.b[0], n), meta: metaASCII, ext: unsafe.Pointer(g)}
	st.typ = StrType
	return st.V()
}

// ConcatStrs joins str values (BUILD_STRING): one allocation for the
// result.
func ConcatStrs(vals []Value) Value {
	if len(vals) == 1 && vals[0].Type() == StrType {
		return vals[0]
	}
	n := 0
	kind := uint8(1)
	for _, v := range vals {
		s := AsStr(v)
		n += len(s.s)
		if !s.isASCII() {
			kind = 0 // non-ascii: 2 or strSurrogates, found when needed
		}
	}
	if n == 0 {
		return emptyStr.V()
	}
	st, buf := newStrBuf(n, kind == 1)
	i := 0
	for _, v := range vals {
		i += copy(buf[i:], AsStr(v).s)
	}
	return st.done(buf, kind)
}

// strJoin is sep.join(items) for items already known to be strs.
func strJoin(sep *Str, items []Value) Value {
	switch len(items) {
	case 0:
		return emptyStr.V()
	case 1:
		if items[0].Type() == StrType {
			return items[0]
		}
	}
	n := len(sep.s) * (len(items) - 1)
	kind := uint8(1)
	if len(items) > 1 && !sep.isASCII() {
		kind = 0 // non-ascii: 2 or strSurrogates, found when needed
	}
	for _, v := range items {
		s := AsStr(v)
		n += len(s.s)
		if !s.isASCII() {
			kind = 0 // non-ascii: 2 or strSurrogates, found when needed
		}
	}
	if n == 0 {
		return emptyStr.V()
	}
	st, buf := newStrBuf(n, kind == 1)
	i := copy(buf, AsStr(items[0]).s)
	for _, v := range items[1:] {
		i += copy(buf[i:], sep.s)
		i += copy(buf[i:], AsStr(v).s)
	}
	return st.done(buf, kind)
}

// latin1Chars caches the one-character strs U+0080..U+00FF (ascii ones
// are asciiChars), as CPython caches all of Latin-1.
var latin1Chars [128]Value

// Chr is chr(r) for a valid code point; small ones are shared.
func Chr(r rune) Value {
	if r < 0x80 {
		return asciiChars[r]
	}
	if r < 0x100 {
		return latin1Chars[r-0x80]
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return StrFromRune(r) // a lone surrogate (wtf8.go)
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	st, buf := newStrBuf(n, false)
	copy(buf, b[:n])
	return st.done(buf, 2)
}

// Ord is ord(s) for a str: the code point and whether s has exactly one.
func Ord(s *Str) (rune, int) {
	if len(s.s) == 1 && s.s[0] < 0x80 {
		return rune(s.s[0]), 1
	}
	r, n := utf8.DecodeRuneInString(s.s)
	if n == len(s.s) && n > 0 && r != utf8.RuneError {
		return r, 1
	}
	// U+FFFD itself, or lone surrogates (wtf8.go)
	rs := DecodeStr(s.s)
	if len(rs) == 1 {
		return rs[0], 1
	}
	return 0, len(rs)
}

// StrBinaryFast is the eval loop's shortcut for a str on the left of +
// or %: s + t for two exact strs, and s % x unless x is a str subclass
// (whose reflected __rmod__ would come first). ok is false when the
// general operator protocol must decide.
func StrBinaryFast(t *Thread, op int, a, b Value) (r Value, ok bool, err *Exception) {
	switch op {
	case OpAdd:
		if b.Type() == StrType {
			return StrConcat(AsStr(a), AsStr(b)), true, nil
		}
	case OpMod:
		if b.Type() == StrType || !b.Type().IsSubtype(StrType) {
			r, err = PercentFormatV(t, StrOf(a), b)
			return r, true, err
		}
	}
	return Null, false, nil
}

// StrConcat3 is a + b + c for three exact strs, made at once (the
// middle result is never seen).
func StrConcat3(a, b, c Value) Value {
	x, y, z := AsStr(a), AsStr(b), AsStr(c)
	n := len(x.s) + len(y.s) + len(z.s)
	if n >= growMin || len(x.s) == 0 || len(y.s) == 0 || len(z.s) == 0 {
		// long ones keep the amortised growth; an empty operand is
		// the two-way case (which may return an operand itself)
		return StrConcat(AsStr(StrConcat(x, y)), z)
	}
	kind := uint8(0)
	if x.isASCII() && y.isASCII() && z.isASCII() {
		kind = 1
	}
	st, buf := newStrBuf(n, kind == 1)
	p := unsafe.Pointer(unsafe.SliceData(buf))
	if l := len(y.s); len(x.s) == 1 && len(z.s) == 1 && l >= 2 && l <= 16 {
		// a word between one-character strs (" " + w + " "): no loop
		// over the three
		*(*byte)(p) = x.s[0]
		*(*byte)(unsafe.Add(p, n-1)) = z.s[0]
		p, src := unsafe.Add(p, 1), unsafe.Pointer(unsafe.StringData(y.s))
		switch {
		case l >= 8:
			a, b := *(*[8]byte)(src), *(*[8]byte)(unsafe.Add(src, l-8))
			*(*[8]byte)(p), *(*[8]byte)(unsafe.Add(p, l-8)) = a, b
		case l >= 4:
			a, b := *(*[4]byte)(src), *(*[4]byte)(unsafe.Add(src, l-4))
			*(*[4]byte)(p), *(*[4]byte)(unsafe.Add(p, l-4)) = a, b
		default:
			a, b := *(*[2]byte)(src), *(*[2]byte)(unsafe.Add(src, l-2))
			*(*[2]byte)(p), *(*[2]byte)(unsafe.Add(p, l-2)) = a, b
		}
		return st.done(buf, kind)
	}
	for _, t := range [...]string{x.s, y.s, z.s} {
		// pieces up to 16 bytes (the usual) as copyShort moves them,
		// without a call each
		l, src := len(t), unsafe.Pointer(unsafe.StringData(t))
		switch {
		case l == 1:
			*(*byte)(p) = *(*byte)(src)
		case l >= 2 && l < 4:
			a, b := *(*[2]byte)(src), *(*[2]byte)(unsafe.Add(src, l-2))
			*(*[2]byte)(p), *(*[2]byte)(unsafe.Add(p, l-2)) = a, b
		case l >= 4 && l < 8:
			a, b := *(*[4]byte)(src), *(*[4]byte)(unsafe.Add(src, l-4))
			*(*[4]byte)(p), *(*[4]byte)(unsafe.Add(p, l-4)) = a, b
		case l >= 8 && l <= 16:
			a, b := *(*[8]byte)(src), *(*[8]byte)(unsafe.Add(src, l-8))
			*(*[8]byte)(p), *(*[8]byte)(unsafe.Add(p, l-8)) = a, b
		default:
			copyShort(p, src, l)
		}
		p = unsafe.Add(p, l)
	}
	return st.done(buf, kind)
}
