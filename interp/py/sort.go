package py

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Sorting fast paths. Like CPython 3.7's list.sort, which checks the key
// types once before sorting and then compares with unsafe_long_compare,
// unsafe_latin_compare or unsafe_tuple_compare, sortFast looks at all
// keys first. When they are all ints, all exact strs, all floats without
// NaNs, or all tuples whose first items are one of those kinds, no Python
// code can run while comparing (up to tuple items past the first), so
// the sort need not be CPython's merge order: the keys are sorted by
// order-preserving words and then original position (sortkeyed.go),
// which gives exactly the stable order. Everything else goes to
// SortValues' general merge sort.

// keyCaller calls a key function on one item at a time, reusing one
// argument slice: callees copy their arguments (as they must, since the
// VM passes them slices of its stack).
type keyCaller struct {
	fn  Value
	arg [1]Value
}

func newKeyCaller(fn Value) *keyCaller { return &keyCaller{fn: fn} }

func (k *keyCaller) call(t *Thread, x Value) (Value, *Exception) {
	k.arg[0] = x
	var r Value
	var err *Exception
	if k.fn.Type() == FunctionType {
		r, err = CallFunction(t, (*Function)(k.fn.p), k.arg[:], nil)
	} else {
		r, err = Call(t, k.fn, k.arg[:], nil)
	}
	k.arg[0] = Null
	return r, err
}

// Key kinds the fast paths handle.
const (
	kindNone = iota
	kindInt
	kindStr
	kindFloat
)

// fastKind is the kind of one value (kindNone for anything else, and for
// a NaN, which has no order).
func fastKind(v Value) int {
	switch {
	case v.IsInt():
		return kindInt
	case v.IsFloat():
		if math.IsNaN(v.Float()) {
			return kindNone
		}
		return kindFloat
	case v.Type() == StrType:
		return kindStr
	}
	return kindNone
}

// commonKind is the kind all of vs share, or kindNone.
func commonKind(vs []Value) int {
	k := fastKind(vs[0])
	if k == kindNone {
		return kindNone
	}
	for _, v := range vs[1:] {
		if fastKind(v) != k {
			return kindNone
		}
	}
	return k
}

// cmpSame three-way compares two values of the same fast kind.
func cmpSame(kind int, a, b Value) int {
	switch kind {
	case kindInt:
		return cmp.Compare(a.Int(), b.Int())
	case kindStr:
		return strings.Compare(StrOf(a), StrOf(b))
	}
	x, y := a.Float(), b.Float()
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmp3 three-way compares any two values by < both ways (0 when neither
// is less); it may run Python code.
func cmp3(t *Thread, a, b Value) (int, *Exception) {
	if ka := fastKind(a); ka != kindNone && ka == fastKind(b) {
		return cmpSame(ka, a, b), nil
	}
	if a.Type() == TupleType && b.Type() == TupleType {
		return tupleCmp3(t, AsTuple(a), AsTuple(b), 0)
	}
	lt, err := LessThan(t, a, b)
	if err != nil || lt {
		return -1, err
	}
	gt, err := LessThan(t, b, a)
	if err != nil || gt {
		return 1, err
	}
	return 0, nil
}

// tupleCmp3 compares tuples as tuple < does: by the first items that are
// not equal, else by length. first is the kind of both first items when
// the caller has checked it.
func tupleCmp3(t *Thread, a, b []Value, first int) (int, *Exception) {
	if first != kindNone && len(a) > 0 && len(b) > 0 {
		if c := cmpSame(first, a[0], b[0]); c != 0 {
			return c, nil
		}
		return tupleCmpFrom(t, a, b, 1)
	}
	return tupleCmpFrom(t, a, b, 0)
}

// LessThan is bool(a < b), with the built-in kinds compared directly.
func LessThan(t *Thread, a, b Value) (bool, *Exception) { return CompareBool(t, a, b, LT) }

// tupleOrder is tuple a op b for op LT or GT: only the first unequal
// items are ordered, with op, as CPython does (so NaNs and user types
// behave alike).
func tupleOrder(t *Thread, a, b []Value, op int) (bool, *Exception) {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if k := fastKind(x); k != kindNone && k == fastKind(y) {
			if c := cmpSame(k, x, y); c != 0 {
				return c < 0 == (op == LT), nil
			}
			continue
		}
		eq, err := Equal(t, x, y)
		if err != nil {
			return false, err
		}
		if !eq {
			return CompareBool(t, x, y, op)
		}
	}
	if op == LT {
		return len(a) < len(b), nil
	}
	return len(a) > len(b), nil
}

// CompareBool is bool(a op b) for op LT or GT (sorting, min and max),
// with the built-in kinds compared directly.
func CompareBool(t *Thread, a, b Value, op int) (bool, *Exception) {
	if k := fastKind(a); k != kindNone && k == fastKind(b) {
		c := cmpSame(k, a, b)
		if op == LT {
			return c < 0, nil
		}
		return c > 0, nil
	}
	if a.Type() == TupleType && b.Type() == TupleType {
		return tupleOrder(t, AsTuple(a), AsTuple(b), op)
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.n != 0, nil
	}
	return Truth(t, r)
}

// sortFast sorts items by keys when their kind allows (see the top of
// the file); it reports whether it did. keys, unless they are items, may
// be overwritten.
func sortFast(t *Thread, items, keys []Value, reverse bool) (bool, *Exception) {
	n := len(items)
	if n < 2 {
		return true, nil
	}
	if n >= math.MaxInt32 {
		return false, nil
	}
	if kind := commonKind(keys); kind != kindNone {
		if kind == kindInt && &keys[0] == &items[0] {
			// the items are their own keys and equal ints are the same
			// value, so stability does not matter
			xs := make([]int64, n)
			for i, v := range keys {
				xs[i] = v.Int()
			}
			slices.Sort(xs)
			if reverse {
				slices.Reverse(xs)
			}
			for i, x := range xs {
				items[i] = MakeInt(x)
			}
			return true, nil
		}
		return true, sortWords(t, items, keys, kind, nil, reverse)
	}
	// tuples whose first items share a kind
	for _, v := range keys {
		if v.Type() != TupleType || len(AsTuple(v)) == 0 {
			return false, nil
		}
	}
	cols := tupleColumns(keys)
	if len(cols) == 0 {
		return false, nil
	}
	return true, sortWords(t, items, keys, cols[0], cols, reverse)
}

// MinMax is min (op LT) or max (op GT) of items by key (Null or None: the
// items themselves); items is not empty.
func MinMax(t *Thread, items []Value, key Value, op int) (Value, *Exception) {
	var kc *keyCaller
	if !key.IsNull() && !key.IsNone() {
		kc = newKeyCaller(key)
	}
	best := items[0]
	bestKey := best
	if kc != nil {
		var err *Exception
		bestKey, err = kc.call(t, best)
		if err != nil {
			return Null, err
		}
	}
	for _, v := range items[1:] {
		k := v
		if kc != nil {
			var err *Exception
			k, err = kc.call(t, v)
			if err != nil {
				return Null, err
			}
		}
		b, err := CompareBool(t, k, bestKey, op)
		if err != nil {
			return Null, err
		}
		if b {
			best, bestKey = v, k
		}
	}
	return best, nil
}
