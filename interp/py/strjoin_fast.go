package py

import "unsafe"

// strJoinFast is sep.join(x) when x is an exact list or tuple whose
// items are all exact strs (the common case: no iteration protocol, no
// error to report), or Null for the general method. One pass checks
// the items and sums their lengths; the pieces are then copied without
// a memmove call each (copyShort), a one-byte separator as a store.
func strJoinFast(sep *Str, x Value) Value {
	r, _ := strJoinFresh(sep, x)
	return r
}

// strJoinFresh is strJoinFast, and whether the result is a block of its
// own that this call made (StrChainCall's fresh): an ascii join of two
// or more items, two or more bytes long.
func strJoinFresh(sep *Str, x Value) (Value, bool) {
	var items []Value
	switch x.Type() {
	case ListType:
		items = AsList(x).items
	case TupleType:
		items = AsTuple(x)
	default:
		return Null, false
	}
	if len(items) < 2 {
		if len(items) == 1 && items[0].Type() != StrType {
			return Null, false
		}
		return strJoin(sep, items), false
	}
	n := len(sep.s) * (len(items) - 1)
	// the kinds' top two bits: 01 in every meta is ascii for all
	all, any := sep.meta, sep.meta
	strType := StrType
	for i := range items {
		s := (*Str)(items[i].p)
		if s.typ != strType {
			return Null, false
		}
		n += len(s.s)
		all &= s.meta
		any |= s.meta
	}
	if n == 0 {
		return emptyStr.V(), false
	}
	// a kind not known yet (00) is found when nothing says non-ascii
	ascii := any>>(metaKindShift+1) == 0 && (all>>metaKindShift != 0 || joinASCII(sep, items))
	kind := uint8(0) // non-ascii: 2 or strSurrogates, found when needed
	if ascii {
		kind = 1
	}
	st, buf := newStrBuf(n, ascii)
	p := unsafe.Pointer(unsafe.SliceData(buf))
	first := AsStr(items[0]).s
	p = copyShort(p, unsafe.Pointer(unsafe.StringData(first)), len(first))
	if len(sep.s) == 1 {
		c := sep.s[0]
		for i := 1; i < len(items); i++ {
			*(*byte)(p) = c
			p = unsafe.Add(p, 1)
			s := (*Str)(items[i].p).s
			l, src := len(s), unsafe.Pointer(unsafe.StringData(s))
			// a piece of 2 to 16 bytes (the usual) as two overlapping
			// moves here (copyShort's way, without its call)
			switch {
			case l >= 8 && l <= 16:
				a, b := *(*[8]byte)(src), *(*[8]byte)(unsafe.Add(src, l-8))
				*(*[8]byte)(p), *(*[8]byte)(unsafe.Add(p, l-8)) = a, b
				p = unsafe.Add(p, l)
			case l >= 4 && l < 8:
				a, b := *(*[4]byte)(src), *(*[4]byte)(unsafe.Add(src, l-4))
				*(*[4]byte)(p), *(*[4]byte)(unsafe.Add(p, l-4)) = a, b
				p = unsafe.Add(p, l)
			case l >= 2 && l < 4:
				a, b := *(*[2]byte)(src), *(*[2]byte)(unsafe.Add(src, l-2))
				*(*[2]byte)(p), *(*[2]byte)(unsafe.Add(p, l-2)) = a, b
				p = unsafe.Add(p, l)
			default:
				p = copyShort(p, src, l)
			}
		}
	} else {
		for _, v := range items[1:] {
			p = copyShort(p, unsafe.Pointer(unsafe.StringData(sep.s)), len(sep.s))
			s := AsStr(v).s
			p = copyShort(p, unsafe.Pointer(unsafe.StringData(s)), len(s))
		}
	}
	return st.done(buf, kind), ascii && n >= 2
}

// joinASCII reports whether sep and every item (exact strs) are ascii.
func joinASCII(sep *Str, items []Value) bool {
	if !sep.isASCII() {
		return false
	}
	for _, v := range items {
		if !AsStr(v).isASCII() {
			return false
		}
	}
	return true
}
