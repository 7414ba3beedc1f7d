package py

import "unsafe"

// A Slab hands out fresh empty dicts and small tuples carved from
// arrays made a batch at a time: one trip through the Go allocator per
// batch instead of one per object. It suits objects made one at a time
// in a hot path that usually die young (the VM's *args tuples and
// **kwargs dicts); an object from a batch keeps the whole batch alive.
// A Slab is not safe for concurrent use.
type Slab struct {
	dicts []Dict
	t1    []tuple1
	t2    []tuple2
}

// slabBatch is how many objects of a kind one allocation makes.
const slabBatch = 16

// Dict is a new empty dict.
func (s *Slab) Dict() *Dict {
	if len(s.dicts) == 0 {
		s.dicts = make([]Dict, slabBatch)
	}
	d := &s.dicts[0]
	s.dicts = s.dicts[1:]
	d.typ = DictType
	return d
}

// Tuple is MakeTuple(n), from the slab when n is 1 or 2.
func (s *Slab) Tuple(n int) (Value, []Value) {
	var tp *Tuple
	switch n {
	case 1:
		if len(s.t1) == 0 {
			s.t1 = make([]tuple1, slabBatch)
		}
		o := &s.t1[0]
		s.t1 = s.t1[1:]
		o.items = o.a[:]
		tp = &o.Tuple
	case 2:
		if len(s.t2) == 0 {
			s.t2 = make([]tuple2, slabBatch)
		}
		o := &s.t2[0]
		s.t2 = s.t2[1:]
		o.items = o.a[:]
		tp = &o.Tuple
	default:
		return MakeTuple(n)
	}
	tp.typ = TupleType
	return valueOf(unsafe.Pointer(tp)), tp.items
}
