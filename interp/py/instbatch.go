package py

import "unsafe"

// Instances of a class with a few __slots__ (points, vectors, nodes)
// are made and dropped in great numbers, and the Go allocator's
// per-object cost (size class, heap bitmap, sampling) is several times
// that of filling one in. A class therefore carves its instances from
// arrays of instBatchN made one allocation at a time, as Slab does for
// tuples: an instance kept alive keeps its batch alive. The batch
// belongs to the class, and a user class to one interpreter, so no
// lock is needed (the per-type method cache relies on the same).

// instBatchN is how many instances one allocation makes.
const instBatchN = 16

// instBatch is the current array and the index of its next free
// instance. base always points at the start of an allocation.
type instBatch struct {
	base unsafe.Pointer
	next int
}

// carve returns a fresh zero T from b, starting a new array of them
// when the current one is used up.
func carve[T any](b *instBatch) unsafe.Pointer {
	if b.base == nil || b.next == instBatchN {
		b.base, b.next = unsafe.Pointer(new([instBatchN]T)), 0
	}
	var zero T
	p := unsafe.Add(b.base, uintptr(b.next)*unsafe.Sizeof(zero))
	b.next++
	return p
}

// batchAlloc is the Alloc of a class whose instances have n <= 4 slots
// and no __dict__: the carving and the header in one call, as PlainInit
// makes every instance of such a class.
func batchAlloc(n int) func(typ *Type) Value {
	switch n {
	case 0:
		return func(typ *Type) Value { return headed(typ, carve[slotted](&typ.insts)) }
	case 1:
		return func(typ *Type) Value { return headed(typ, carve[slotted1](&typ.insts)) }
	case 2:
		return func(typ *Type) Value { return headed(typ, carve[slotted2](&typ.insts)) }
	case 3:
		return func(typ *Type) Value { return headed(typ, carve[slotted3](&typ.insts)) }
	}
	return func(typ *Type) Value { return headed(typ, carve[slotted4](&typ.insts)) }
}

// headed gives the fresh instance at p its class.
func headed(typ *Type, p unsafe.Pointer) Value {
	(*slotted)(p).typ = typ
	return valueOf(p)
}
