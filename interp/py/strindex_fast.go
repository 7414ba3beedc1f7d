package py

// StrIndexFast is c[i] for an exact str c (the caller checks the type)
// and an inline int i, when c is ascii and i is in range (negative counts
// from the end): the shared one-char str, so the hot `ch = src[pos]` of a
// scanner allocates nothing. Anything else — a non-ascii str, whose index
// is by code point, or an index out of range, whose IndexError the general
// path raises — reports false and the caller goes the general way.
func StrIndexFast(c Value, i int64) (Value, bool) {
	s := (*Str)(c.p)
	if !s.isASCII() {
		return Null, false
	}
	n := int64(len(s.s))
	if i < 0 {
		i += n
	}
	if uint64(i) >= uint64(n) {
		return Null, false
	}
	return asciiChars[s.s[i]], true
}
