package py

import "strings"

// strSwapByte is s.replace(c, d) for one-byte (so ascii) c and d and a
// short s: one search for the first c, then a copy swapped a word at a
// time (strswar.go), where Count and Index would each set up a vector
// search per occurrence. ok is false when c does not occur and
// s is not an exact str (the caller copies it).
func strSwapByte(s *Str, c, d byte) (Value, bool) {
	i := strings.IndexByte(s.s, c)
	if i < 0 {
		if s.typ == StrType {
			return s.V(), true
		}
		return Null, false
	}
	if len(s.s) == 1 {
		return asciiChars[d], true
	}
	kind := uint8(0) // a non-ascii s keeps its kind, found when needed
	if s.isASCII() {
		kind = 1
	}
	st, buf := newStrBuf(len(s.s), kind == 1)
	copy(buf, s.s)
	swapBytes(buf[i:], c, d)
	return st.done(buf, kind), true
}
