package py

import "unsafe"

// Deferred f-string parts. In f"{i:05d}|{w}" each FORMAT_VALUE would make
// a str that BUILD_STRING copies and drops at once. When the translator
// has proved that a FORMAT_VALUE's result reaches a BUILD_STRING and
// nothing else (package vm, fstring_defer.go), the part is formatted
// into the thread's fbuf instead, and the stack holds a placeholder
// naming its bytes; the BUILD_STRING copies those into the one str it
// makes. The formatting itself, and so every error it raises, happens
// at the FORMAT_VALUE, as before.
//
// Parts are consumed in the order nested f-strings complete (last
// formatted, first joined), so a BUILD_STRING gives back fbuf from its
// lowest part up. Parts that an exception abandoned are never joined;
// fbuf stops taking parts at fbufCap, which bounds what they can hold,
// and is emptied whenever top-level code starts (DropFormatParts).

// fmtPartType is the placeholder's type. No Python code ever sees one.
var fmtPartType = newBuiltinType("fstring_part", ObjectType)

// fmtPartObj is what every placeholder points at; its n is the part's
// offset in fbuf<<32 | its length<<1 | 1 if the bytes are ascii.
var fmtPartObj = Object{typ: fmtPartType}

const (
	fbufCap  = 64 << 10 // fbuf no longer grows past this
	fpartMax = 4 << 10  // a longer part is made a str at once
)

// FormatDeferred is FORMAT_VALUE without conversion for a part that the
// translator has proved is joined by a BUILD_STRING: v formatted with
// spec (spec is Null when the instruction has none). ok is false when
// the plain instruction must run (v is not an exact int, float or str
// with a spec, or fbuf is full).
func FormatDeferred(t *Thread, v, spec Value) (r Value, ok bool, err *Exception) {
	sp := ""
	// the part is ascii when the spec (its fill) is and a str's text is:
	// digits, signs and exponents are
	ascii := true
	if !spec.IsNull() {
		if spec.Type() != StrType {
			return Null, false, nil
		}
		ss := AsStr(spec)
		sp, ascii = ss.s, ss.isASCII()
	}
	switch {
	case v.IsInt():
	case v.IsFloat():
		if sp == "" {
			return Null, false, nil
		}
	case v.Type() == StrType:
		if sp == "" {
			return Null, false, nil
		}
		ascii = ascii && AsStr(v).isASCII()
	default:
		return Null, false, nil
	}
	off := len(t.fbuf)
	if off >= fbufCap {
		return Null, false, nil
	}
	b, err := appendFormat(t.fbuf, t, v, sp)
	if err != nil {
		t.fbuf = b[:off]
		return Null, true, err
	}
	part := b[off:]
	if len(part) > fpartMax {
		t.fbuf = b[:off]
		return strCopy(part, 0), true, nil
	}
	t.fbuf = b
	if !ascii || sp != "" && sp[len(sp)-1] == 'c' {
		// a non-ascii fill may not have been used; an int's 'c' is
		// any character
		ascii = isASCIIText(part)
	}
	n := uint64(off)<<32 | uint64(len(part))<<1
	if ascii {
		n |= 1
	}
	return Value{p: unsafe.Pointer(&fmtPartObj), n: n}, true, nil
}

// ConcatStrsDeferred is ConcatStrs (BUILD_STRING) where any of vals may
// be a placeholder of FormatDeferred. An f-string's parts are mostly a
// few bytes each (separators, numbers, words), so they are copied a
// word at a time in place of a memmove call per part.
func ConcatStrsDeferred(t *Thread, vals []Value) Value {
	n := 0
	ascii := true
	low := -1
	for i := range vals {
		v := &vals[i]
		if v.p == unsafe.Pointer(&fmtPartObj) {
			n += int(uint32(v.n) >> 1)
			ascii = ascii && v.n&1 != 0
			if off := int(v.n >> 32); low < 0 || off < low {
				low = off
			}
			continue
		}
		s := (*Str)(v.p)
		n += len(s.s)
		ascii = ascii && s.isASCII()
	}
	var r Value
	if n == 0 {
		r = emptyStr.V()
	} else {
		st, buf := newStrBuf(n, ascii)
		dst := unsafe.Pointer(unsafe.SliceData(buf))
		fb := unsafe.Pointer(unsafe.SliceData(t.fbuf))
		for i := range vals {
			v := &vals[i]
			var src unsafe.Pointer
			var l int
			if v.p == unsafe.Pointer(&fmtPartObj) {
				src, l = unsafe.Add(fb, int(v.n>>32)), int(uint32(v.n)>>1)
			} else {
				s := (*Str)(v.p).s
				src, l = unsafe.Pointer(unsafe.StringData(s)), len(s)
			}
			if l == 1 {
				// a one-character separator: no call
				*(*byte)(dst) = *(*byte)(src)
				dst = unsafe.Add(dst, 1)
				continue
			}
			dst = copyShort(dst, src, l)
		}
		kind := uint8(0)
		if ascii {
			kind = 1
		}
		r = st.done(buf, kind)
	}
	if low >= 0 && low <= len(t.fbuf) {
		t.fbuf = t.fbuf[:low]
	}
	return r
}

// copyShort copies l bytes from src to dst and returns the position
// after them. Up to 16 bytes take two moves of one size that overlap in
// the middle (memmove's way for short sizes, without its call); nothing
// past the l bytes is read or written.
func copyShort(dst, src unsafe.Pointer, l int) unsafe.Pointer {
	switch {
	case l >= 8 && l <= 16:
		a, b := *(*[8]byte)(src), *(*[8]byte)(unsafe.Add(src, l-8))
		*(*[8]byte)(dst), *(*[8]byte)(unsafe.Add(dst, l-8)) = a, b
	case l >= 4 && l < 8:
		a, b := *(*[4]byte)(src), *(*[4]byte)(unsafe.Add(src, l-4))
		*(*[4]byte)(dst), *(*[4]byte)(unsafe.Add(dst, l-4)) = a, b
	case l >= 2 && l < 4:
		a, b := *(*[2]byte)(src), *(*[2]byte)(unsafe.Add(src, l-2))
		*(*[2]byte)(dst), *(*[2]byte)(unsafe.Add(dst, l-2)) = a, b
	case l == 1:
		*(*byte)(dst) = *(*byte)(src)
	case l > 16:
		copy(unsafe.Slice((*byte)(dst), l), unsafe.Slice((*byte)(src), l))
	}
	return unsafe.Add(dst, l)
}

// DropFormatParts forgets every part in t's fbuf, for a caller that
// knows no f-string is being built on t (no Python frame is running):
// what is left there was abandoned by exceptions.
func DropFormatParts(t *Thread) {
	t.fbuf = t.fbuf[:0]
}
