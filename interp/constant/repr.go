package constant

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FloatRepr is CPython's repr(float): the shortest string that round-trips,
// in fixed notation for decimal exponents -4 <= e < 16, otherwise scientific
// with at least two exponent digits, and always with a '.0' or exponent so it
// reads back as a float.
func FloatRepr(f float64) string {
	return formatFloat(f, true)
}

// formatFloat is the 'r' format of PyOS_double_to_string; addDot0 chooses
// whether an integral value gets ".0" (float repr) or not (complex parts).
func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// Shortest round-trip digits and the decimal exponent.
	s := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if e < -4 || e >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if e < 0 {
			sign = "-"
			e = -e
		}
		es := strconv.Itoa(e)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "e" + sign + es
	} else if e < 0 {
		out = "0." + strings.Repeat("0", -e-1) + digits
	} else {
		if len(digits) <= e+1 {
			out = digits + strings.Repeat("0", e+1-len(digits))
			if addDot0 {
				out += ".0"
			}
		} else {
			out = digits[:e+1] + "." + digits[e+1:]
		}
	}
	if neg {
		out = "-" + out
	}
	return out
}

// ComplexRepr is CPython's repr(complex): "2j" when the real part is +0.0,
// otherwise "(re+imj)", the parts in 'r' format without a forced ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}

// IsPrintable reports whether r is printable in the sense of Python's
// str.isprintable: everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
// Zs other than the ASCII space. Go's unicode.IsPrint has the same definition.
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	return unicode.IsPrint(r)
}

// StrRepr is CPython's repr(str): single quotes unless the text holds a
// single quote and no double quote; \t \n \r and the backslash escaped;
// other unprintable characters as \xhh, \uhhhh or \Uhhhhhhhh.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Python strs may hold lone surrogates, which UTF-8 cannot.
			// They are kept WTF-8 style: the 3-byte encoding of the
			// surrogate code point. Any other stray byte is taken as a
			// surrogateescape'd byte, U+DC80..U+DCFF.
			if sur, ok := surrogateAt(s, i); ok {
				sb.WriteString(`\u`)
				sb.WriteString(hexN(uint32(sur), 4))
				i += 3
				continue
			}
			sb.WriteString(`\udc`)
			sb.WriteString(hex2(s[i]))
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(byte(r)))
		case r < 0x7f:
			sb.WriteByte(byte(r))
		case IsPrintable(r):
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(byte(r)))
		case r < 0x10000:
			sb.WriteString(`\u`)
			sb.WriteString(hexN(uint32(r), 4))
		default:
			sb.WriteString(`\U`)
			sb.WriteString(hexN(uint32(r), 8))
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// BytesRepr is CPython's repr(bytes): b'...' with the same quote choice as
// str, \t \n \r \\ escaped and every byte outside 0x20..0x7e as \xhh.
func BytesRepr(b string) string {
	quote := byte('\'')
	if strings.IndexByte(b, '\'') >= 0 && strings.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(c))
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// surrogateAt decodes a WTF-8 surrogate (ED A0..BF 80..BF) at s[i].
func surrogateAt(s string, i int) (rune, bool) {
	if i+2 < len(s) && s[i] == 0xED && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), true
	}
	return 0, false
}

const hexdigits = "0123456789abcdef"

func hex2(c byte) string { return string([]byte{hexdigits[c>>4], hexdigits[c&15]}) }

func hexN(v uint32, n int) string {
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = hexdigits[v&15]
		v >>= 4
	}
	return string(b)
}
