package py

import (
	"strings"
	"unicode/utf8"
)

// A str may hold lone surrogates, which UTF-8 cannot. They are stored as
// package constant (and the scanner) store them: U+DC80..U+DCFF as the
// single stray byte 0x80..0xFF, any other surrogate as the three bytes its
// code point would take (WTF-8). A str whose bytes are not valid UTF-8 has
// kind strSurrogates, and only such strs take the slower paths below.

const strSurrogates = 3

// DecodeStr splits Python str text into code points, lone surrogates
// included (Go's []rune(s) would turn each into U+FFFD per byte).
func DecodeStr(s string) []rune {
	if utf8.ValidString(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if i+2 < len(s) && s[i] == 0xED && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
				out = append(out, 0xD000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
				i += 3
				continue
			}
			out = append(out, 0xDC00|rune(s[i]))
			i++
			continue
		}
		out = append(out, r)
		i += size
	}
	return out
}

// EncodeStr is the inverse of DecodeStr.
func EncodeStr(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendStrRune(b, r)
	}
	return string(b)
}

// StrFromRune is chr(r).
func StrFromRune(r rune) Value {
	if r >= 0xD800 && r <= 0xDFFF {
		return NewStr(string(appendStrRune(nil, r)))
	}
	return NewStr(string(r))
}

func appendStrRune(b []byte, r rune) []byte {
	if r >= 0xDC80 && r <= 0xDCFF {
		return append(b, byte(r-0xDC00))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runesStr is string(rs) for a str of kind k.
func runesStr(rs []rune, k uint8) string {
	if k == strSurrogates {
		return EncodeStr(rs)
	}
	return string(rs)
}

// StrRuneCount is the number of code points in str text. Go's
// utf8.RuneCountInString counts each of a WTF-8 surrogate's three bytes as
// a rune of its own, which skews widths, precisions and find offsets of
// strs holding lone surrogates; valid UTF-8 costs one extra IndexByte.
func StrRuneCount(s string) int {
	n := utf8.RuneCountInString(s)
	for i := strings.IndexByte(s, 0xED); i >= 0 && i+2 < len(s); {
		if s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			n -= 2 // ED A0..BF xx: one surrogate, counted as three
			i += 3
		} else {
			i++
		}
		j := strings.IndexByte(s[i:], 0xED)
		if j < 0 {
			break
		}
		i += j
	}
	return n
}

// mapValidRuns applies f to each maximal valid UTF-8 run of s and copies
// the lone surrogates between runs unchanged; case mappings use it since
// ranging over a WTF-8 surrogate yields three U+FFFDs. Surrogates are
// caseless, so mapping run by run gives the whole string's mapping.
func mapValidRuns(s string, f func(string) string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		if i > 0 {
			b.WriteString(f(s[:i]))
		}
		s = s[i:]
		if len(s) > 0 {
			n := 1 // a stray byte: U+DC80..U+DCFF
			if len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
				n = 3
			}
			b.WriteString(s[:n])
			s = s[n:]
		}
	}
	return b.String()
}
