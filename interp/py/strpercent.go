package py

// PercentTupleFast is format % (items...) for the eval loop's BUILD_TUPLE
// followed by BINARY_MODULO on an exact str: the arguments are formatted
// from the stack, without the tuple. It takes only exact strs, inline
// ints and floats as arguments, which no Python code formats, so when
// it declines (ok false), including on any error, the caller can build
// the tuple and run the operator, which then gives the same result or
// raises the same error.
func PercentTupleFast(t *Thread, format Value, items []Value) (Value, bool) {
	for _, v := range items {
		if !v.IsInt() && !v.IsFloat() && v.Type() != StrType {
			return Null, false
		}
	}
	var arr [128]byte
	b, err := appendPercentItems(arr[:0], t, StrOf(format), items, Null)
	if err != nil {
		return Null, false
	}
	return strFromBytes(b, 0), true
}
