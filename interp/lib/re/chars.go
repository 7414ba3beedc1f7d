package remod

import "unicode"

// Character predicates as 3.7's _sre sees them: for str patterns without
// ASCII they follow str.isdecimal, str.isalnum and str.isspace; otherwise
// only ASCII characters qualify.

func isDecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isWord(r rune, ascii bool) bool {
	if ascii || r < 128 {
		return r < 128 && (r == '_' || isASCIILetter(r) || (r >= '0' && r <= '9'))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isDigit(r rune, ascii bool) bool {
	if ascii || r < 128 {
		return r >= '0' && r <= '9'
	}
	return isDecimal(r)
}

func isSpace(r rune, ascii bool) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	if ascii || r < 128 {
		return !ascii && r >= 0x1c && r <= 0x1f
	}
	return unicode.IsSpace(r)
}

func lower(r rune, ascii bool) rune {
	if ascii || r < 128 {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

func upper(r rune, ascii bool) rune {
	if ascii || r < 128 {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}
	return unicode.ToUpper(r)
}

// foldEq is the IGNORECASE comparison of one text and one pattern char.
func foldEq(c, r rune, ascii bool) bool {
	if c == r {
		return true
	}
	if lower(c, ascii) == lower(r, ascii) {
		return true
	}
	if ascii {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == c {
			return true
		}
	}
	return false
}

func catMatch(cat int, r rune, ascii bool) bool {
	switch cat {
	case catDigit:
		return isDigit(r, ascii)
	case catNotDigit:
		return !isDigit(r, ascii)
	case catWord:
		return isWord(r, ascii)
	case catNotWord:
		return !isWord(r, ascii)
	case catSpace:
		return isSpace(r, ascii)
	case catNotSpace:
		return !isSpace(r, ascii)
	}
	return false
}

func classHas(n *node, r rune, ascii bool) bool {
	for _, g := range n.ranges {
		if r >= g.lo && r <= g.hi {
			return true
		}
	}
	for _, c := range n.cats {
		if catMatch(c, r, ascii) {
			return true
		}
	}
	return false
}

// classMatch tests r against a class, trying its other cases too under
// IGNORECASE.
func classMatch(n *node, r rune, icase, ascii bool) bool {
	in := classHas(n, r, ascii)
	if !in && icase {
		if l := lower(r, ascii); l != r && classHas(n, l, ascii) {
			in = true
		} else if u := upper(r, ascii); u != r && classHas(n, u, ascii) {
			in = true
		} else if !ascii {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if classHas(n, f, ascii) {
					in = true
					break
				}
			}
		}
	}
	return in != n.negate
}
