package py

// SeqOrder is the tuple comparison a op b (op LT or GT) of two tuples
// with items a and b, for callers that hold the items but not the tuples
// (min and max with a key like lambda r: (r[1], r[0]), whose key tuple
// need not be built to be compared).
func SeqOrder(t *Thread, a, b []Value, op int) (bool, *Exception) {
	return tupleOrder(t, a, b, op)
}
