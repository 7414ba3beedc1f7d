package py

import "strings"

// ASCII fast paths for str methods: most text programs handle is ascii,
// where Unicode's tables reduce to a byte class lookup and case mapping
// to a bit flip. Callers check Str.isASCII first.

// Character classes of ascii bytes.
const (
	clDigit uint8 = 1 << iota
	clAlpha
	clSpace
	clUpper
	clLower
	clAlnum = clDigit | clAlpha
)

var asciiClass = func() (t [128]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= clDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clAlpha | clLower
		t[c-32] |= clAlpha | clUpper
	}
	for _, c := range "\t\n\v\f\r\x1c\x1d\x1e\x1f " {
		t[c] |= clSpace
	}
	return t
}()

// asciiAll reports whether every byte of a non-empty ascii s has a class
// in mask.
func asciiAll(s string, mask uint8) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if asciiClass[s[i]]&mask == 0 {
			return false
		}
	}
	return true
}

// asciiCase maps an ascii str to upper (up) or lower case.
func asciiCase(s *Str, up bool) Value {
	if len(s.s) == 0 {
		return emptyStr.V()
	}
	// always a new str, as in CPython
	st, buf := newStrBuf(len(s.s), true)
	caseASCII(buf, s.s, up) // a word at a time (strswar.go)
	return st.done(buf, 1)
}

// asciiStrip is strip/lstrip/rstrip (kind 0/1/2) of whitespace for an
// ascii str.
func asciiStrip(s *Str, kind int) Value {
	i, j := 0, len(s.s)
	if kind != 2 {
		for i < j && asciiClass[s.s[i]]&clSpace != 0 {
			i++
		}
	}
	if kind != 1 {
		for j > i && asciiClass[s.s[j-1]]&clSpace != 0 {
			j--
		}
	}
	return s.sub(i, j)
}

// sub is the str of bytes [i, j) of s, sharing its text; the whole of an
// exact str is s itself.
func (s *Str) sub(i, j int) Value {
	if i == 0 && j == len(s.s) && s.typ == StrType {
		return s.V()
	}
	switch j - i {
	case 0:
		return emptyStr.V()
	case 1:
		if c := s.s[i]; c < 0x80 {
			return asciiChars[c]
		}
	}
	if s.kind() == 1 && j-i <= smallCopy {
		// a short ascii piece is cheaper copied into a block of its own
		// than shared behind a header with pointers
		st, buf := newStrBuf(j-i, true)
		copy(buf, s.s[i:j])
		return st.done(buf, 1)
	}
	st := newStr(s.s[i:j])
	if s.kind() == 1 {
		st.setKind(1)
	}
	return st.V()
}

// strReplace is s.replace(old, new, n) with one allocation for the result.
func strReplace(s *Str, old, nw *Str, n int) Value {
	if len(old.s) == 0 {
		// the empty pattern matches between all code points
		return NewStr(strings.Replace(s.s, old.s, nw.s, n))
	}
	if len(old.s) == 1 && len(nw.s) == 1 && n < 0 && len(s.s) <= 128 {
		if r, ok := strSwapByte(s, old.s[0], nw.s[0]); ok {
			return r
		}
	}
	m := strings.Count(s.s, old.s)
	if n >= 0 && m > n {
		m = n
	}
	if m == 0 {
		if s.typ == StrType {
			return s.V()
		}
		return strFromString(s.s, s.kind())
	}
	size := len(s.s) + m*(len(nw.s)-len(old.s))
	if size == 0 {
		return emptyStr.V()
	}
	kind := uint8(0)
	if s.isASCII() && nw.isASCII() {
		kind = 1
	}
	st, buf := newStrBuf(size, kind == 1)
	w, start := 0, 0
	for k := 0; k < m; k++ {
		j := start + strings.Index(s.s[start:], old.s)
		w += copy(buf[w:], s.s[start:j])
		w += copy(buf[w:], nw.s)
		start = j + len(old.s)
	}
	copy(buf[w:], s.s[start:])
	return st.done(buf, kind)
}

// strSplitSep is s.split(sep) without a limit: the pieces share s's
// text and their headers are one allocation.
func strSplitSep(s *Str, sep string) Value {
	if len(sep) == 1 && len(s.s) <= 128 {
		if r, ok := strSplitByte(s, sep[0]); ok {
			return r
		}
	}
	m := strings.Count(s.s, sep) + 1
	if m == 1 && splitGivesSelf(s, sep) {
		return NewList([]Value{s.V()})
	}
	ascii := s.isASCII()
	out := make([]Value, m)
	hdrs := make([]Str, m)
	rest := s.s
	for k := 0; k < m; k++ {
		j := len(rest)
		if k < m-1 {
			j = strings.Index(rest, sep)
		}
		switch {
		case j == 0:
			out[k] = emptyStr.V()
		case j == 1 && rest[0] < 0x80:
			out[k] = asciiChars[rest[0]]
		default:
			h := &hdrs[k]
			h.typ = StrType
			h.s = rest[:j]
			if ascii {
				h.meta = metaASCII
			}
			out[k] = h.V()
		}
		if k < m-1 {
			rest = rest[j+len(sep):]
		}
	}
	return NewList(out)
}

// strCompare is a op b for two strs: equality by identity or length
// first, order by bytes (UTF-8 byte order is code point order).
func strCompare(a, b *Str, op int) bool {
	switch op {
	case EQ:
		return a == b || len(a.s) == len(b.s) && a.s == b.s
	case NE:
		return a != b && (len(a.s) != len(b.s) || a.s != b.s)
	}
	return cmpResult(strings.Compare(a.s, b.s), op)
}

// parseSmallDecimal parses the common int(s) text: an optional sign and
// 1 to 18 ascii digits, with C-isspace blanks (as int() strips them, and
// as fixed-width fields have them) around, nothing else (ok false: let
// the general parser decide, with its error messages).
func parseSmallDecimal(s string) (int64, bool) {
	// (every blank is at most ' ': a digit or sign ends the loops on
	// one compare)
	for len(s) > 0 && s[0] <= ' ' && isCSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] <= ' ' && isCSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	i := 0
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		i = 1
	}
	if len(s)-i < 1 || len(s)-i > 18 {
		return 0, false
	}
	var v int64
	for ; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		v = v*10 + int64(c)
	}
	if neg {
		v = -v
	}
	return v, true
}

// StrEq is a == b for two exact strs. Dispatch on names (`op == "push"`)
// mostly compares different words of one length; their first bytes tell
// them apart without a call into the runtime's memequal.
func StrEq(a, b Value) bool {
	x, y := AsStr(a), AsStr(b)
	if x == y {
		return true
	}
	if len(x.s) != len(y.s) || len(x.s) > 0 && x.s[0] != y.s[0] {
		return false
	}
	return x.s == y.s
}

// isCSpace is C's isspace: the ascii blanks int() strips (0x1c-0x1f,
// spaces to str.split, are not among them).
func isCSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}
