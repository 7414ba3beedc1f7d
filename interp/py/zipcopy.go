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
	for _, it := range o.its {
		if typ := it.Type(); typ != ListIterType && typ != TupleIterType {
			return Null, false
		}
		s := (*SeqIter)(it.p)
		if s.seq.IsNull() || s.i >= len((*seqHeader)(s.seq.p).items) {
			return Null, false
		}
	}
	tv := *slot
	var tup []Value
	if !tv.IsNull() && tv == o.last && tv.Type() == TupleType && len((*Tuple)(tv.p).items) == n {
		tup = (*Tuple)(tv.p).items
	} else {
		tv, tup = MakeTuple(n)
		o.last = tv
	}
	out := make([]Value, n)
	for k, it := range o.its {
		s := (*SeqIter)(it.p)
		x := (*seqHeader)(s.seq.p).items[s.i]
		s.i++
		out[k] = x
		tup[k] = x
	}
	*slot = tv
	return NewList(out), true
}
