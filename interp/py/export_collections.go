package py

import "unsafe"

// NewTupleOf makes a tuple whose type is typ, tuple or a user subclass
// of it (namedtuple classes build their instances with it, skipping the
// lookup of tuple.__new__). The items are owned by the result.
func NewTupleOf(typ *Type, items []Value) Value {
	if typ == TupleType {
		return NewTuple(items)
	}
	tp := &tupleSub{Tuple: Tuple{items: items}}
	tp.typ = typ
	return valueOf(unsafe.Pointer(tp))
}

// SeqRepr is the repr of a sequence's items between open and close,
// with the recursion guard list and tuple use ("[...]" when v is already
// being printed).
func SeqRepr(t *Thread, v Value, items []Value, open, close string) (string, *Exception) {
	return seqRepr(t, v, items, open, close)
}

// SeqCompare is the lexicographic rich comparison list and tuple use.
func SeqCompare(t *Thread, a, b []Value, op int) (Value, *Exception) {
	return seqCompare(t, a, b, op)
}

// AddClassMethod adds a classmethod implemented in Go to a built-in type
// (itertools.chain.from_iterable).
func AddClassMethod(typ *Type, name string, fn func(t *Thread, args []Value, kwnames []string) (Value, *Exception)) {
	addClassMethod(typ, name, fn)
}
