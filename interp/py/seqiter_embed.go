package py

import "unsafe"

// Iterators kept inside their consumer. iter() of an exact str, list or
// tuple is a SeqIter that its maker alone holds; a consumer that keeps
// exactly one iterator (map(f, x)) makes it in its own allocation
// instead of a second one. The iterator is an ordinary object all the
// same (the consumer's interior), so nothing can tell.

// initSeqIter makes dst the iterator iter(v) would return when v is an
// exact str, list or tuple (ok false otherwise: the caller calls Iter).
func initSeqIter(dst *SeqIter, v Value) (Value, bool) {
	var typ *Type
	switch v.Type() {
	case StrType:
		typ = StrIterType
	case ListType:
		typ = ListIterType
	case TupleType:
		typ = TupleIterType
	default:
		return Null, false
	}
	*dst = SeqIter{seq: v}
	dst.typ = typ
	return valueOf(unsafe.Pointer(dst)), true
}

// embedIter is initSeqIter into the map's own SeqIter, for map(f, x)
// with one iterable (nargs counts f and the iterables).
func (o *mapObj) embedIter(v Value, nargs int) (Value, bool) {
	if nargs != 2 {
		return Null, false
	}
	return initSeqIter(&o.sit, v)
}
