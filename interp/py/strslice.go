package py

// strSliceFast is s[start:stop:step] for an exact ascii str and bounds
// that are None or inline ints: no slice object, and the byte offsets
// are the indices. Non-ascii strs go the general way (strGetItem), which
// indexes code points.
func strSliceFast(c, start, stop, step Value) (Value, bool) {
	s := (*Str)(c.p)
	if !s.isASCII() {
		return Null, false
	}
	lo, _, st, n, ok := SliceIndicesFast(start, stop, step, len(s.s))
	if !ok {
		return Null, false
	}
	if n <= 0 {
		return emptyStr.V(), true
	}
	if st == 1 {
		return s.sub(lo, lo+n), true
	}
	if n == 1 {
		return asciiChars[s.s[lo]], true
	}
	out, buf := newStrBuf(n, true)
	if st == -1 {
		reverseASCII(buf, s.s[lo-n+1:lo+1]) // strswar.go
		return out.done(buf, 1), true
	}
	for i, j := 0, lo; i < n; i, j = i+1, j+st {
		buf[i] = s.s[j]
	}
	return out.done(buf, 1), true
}
