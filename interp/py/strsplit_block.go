package py

import "unsafe"

// A short split's result in one allocation: the list, its items and the
// headers of the pieces (which view the split str's bytes) are made as
// one block instead of three. A piece that outlives the list keeps the
// block, as it kept its header array before; the list's items have no
// spare capacity, so an append moves them out of the block.

type splitBlock[VA, HA any] struct {
	l List
	v VA
	h HA
}

func newSplitBlock[VA, HA any](n int) (*List, []Value, []Str) {
	b := new(splitBlock[VA, HA])
	return &b.l, unsafe.Slice((*Value)(unsafe.Pointer(&b.v)), n), unsafe.Slice((*Str)(unsafe.Pointer(&b.h)), n)
}

// splitParts returns a list for n pieces, its items and n headers, in
// one allocation when n is small (at most 25, strSplitByte's bound);
// blocks are exact up to 8 pieces, since every byte allocated costs.
func splitParts(n int) (*List, []Value, []Str) {
	var l *List
	var out []Value
	var hdrs []Str
	switch {
	case n <= 2:
		l, out, hdrs = newSplitBlock[[2]Value, [2]Str](n)
	case n == 3:
		l, out, hdrs = newSplitBlock[[3]Value, [3]Str](n)
	case n == 4:
		l, out, hdrs = newSplitBlock[[4]Value, [4]Str](n)
	case n == 5:
		l, out, hdrs = newSplitBlock[[5]Value, [5]Str](n)
	case n == 6:
		l, out, hdrs = newSplitBlock[[6]Value, [6]Str](n)
	case n == 7:
		l, out, hdrs = newSplitBlock[[7]Value, [7]Str](n)
	case n == 8:
		l, out, hdrs = newSplitBlock[[8]Value, [8]Str](n)
	case n <= 12:
		l, out, hdrs = newSplitBlock[[12]Value, [12]Str](n)
	case n <= 16:
		l, out, hdrs = newSplitBlock[[16]Value, [16]Str](n)
	case n <= 25:
		l, out, hdrs = newSplitBlock[[25]Value, [25]Str](n)
	default:
		l, out, hdrs = &List{}, make([]Value, n), make([]Str, n)
	}
	l.typ = ListType
	l.items = out
	return l, out, hdrs
}
