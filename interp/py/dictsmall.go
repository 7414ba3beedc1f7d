package py

// Emptying an index. Every instance dict, exception dict and small copy
// starts with an 8-slot index marked empty; as a loop that is eight
// stores and their loop overhead on each allocation, as an array copy
// two vector stores.

// emptySmall is an empty 8-slot index.
var emptySmall = [8]int32{ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty}

// useSmall makes d's index its own small table, empty.
func (d *Dict) useSmall() {
	d.small = emptySmall
	d.index = d.small[:]
}

// clearIndex marks every slot of ix empty: an 8-slot table at once, a
// larger one by doubling copies.
func clearIndex(ix []int32) {
	if len(ix) == len(emptySmall) {
		*(*[8]int32)(ix) = emptySmall
		return
	}
	if len(ix) == 0 {
		return
	}
	ix[0] = ixEmpty
	for j := 1; j < len(ix); j *= 2 {
		copy(ix[j:], ix[:j])
	}
}
