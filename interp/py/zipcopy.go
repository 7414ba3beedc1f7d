package py

// ZipListCopy is one step of `[list(c) for c in zip(...)]` for a zip
// whose iterators are all list or tuple iterators with an item left: it
// returns list(c) for the step's items and stores c, the step's tuple, in
// *slot. The tuple is refilled rather than made anew when *slot still
// holds the one the previous step stored: the caller (the VM) runs this
// only where c is read by nothing but the list() that copies it, so
// that tuple cannot be referenced anywhere else. ok is false, with
// nothing consumed, when any iterator is of another kind or exhausted,
// so that zip's own next() decides what happens.
func ZipListCopy(z Value, slot *Value) (Value, bool) {
	o := (*zipObj)(z.p)
	n := len(o.its)
	if n == 0 {
		return Null, false
	}
	// One pass reads every iterator's item, a second advances them, so
	// that nothing is consumed when one is exhausted or of another kind.
	its := o.its
	out := make([]Value, len(its))
	for k, it := range its {
		if typ := it.Type(); typ != ListIterType && typ != TupleIterType {
			return Null, false
		}
		s := (*SeqIter)(it.p)
		if s.seq.IsNull() {
			return Null, false
		}
		items := (*seqHeader)(s.seq.p).items
		if s.i >= len(items) {
			return Null, false
		}
		out[k] = items[s.i]
	}
	for _, it := range its {
		(*SeqIter)(it.p).i++
	}
	tv := *slot
	if !tv.IsNull() && tv == o.last && tv.Type() == TupleType && len((*Tuple)(tv.p).items) == n {
		copy((*Tuple)(tv.p).items, out)
	} else {
		var tup []Value
		tv, tup = MakeTuple(n)
		copy(tup, out)
		o.last = tv
	}
	*slot = tv
	return NewList(out), true
}
