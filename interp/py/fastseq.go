package py

import "unsafe"

// Fast paths the eval loop calls for exact built-in lists and tuples.
// Each reports ok=false whenever anything but the plain case applies (a
// subclass, an index out of range, a non-int bound): the caller then
// takes the generic protocol, which raises the right error or runs the
// overriding dunder. They are small so the compiler inlines them.

// seqHeader is the common prefix of List and Tuple, so one load reads
// either's items.
type seqHeader struct {
	Object
	items []Value
}

// The layouts must agree for seqHeader to read both.
var _ = [1]struct{}{}[unsafe.Offsetof(List{}.items)-unsafe.Offsetof(seqHeader{}.items)]
var _ = [1]struct{}{}[unsafe.Offsetof(Tuple{}.items)-unsafe.Offsetof(seqHeader{}.items)]

// SeqItemFast is c[i] for an exact list or tuple and an index in range
// (negative counts from the end).
func SeqItemFast(c Value, i int64) (Value, bool) {
	if typ := c.Type(); typ != ListType && typ != TupleType {
		return Null, false
	}
	items := (*seqHeader)(c.p).items
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return Null, false
	}
	return items[i], true
}

// ListSetItemFast is c[i] = v for an exact list and an index in range.
func ListSetItemFast(c Value, i int64, v Value) bool {
	if c.Type() != ListType {
		return false
	}
	items := (*List)(c.p).items
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return false
	}
	items[i] = v
	return true
}

// ListIterNext is next() of a list iterator (its type must be
// ListIterType): the next item, or false at the end.
func ListIterNext(v Value) (Value, bool) {
	it := (*SeqIter)(v.p)
	if it.seq.IsNull() {
		return Null, false
	}
	items := (*List)(it.seq.p).items
	if it.i < len(items) {
		it.i++
		return items[it.i-1], true
	}
	it.seq = Null
	return Null, false
}

// TupleIterNext is next() of a tuple iterator (type TupleIterType).
func TupleIterNext(v Value) (Value, bool) {
	it := (*SeqIter)(v.p)
	items := (*Tuple)(it.seq.p).items
	if it.i < len(items) {
		it.i++
		return items[it.i-1], true
	}
	return Null, false
}

// sliceBound converts a slice bound that is None or an inline int; ok is
// false for anything needing __index__.
func sliceBound(v Value, def int, n int, lo, hi int) (int, bool) {
	if v.IsNone() {
		return def, true
	}
	if !v.IsInt() {
		return 0, false
	}
	i := v.Int()
	if i < 0 {
		i += int64(n)
		if i < int64(lo) {
			i = int64(lo)
		}
	} else if i > int64(hi) {
		i = int64(hi)
	}
	return int(i), true
}

// SliceIndicesFast is slice(start, stop, step).indices(n) for bounds that
// are None or inline ints, without making the slice object; ok is false
// for other bounds and for a zero step (the generic path raises).
func SliceIndicesFast(start, stop, step Value, n int) (lo, hi, st, count int, ok bool) {
	st = 1
	if !step.IsNone() {
		if !step.IsInt() || step.Int() == 0 {
			return 0, 0, 0, 0, false
		}
		s := step.Int()
		if s > 1<<40 {
			s = 1 << 40
		} else if s < -(1 << 40) {
			s = -(1 << 40)
		}
		st = int(s)
	}
	var ok1, ok2 bool
	if st > 0 {
		lo, ok1 = sliceBound(start, 0, n, 0, n)
		hi, ok2 = sliceBound(stop, n, n, 0, n)
		if hi > lo {
			count = (hi-lo-1)/st + 1
		}
	} else {
		lo, ok1 = sliceBound(start, n-1, n, -1, n-1)
		hi, ok2 = sliceBound(stop, -1, n, -1, n-1)
		if lo > hi {
			count = (lo-hi-1)/(-st) + 1
		}
	}
	return lo, hi, st, count, ok1 && ok2
}

