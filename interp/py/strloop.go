package py

// A for loop over an ascii str without an iterator object. When the
// translator has seen GET_ITER feeding FOR_ITER directly (vm's
// strloop.go), the only holder of the iterator is the loop's stack
// slot, which no Python code can reach; the slot then keeps the str
// itself, with the position in the Value's spare word.

// StrLoopStart is the loop slot for iterating v (an exact str); ok is
// false unless v is ascii (the caller makes a str iterator).
func StrLoopStart(v Value) (Value, bool) {
	if !AsStr(v).isASCII() {
		return Null, false
	}
	return Value{p: v.p}, true
}

// StrLoopNext is the next character of the loop slot *it, advancing it;
// ok is false at the end.
func StrLoopNext(it *Value) (Value, bool) {
	s := (*Str)(it.p)
	if it.n < uint64(len(s.s)) {
		c := s.s[it.n]
		it.n++
		return asciiChars[c&0x7f], true
	}
	return Null, false
}
