package py

import "slices"

// appendGrow is append(items, v) for a list's items, growing a full
// backing array to twice its capacity. Go's append grows large slices by
// only a quarter, so a list built by appends is copied (and its old arrays
// left for the collector) about five times its final size; doubling
// halves that, and for a list of values, which hold pointers, every copy
// is also scanned and write-barriered while a collection runs. Past a
// million items (16 MB) it grows by half, to bound the unused tail.
func appendGrow(items []Value, v Value) []Value {
	if len(items) == cap(items) {
		c := cap(items)
		if c >= 1<<20 {
			c /= 2
		}
		items = slices.Grow(items, max(c, 4))
	}
	return append(items, v)
}

// AppendNested is LIST_APPEND in a comprehension with two for clauses
// over lists or tuples (`[v for row in grid for v in row]`), whose
// iterators are outer and inner. When the list is full it is grown to
// the size the iterators predict: the items appended so far scaled by
// how much of outer×inner is left, assuming rows like those seen (and a
// filter that keeps the same share), plus an eighth. The jump is bounded
// to 32 times the old capacity, so a first row that is not like the
// others costs little; a smaller bound (8) made listcomp's filtered
// 11,000-item list pass through 128, 1,024 and 8,192 items on its way,
// allocating twice its size.
func (l *List) AppendNested(v, outer, inner Value) {
	if len(l.items) == cap(l.items) {
		l.growTo(nestedLenHint(len(l.items)+1, cap(l.items), outer, inner))
	}
	l.items = appendGrow(l.items, v)
}

// growTo makes room for n items (no-op for n no larger than what the list
// holds plus the item about to be appended).
func (l *List) growTo(n int) {
	if n > len(l.items)+1 {
		l.items = slices.Grow(l.items, n-len(l.items))
	}
}

// nestedLenHint predicts a nested comprehension's final length from the
// have items it holds with the one being appended, or 0 when the
// iterators can't say.
func nestedLenHint(have, capacity int, outer, inner Value) int {
	innerLen, innerDone, ok := seqIterPos(inner)
	if !ok || innerDone == 0 {
		return 0
	}
	outerLen, outerDone, ok := seqIterPos(outer)
	if !ok || outerDone == 0 {
		return 0
	}
	consumed := int64(outerDone-1)*int64(innerLen) + int64(innerDone)
	return predictLen(have, capacity, int64(outerLen)*int64(innerLen), consumed)
}

// predictLen scales have, the length after consumed of total source items,
// to the whole source, plus an eighth, and at most 32 times capacity.
func predictLen(have, capacity int, total, consumed int64) int {
	if total > 1<<26 || consumed <= 0 {
		return 0
	}
	predicted := int64(have) * total / consumed
	predicted += predicted / 8
	return int(min(predicted, int64(max(32*capacity, 16))))
}

// seqIterPos is the length of a list or tuple iterator's sequence and how
// many items it has handed out; ok is false for other iterators and
// exhausted ones.
func seqIterPos(it Value) (n, done int, ok bool) {
	switch it.Type() {
	case ListIterType:
		s := (*SeqIter)(it.p)
		if s.seq.IsNull() {
			return 0, 0, false
		}
		return len((*List)(s.seq.p).items), s.i, true
	case TupleIterType:
		s := (*SeqIter)(it.p)
		if s.seq.IsNull() {
			return 0, 0, false
		}
		return len((*Tuple)(s.seq.p).items), s.i, true
	}
	return 0, 0, false
}
