package py

import "unsafe"

// A Slab hands out fresh empty dicts and small tuples carved from
// arrays made a batch at a time: one trip through the Go allocator per
// batch instead of one per object. It suits objects made one at a time
// in a hot path that usually die young (the VM's *args tuples and
// **kwargs dicts); an object from a batch keeps the whole batch alive.
// A Slab is not safe for concurrent use.
type Slab struct {
	dicts Batch[Dict]
	t1    Batch[tuple1]
	t2    Batch[tuple2]
}

// A Batch hands out fresh zero Ts carved from arrays of slabBatch made
// one at a time: the mechanism under Slab, and under the VM's and the
// exceptions' batches. Not safe for concurrent use.
type Batch[T any] struct{ free []T }

// New is a fresh zero T from the current batch.
func (b *Batch[T]) New() *T {
	if len(b.free) == 0 {
		b.free = make([]T, slabBatch)
	}
	p := &b.free[0]
	b.free = b.free[1:]
	return p
}

// slabBatch is how many objects of a kind one allocation makes. It is
// prime because an object that points at one made just before it (an
// exception's __context__, raised while handling the other) keeps the
// older one's batch alive: when a program makes such groups with a
// period dividing the batch size, a group can straddle every batch
// boundary, each batch then holding the one before, and nothing made
// since the pattern began is freed. With a prime size a group of any
// shorter period starts at a boundary every period batches, which cuts
// the chain.
const slabBatch = 17

// Dict is a new empty dict.
func (s *Slab) Dict() *Dict {
	d := s.dicts.New()
	d.typ = DictType
	return d
}

// Tuple is MakeTuple(n), from the slab when n is 1 or 2.
func (s *Slab) Tuple(n int) (Value, []Value) {
	var tp *Tuple
	switch n {
	case 1:
		o := s.t1.New()
		o.items = o.a[:]
		tp = &o.Tuple
	case 2:
		o := s.t2.New()
		o.items = o.a[:]
		tp = &o.Tuple
	default:
		return MakeTuple(n)
	}
	tp.typ = TupleType
	return valueOf(unsafe.Pointer(tp)), tp.items
}
