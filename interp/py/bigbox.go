package py

import (
	"math/big"
	"unsafe"
)

// Big int results with their digits in the same allocation as the int.
//
// A big.Int result normally costs two allocations: the heap int that
// holds the big.Int header, and the digit slice math/big makes for the
// result. math/big writes into the receiver's digits whenever their
// capacity suffices, so a box whose big.Int starts as an empty slice over
// an array in the box itself gets the whole result in one allocation,
// as CPython's one-object ints have it. The arrays come in sizes that
// fill Go's size classes (an object over 512 bytes that holds pointers
// carries an 8-byte header), so the rounding up wastes little.

type intBoxW[A any] struct {
	intBox
	w A
}

// boxWith makes a box over an inline digit array of type A.
func boxWith[A any]() *intBox {
	o := &intBoxW[A]{}
	o.v = &o.b
	o.typ = IntType
	n := unsafe.Sizeof(o.w) / unsafe.Sizeof(big.Word(0))
	o.b.SetBits(unsafe.Slice((*big.Word)(unsafe.Pointer(&o.w)), n)[:0])
	return &o.intBox
}

// boxSizes are the inline capacities in words, ascending, with their
// constructors.
var boxSizes = [...]struct {
	n    int
	make func() *intBox
}{
	{2, boxWith[[2]big.Word]},
	{4, boxWith[[4]big.Word]},
	{6, boxWith[[6]big.Word]},
	{8, boxWith[[8]big.Word]},
	{10, boxWith[[10]big.Word]},
	{14, boxWith[[14]big.Word]},
	{18, boxWith[[18]big.Word]},
	{22, boxWith[[22]big.Word]},
	{26, boxWith[[26]big.Word]},
	{34, boxWith[[34]big.Word]},
	{42, boxWith[[42]big.Word]},
	{50, boxWith[[50]big.Word]},
	{58, boxWith[[58]big.Word]},
	{73, boxWith[[73]big.Word]},
	{89, boxWith[[89]big.Word]},
	{105, boxWith[[105]big.Word]},
	{121, boxWith[[121]big.Word]},
	{137, boxWith[[137]big.Word]},
	{153, boxWith[[153]big.Word]},
	{169, boxWith[[169]big.Word]},
	{185, boxWith[[185]big.Word]},
	{217, boxWith[[217]big.Word]},
	{249, boxWith[[249]big.Word]},
	{281, boxWith[[281]big.Word]},
	{329, boxWith[[329]big.Word]},
	{377, boxWith[[377]big.Word]},
	{425, boxWith[[425]big.Word]},
	{505, boxWith[[505]big.Word]},
	{601, boxWith[[601]big.Word]},
	{761, boxWith[[761]big.Word]},
	{1017, boxWith[[1017]big.Word]},
	{1273, boxWith[[1273]big.Word]},
	{1529, boxWith[[1529]big.Word]},
	{2041, boxWith[[2041]big.Word]},
	{2553, boxWith[[2553]big.Word]},
	{3065, boxWith[[3065]big.Word]},
	{4089, boxWith[[4089]big.Word]},
}

// boxClass is the index in boxSizes of the smallest size holding n
// words, for n up to 512 (a table lookup rather than a search: the sizes
// are picked per operation, so the branches of a search mispredict).
var boxClass = func() (t [513]uint8) {
	c := 0
	for n := range t {
		for boxSizes[c].n < n {
			c++
		}
		t[n] = uint8(c)
	}
	return t
}()

// newBigBoxCap returns a box whose b has room for n words of digits
// without a further allocation (beyond the largest size, a plain box).
func newBigBoxCap(n int) *intBox {
	if uint(n) < uint(len(boxClass)) {
		return boxSizes[boxClass[n]].make()
	}
	lo, hi := int(boxClass[len(boxClass)-1]), len(boxSizes)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if boxSizes[m].n < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(boxSizes) {
		return newBigBox()
	}
	return boxSizes[lo].make()
}

// words is the digit count of an int-like value as a big.Int.
func words(x *big.Int) int { return len(x.Bits()) }
