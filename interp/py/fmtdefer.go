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
	if !spec.IsNull() {
		if spec.Type() != StrType {
			return Null, false, nil
		}
		sp = AsStr(spec).s
	}
	switch {
	case v.IsInt():
	case v.IsFloat() || v.Type() == StrType:
		if sp == "" {
			return Null, false, nil
		}
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
	n := uint64(off)<<32 | uint64(len(part))<<1
	if isASCIIText(part) {
		n |= 1
	}
	return Value{p: unsafe.Pointer(&fmtPartObj), n: n}, true, nil
}

// ConcatStrsDeferred is ConcatStrs (BUILD_STRING) where any of vals may
// be a placeholder of FormatDeferred.
func ConcatStrsDeferred(t *Thread, vals []Value) Value {
	n := 0
	kind := uint8(1)
	low := -1
	for _, v := range vals {
		if v.p == unsafe.Pointer(&fmtPartObj) {
			off, l := int(v.n>>32), int(uint32(v.n)>>1)
			n += l
			if v.n&1 == 0 {
				kind = 0
			}
			if low < 0 || off < low {
				low = off
			}
			continue
		}
		s := AsStr(v)
		n += len(s.s)
		if !s.isASCII() {
			kind = 0
		}
	}
	var r Value
	if n == 0 {
		r = emptyStr.V()
	} else {
		st, buf := newStrBuf(n, kind == 1)
		i := 0
		for _, v := range vals {
			if v.p == unsafe.Pointer(&fmtPartObj) {
				off, l := int(v.n>>32), int(uint32(v.n)>>1)
				i += copy(buf[i:], t.fbuf[off:off+l])
				continue
			}
			i += copy(buf[i:], AsStr(v).s)
		}
		r = st.done(buf, kind)
	}
	if low >= 0 && low <= len(t.fbuf) {
		t.fbuf = t.fbuf[:low]
	}
	return r
}

// DropFormatParts forgets every part in t's fbuf, for a caller that
// knows no f-string is being built on t (no Python frame is running):
// what is left there was abandoned by exceptions.
func DropFormatParts(t *Thread) {
	t.fbuf = t.fbuf[:0]
}
