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
	ascii := sep.isASCII()
	for _, v := range items {
		if v.Type() != StrType {
			return Null, false
		}
		s := AsStr(v)
		n += len(s.s)
		ascii = ascii && s.isASCII()
	}
	if n == 0 {
		return emptyStr.V(), false
	}
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
		for _, v := range items[1:] {
			*(*byte)(p) = c
			s := AsStr(v).s
			p = copyShort(unsafe.Add(p, 1), unsafe.Pointer(unsafe.StringData(s)), len(s))
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
