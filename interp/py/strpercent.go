package py

// PercentTupleFast is format % (items...) for the eval loop's BUILD_TUPLE
// followed by BINARY_MODULO on an exact str: the arguments are formatted
// from the stack, without the tuple. It takes only exact strs, inline
// ints and floats as arguments, which no Python code formats, so when
// it declines (ok false), including on any error, the caller can build
// the tuple and run the operator, which then gives the same result or
// raises the same error.
func PercentTupleFast(t *Thread, format Value, items []Value) (Value, bool) {
	var arr [128]byte
	fs := AsStr(format)
	if tp := t.plainPercent(fs.s); tp != nil && len(tp.convs) == len(items) {
		if len(items) == 1 && tp.convs[0] == 's' && items[0].Type() == StrType && tp.lits[0] == "" && tp.lits[1] == "" {
			return items[0], true // as PercentFormatV: "%s" % (s,) is s
		}
		if b, ascii, ok := appendPlainPercent(arr[:0], tp, items); ok {
			if ascii {
				return strFromBytes(b, 1), true
			}
			return strFromBytes(b, 0), true
		}
	}
	// the result is ascii when the format and every str item are (the
	// numbers' digits are), which spares strFromBytes its scan
	kind := uint8(1)
	if !fs.isASCII() {
		kind = 0
	}
	for _, v := range items {
		if v.IsInt() || v.IsFloat() {
			continue
		}
		if v.Type() != StrType {
			return Null, false
		}
		if !AsStr(v).isASCII() {
			kind = 0
		}
	}
	b, err := appendPercentItems(arr[:0], t, fs.s, items, Null)
	if err != nil {
		return Null, false
	}
	if len(items) == 1 && items[0].Type() == StrType && oneStrDirective(fs.s) && string(b) == StrOf(items[0]) {
		return items[0], true // as PercentFormatV: "%s" % (s,) is s
	}
	return strFromBytes(b, kind), true
}
