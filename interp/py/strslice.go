package py

import "unsafe"

// strSliceFast is s[start:stop:step] for an exact ascii str and bounds
// that are None or inline ints: no slice object, and the byte offsets
// are the indices. Non-ascii strs go the general way (strGetItem), which
// indexes code points.
func strSliceFast(c, start, stop, step Value) (Value, bool) {
	s := (*Str)(c.p)
	if !s.isASCII() {
		return Null, false
	}
	if step.IsNone() {
		return strSlicePlain(s, start, stop)
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

// strSlicePlain is s[start:stop] for an ascii str s (exact or not) and
// bounds that are None or inline ints: the common slice without a
// step, its bounds clamped in place and a short piece copied without a
// memmove call.
func strSlicePlain(s *Str, start, stop Value) (Value, bool) {
	n := len(s.s)
	lo, hi := 0, n
	if !start.IsNone() {
		if !start.IsInt() {
			return Null, false
		}
		lo = clampBound(start.Int(), n)
	}
	if !stop.IsNone() {
		if !stop.IsInt() {
			return Null, false
		}
		hi = clampBound(stop.Int(), n)
	}
	switch m := hi - lo; {
	case m <= 0:
		return emptyStr.V(), true
	case m == 1:
		return asciiChars[s.s[lo]], true
	case m == n && s.typ == StrType:
		return s.V(), true
	case m <= 16:
		st, buf := newStrBuf(m, true)
		copyShort(unsafe.Pointer(unsafe.SliceData(buf)), unsafe.Pointer(unsafe.StringData(s.s[lo:])), m)
		return st.done(buf, 1), true
	}
	return s.sub(lo, hi), true
}

// clampBound is a slice bound i for length n, counted from the end when
// negative and clamped to [0, n].
func clampBound(i int64, n int) int {
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	} else if i > int64(n) {
		i = int64(n)
	}
	return int(i)
}