// SliceFast is c[start:stop:step] for an exact list or tuple and bounds
// that are None or inline ints: one allocation for the items, no slice
// object.
func SliceFast(c, start, stop, step Value) (Value, bool) {
	typ := c.Type()
	var items []Value
	switch typ {
	case ListType:
		items = (*List)(c.p).items
	case TupleType:
		items = (*Tuple)(c.p).items
	case StrType:
		return strSliceFast(c, start, stop, step)
	default:
		return Null, false
	}
	lo, _, st, n, ok := SliceIndicesFast(start, stop, step, len(items))
	if !ok {
		return Null, false
	}
	if typ == TupleType && st == 1 && n == len(items) {
		return c, true // t[:] is t
	}
	var r Value
	var out []Value
	if typ == ListType {
		r, out = MakeList(n)
	} else {
		r, out = MakeTuple(n)
	}
	if st == 1 {
		copy(out, items[lo:lo+n])
	} else {
		for i, j := 0, lo; i < n; i, j = i+1, j+st {
			out[i] = items[j]
		}
	}
	return r, true
}

// ListSetSliceFast is c[start:stop:step] = v for an exact list c, bounds
// that are None or inline ints, and v an exact list or tuple. A
// same-size assignment overwrites in place and allocates nothing.
func ListSetSliceFast(c, start, stop, step, v Value) bool {
	if c.Type() != ListType {
		return false
	}
	var src []Value
	switch v.Type() {
	case ListType:
		src = (*List)(v.p).items
	case TupleType:
		src = (*Tuple)(v.p).items
	default:
		return false
	}
	l := (*List)(c.p)
	lo, hi, st, n, ok := SliceIndicesFast(start, stop, step, len(l.items))
	if !ok {
		return false
	}
	if st != 1 {
		if len(src) != n {
			return false // the generic path raises ValueError
		}
		if v.p == unsafe.Pointer(l) {
			src = append([]Value(nil), src...)
		}
		for i, j := 0, lo; i < n; i, j = i+1, j+st {
			l.items[j] = src[i]
		}
		return true
	}
	if hi < lo {
		hi = lo
	}
	if len(src) == hi-lo {
		copy(l.items[lo:hi], src) // memmove: l[:] = l is fine
		return true
	}
	if v.p == unsafe.Pointer(l) {
		src = append([]Value(nil), src...)
	}
	if listSpliceInPlace(l, lo, hi, src) {
		return true
	}
	out := make([]Value, 0, len(l.items)-(hi-lo)+len(src))
	out = append(out, l.items[:lo]...)
	out = append(out, src...)
	out = append(out, l.items[hi:]...)
	l.items = out
	return true
}

// AppendInLoop is LIST_APPEND in a comprehension whose loop iterator is
// it: the first append reserves room for the items the iterator says
// remain (bounded, since a filter may keep few), instead of growing the
// list by doubling from one.
func (l *List) AppendInLoop(v, it Value) {
	if cap(l.items) == 0 {
		if n := iterLenHint(it); n > 1 {
			l.items = make([]Value, 0, min(n, 1024))
		}
	} else if len(l.items) == cap(l.items) {
		if n, done, ok := seqIterPos(it); ok && done == len(l.items)+1 {
			l.growTo(n) // every item taken so far was kept: no filter
		} else if ok && done > 0 {
			l.growTo(predictLen(len(l.items)+1, cap(l.items), int64(n), int64(done)))
		}
	}
	l.items = appendGrow(l.items, v)
}

// iterLenHint is how many items a range, list or tuple iterator has left
// plus the one just taken; 0 for other iterators.
func iterLenHint(it Value) int {
	switch it.Type() {
	case RangeIterType:
		r := (*RangeIter)(it.p)
		rest := (&Range{Start: r.Next, Stop: r.Stop, Step: r.Step}).length()
		return int(min(rest, 1<<20)) + 1
	case ListIterType:
		s := (*SeqIter)(it.p)
		if s.seq.IsNull() {
			return 0
		}
		return len((*List)(s.seq.p).items) - s.i + 1
	case TupleIterType:
		s := (*SeqIter)(it.p)
		return len((*Tuple)(s.seq.p).items) - s.i + 1
	}
	return 0
}

// SliceIntoList makes dst's contents c[start:stop:step] for an exact list
// c and bounds that are None or inline ints, reusing dst's storage: the
// VM's scratch list for a slice that is only copied from (opSliceTmp).
func SliceIntoList(dst *List, c, start, stop, step Value) bool {
	if c.Type() != ListType {
		return false
	}
	items := (*List)(c.p).items
	lo, _, st, n, ok := SliceIndicesFast(start, stop, step, len(items))
	if !ok {
		return false
	}
	out := dst.items
	if cap(out) < n {
		out = make([]Value, n)
	} else if len(out) > n {
		clear(out[n:]) // drop references the last use left
	}
	out = out[:n]
	if st == 1 {
		copy(out, items[lo:lo+n])
	} else {
		for i, j := 0, lo; i < n; i, j = i+1, j+st {
			out[i] = items[j]
		}
	}
	dst.items = out
	return true
}

