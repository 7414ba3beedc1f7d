package py

// strSwapByte is s.replace(c, d) for one-byte (so ascii) c and d and a
// short s: a plain byte loop, where Count and Index would each set up
// a vector search per occurrence. ok is false when c does not occur and
// s is not an exact str (the caller copies it).
func strSwapByte(s *Str, c, d byte) (Value, bool) {
	i := 0
	for i < len(s.s) && s.s[i] != c {
		i++
	}
	if i == len(s.s) {
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
	copy(buf, s.s[:i])
	for ; i < len(s.s); i++ {
		b := s.s[i]
		if b == c {
			b = d
		}
		buf[i] = b
	}
	return st.done(buf, kind), true
}
