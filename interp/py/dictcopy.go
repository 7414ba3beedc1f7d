package py

// Copying a dict is common on call paths (dict(fixed), d.copy(), **kwargs
// merging), so a small dict is copied as one allocation: the Dict header
// and its entry array together, with the index in the header's small
// table. Hashes are taken from the source entries, never recomputed.

// smallDict is a Dict whose first entries live in the same allocation.
// Five entries is what an 8-slot index holds before setHashed grows it.
type smallDict struct {
	d    Dict
	ents [5]dictEntry
}

// oneDict is smallDict for one item.
type oneDict struct {
	d    Dict
	ents [1]dictEntry
}

// tinyDict is smallDict for up to two items.
type tinyDict struct {
	d    Dict
	ents [2]dictEntry
}

// copyDict returns a shallow copy of o (an exact dict copy: the result's
// type is dict), keeping insertion order.
func copyDict(o *Dict) *Dict {
	o.settle()
	if o.used == 0 {
		return NewDict()
	}
	if int(o.used) <= len(smallDict{}.ents) {
		var n *Dict
		if o.used == 1 {
			// dict(fixed) of a one-keyword dict: a size class below
			// tinyDict's, and a later insert only reallocates entries
			s := &oneDict{}
			n = &s.d
			n.entries = s.ents[:0]
		} else if int(o.used) <= len(tinyDict{}.ents) {
			// keyword dicts: most hold one or two items
			s := &tinyDict{}
			n = &s.d
			n.entries = s.ents[:0]
		} else {
			s := &smallDict{}
			n = &s.d
			n.entries = s.ents[:0]
		}
		n.typ = DictType
		n.index = n.small[:]
		for i := range n.index {
			n.index[i] = ixEmpty
		}
		n.fillFrom(o)
		return n
	}
	n := NewDict()
	size := 8
	for size*2 < int(o.used+1)*2*3 {
		size *= 2
	}
	n.entries = make([]dictEntry, 0, size*2/3+1)
	n.index = make([]int32, size)
	for i := range n.index {
		n.index[i] = ixEmpty
	}
	n.fillFrom(o)
	return n
}

// fillFrom appends o's live entries to the empty n, whose index has room.
// Keys of a dict are distinct, so no lookups (and no __eq__ calls) are
// needed: each entry goes in the first free slot of its probe sequence.
func (n *Dict) fillFrom(o *Dict) {
	n.appendDistinct(o.entries)
	n.used = o.used
}

// appendDistinct appends the live entries of es, whose keys are distinct
// from each other and from d's, each at the first free slot of its probe
// sequence: no key comparisons, no __eq__ calls. d's index has room.
func (d *Dict) appendDistinct(es []dictEntry) {
	mask := uint64(len(d.index) - 1)
	for _, e := range es {
		if e.key.IsNull() {
			continue
		}
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(len(d.entries))
		d.bloom |= keyBit(e.hash)
		d.entries = append(d.entries, e)
	}
}
