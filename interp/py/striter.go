package py

// StrIterNextASCII is next() of a str iterator (StrIterType) over an
// ascii str, for the eval loop's FOR_ITER: the shared one-char strs,
// without the type's Next. known is false for other strs (the caller
// uses Next).
func StrIterNextASCII(v Value) (x Value, ok, known bool) {
	it := (*SeqIter)(v.p)
	s := (*Str)(it.seq.p)
	if s.kind() != 1 {
		return Null, false, false
	}
	if it.i < len(s.s) {
		it.i++
		return asciiChars[s.s[it.i-1]&0x7f], true, true
	}
	return Null, false, true
}