// Small tuples carry their items in the same allocation as the header.
type (
	tuple1 struct {
		Tuple
		a [1]Value
	}
	tuple2 struct {
		Tuple
		a [2]Value
	}
	tuple3 struct {
		Tuple
		a [3]Value
	}
	tuple4 struct {
		Tuple
		a [4]Value
	}
	tuple6 struct {
		Tuple
		a [6]Value
	}
	tuple8 struct {
		Tuple
		a [8]Value
	}
)

// MakeTuple returns a new tuple of n items and the items to fill in
// (before the tuple is used anywhere): one allocation for up to eight.
func MakeTuple(n int) (Value, []Value) {
	var tp *Tuple
	switch n {
	case 0:
		if !EmptyTuple.IsNull() {
			return EmptyTuple, nil
		}
		tp = &Tuple{}
	case 1:
		o := &tuple1{}
		o.items = o.a[:]
		tp = &o.Tuple
	case 2:
		o := &tuple2{}
		o.items = o.a[:]
		tp = &o.Tuple
	case 3:
		o := &tuple3{}
		o.items = o.a[:]
		tp = &o.Tuple
	case 4:
		o := &tuple4{}
		o.items = o.a[:]
		tp = &o.Tuple
	case 5, 6:
		o := &tuple6{}
		o.items = o.a[:n:n]
		tp = &o.Tuple
	case 7, 8:
		o := &tuple8{}
		o.items = o.a[:n:n]
		tp = &o.Tuple
	default:
		tp = &Tuple{items: make([]Value, n)}
	}
	tp.typ = TupleType
	return valueOf(unsafe.Pointer(tp)), tp.items
}

// SeqItems is the items of an exact list or tuple (the caller checked the
// type); tiny, for the eval loop to inline.
func SeqItems(v Value) []Value { return (*seqHeader)(v.p).items }

// ListIterState is a list iterator's list (Null once exhausted) and
// position, for the eval loop to step it without a call.
func ListIterState(v Value) (seq *Value, i *int) {
	it := (*SeqIter)(v.p)
	return &it.seq, &it.i
}

// NextPair is next() of an enumerate, or of a zip of two iterables,
// as the pair's two parts, for `for a, b in ...` without the pair tuple
// (nobody else can see it). pair is false, and nothing is consumed, for
// a zip of any other arity; v must be an enumerate or a zip.
func NextPair(t *Thread, v Value) (a, b Value, ok, pair bool, err *Exception) {
	if v.Type() == EnumerateType {
		a, b, ok, err = EnumerateNextPair(t, v)
		return a, b, ok, true, err
	}
	o := (*zipObj)(v.p)
	if len(o.its) != 2 {
		return Null, Null, false, false, nil
	}
	// in order, stopping at the first exhausted one, as zip does
	if a, ok, err = zipStep(t, o.its[0]); !ok || err != nil {
		return Null, Null, false, true, err
	}
	if b, ok, err = zipStep(t, o.its[1]); !ok || err != nil {
		return Null, Null, false, true, err
	}
	return a, b, true, true, nil
}

// zipStep is next() of one of a zip's iterators.
func zipStep(t *Thread, it Value) (Value, bool, *Exception) {
	if it.Type() == ListIterType {
		x, ok := ListIterNext(it)
		return x, ok, nil
	}
	return Next(t, it)
}

// EnumerateNextPair is next() of an enumerate (type EnumerateType) as
// its two parts, for `for i, x in enumerate(...)` without the pair tuple.
func EnumerateNextPair(t *Thread, v Value) (n, x Value, ok bool, err *Exception) {
	o := (*enumerateObj)(v.p)
	switch o.it.Type() {
	case ListIterType:
		x, ok = ListIterNext(o.it)
	case TupleIterType:
		x, ok = TupleIterNext(o.it)
	default:
		x, ok, err = Next(t, o.it)
	}
	if !ok || err != nil {
		return Null, Null, false, err
	}
	n = o.n
	o.n = IntAdd(n, MakeInt(1))
	return n, x, true, nil
}
