package py

import (
	"strings"
	"unicode"
)

// digitNotDecimal holds the characters whose Unicode Numeric_Type is
// Digit (superscripts, circled digits, ...): str.isdigit accepts them,
// str.isdecimal does not. Taken from CPython 3.7 (Unicode 11) by listing
// the characters with c.isdigit() and not c.isdecimal().
var digitNotDecimal = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0xB2, 0xB3, 1}, {0xB9, 0xB9, 1}, {0x1369, 0x1371, 1}, {0x19DA, 0x19DA, 1}, {0x2070, 0x2070, 1},
		{0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1}, {0x2474, 0x247C, 1}, {0x2488, 0x2490, 1},
		{0x24EA, 0x24EA, 1}, {0x24F5, 0x24FD, 1}, {0x24FF, 0x24FF, 1}, {0x2776, 0x277E, 1}, {0x2780, 0x2788, 1},
		{0x278A, 0x2792, 1},
	},
	R32: []unicode.Range32{
		{0x10A40, 0x10A43, 1}, {0x10E60, 0x10E68, 1}, {0x11052, 0x1105A, 1}, {0x1F100, 0x1F10A, 1},
	},
}

// isDigitRune is str.isdigit's test for one character.
func isDigitRune(r rune) bool { return unicode.Is(unicode.Nd, r) || unicode.Is(digitNotDecimal, r) }

// asciiDigits replaces the decimal digits of other scripts ("١٢٣") with
// ASCII ones, and non-ASCII spaces with ' ', as int() and float() accept
// them; other text is left for the parser to reject.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			// digits come in runs of ten starting at zero
			start := r
			for unicode.Is(unicode.Nd, start-1) {
				start--
			}
			sb.WriteByte(byte('0' + (r-start)%10))
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
