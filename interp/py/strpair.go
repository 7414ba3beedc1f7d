package py

import "sync/atomic"

// Two-character ascii strs are shared, as one-character ones are
// (asciiChars): w[:2], w[-2:], a bigram, the first step of building a
// str a character at a time would otherwise each allocate. The language
// allows it: an operation computing an immutable value may return any
// existing object with that value. A str is made on first use and
// hashed before it is published, so shared strs are never written to;
// a row of the table is made when its first character is first used,
// so the collector scans only rows in use.
var pairChars [128]atomic.Pointer[[128]atomic.Pointer[Str]]

// pairStr is the str c0 c1 for ascii bytes c0 and c1 (both < 0x80).
func pairStr(c0, c1 byte) Value {
	row := pairChars[c0&0x7f].Load()
	if row == nil {
		pairChars[c0&0x7f].CompareAndSwap(nil, new([128]atomic.Pointer[Str]))
		row = pairChars[c0&0x7f].Load()
	}
	if st := row[c1&0x7f].Load(); st != nil {
		return st.V()
	}
	st, buf := newStrBuf(2, true)
	buf[0], buf[1] = c0, c1
	st.done(buf, 1)
	st.Hash()
	if !row[c1&0x7f].CompareAndSwap(nil, st) {
		st = row[c1&0x7f].Load() // another thread's, so that there is one
	}
	return st.V()
}
