package scanner

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/constant"
)

// ParseNumber evaluates the text of a NUMBER token as Python 3.7 does: an
// int of any size (decimal, 0x, 0o, 0b), a float, or with a 'j' suffix an
// imaginary complex. Underscores are dropped; the scanner has already
// checked they sit between digits.
func ParseNumber(text string) (constant.Value, error) {
	s := text
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	if s == "" {
		return nil, fmt.Errorf("invalid number %q", text)
	}
	if c := s[len(s)-1]; c == 'j' || c == 'J' {
		f, err := parseFloat(s[:len(s)-1])
		if err != nil {
			return nil, fmt.Errorf("invalid number %q", text)
		}
		return constant.Complex(complex(0, f)), nil
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base, text)
		}
	}
	if strings.ContainsAny(s, ".eE") {
		f, err := parseFloat(s)
		if err != nil {
			return nil, fmt.Errorf("invalid number %q", text)
		}
		return constant.Float(f), nil
	}
	return parseInt(s, 10, text)
}

func parseInt(digits string, base int, text string) (constant.Value, error) {
	if len(digits) <= 18 && base == 10 || len(digits) <= 15 && base == 16 ||
		len(digits) <= 20 && base == 8 || len(digits) <= 62 && base == 2 {
		if v, err := strconv.ParseInt(digits, base, 64); err == nil {
			return constant.NewInt(v), nil
		}
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok || digits == "" || digits[0] == '+' || digits[0] == '-' {
		return nil, fmt.Errorf("invalid number %q", text)
	}
	return constant.Int{V: v}, nil
}

// parseFloat is float(s) for a literal: correctly rounded, overflowing to
// inf as CPython's strtod does.
func parseFloat(s string) (float64, error) {
	if s == "" || !isDigit(s[0]) && s[0] != '.' {
		return 0, errors.New("invalid float")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, err
	}
	return f, nil
}

// SplitString splits a STRING token's text into its prefix (lowercased),
// its quote (one quote character, or three alike) and the body between
// the quotes.
func SplitString(text string) (prefix, quote, body string) {
	i := strings.IndexAny(text, "'\"")
	if i < 0 {
		return strings.ToLower(text), "", ""
	}
	prefix = strings.ToLower(text[:i])
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	quote = text[i : i+q]
	if len(text)-i < 2*q {
		return prefix, quote, ""
	}
	return prefix, quote, text[i+q : len(text)-q]
}

// DecodeString evaluates one STRING token (not an f-string): its value
// (UTF-8 text, or the raw bytes of a bytes literal) and whether it is
// bytes. Errors carry CPython 3.7's message; the parser adds the position.
func DecodeString(text string) (value string, isBytes bool, err error) {
	prefix, _, body := SplitString(text)
	isBytes = strings.IndexByte(prefix, 'b') >= 0
	raw := strings.IndexByte(prefix, 'r') >= 0
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return "", true, errors.New("bytes can only contain ASCII literal characters.")
			}
		}
	}
	value, err = DecodeEscapes(body, raw, isBytes)
	return value, isBytes, err
}

// DecodeEscapes decodes the backslash escapes of a literal's body (or of a
// literal part of an f-string) as 3.7's unicode_escape and bytes decoders
// do. Unknown escapes stay as written. Errors report positions as CPython
// does, counting each non-ASCII character as the ten bytes of the \UXXXXXXXX
// escape ast.c rewrites it into before decoding.
func DecodeEscapes(body string, raw, isBytes bool) (string, error) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	if isBytes {
		return decodeBytesEscapes(body)
	}
	return decodeStrEscapes(body)
}

// simpleEscape maps the one-character escapes to their values.
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 'v':
		return '\v', true
	case 'a':
		return '\a', true
	}
	return 0, false
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// octal reads up to three octal digits at body[i] (a digit).
func octal(body string, i int) (v, j int) {
	for j = i; j < len(body) && j < i+3 && isOctal(body[j]); j++ {
		v = v*8 + int(body[j]-'0')
	}
	return v, j
}

func decodeBytesEscapes(body string) (string, error) {
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		i++
		if i >= len(body) {
			return "", errors.New("(value error) Trailing \\ in string")
		}
		c = body[i]
		if v, ok := simpleEscape(c); ok {
			b = append(b, v)
			i++
			continue
		}
		switch {
		case c == '\n':
			i++
		case isOctal(c):
			v, j := octal(body, i)
			b = append(b, byte(v))
			i = j
		case c == 'x':
			if i+2 < len(body) && hexVal(body[i+1]) >= 0 && hexVal(body[i+2]) >= 0 {
				b = append(b, byte(hexVal(body[i+1])<<4|hexVal(body[i+2])))
				i += 3
				continue
			}
			return "", fmt.Errorf("(value error) invalid \\x escape at position %d", i-1)
		default:
			b = append(b, '\\', c)
			i++
		}
	}
	return string(b), nil
}

// escapeError formats a unicode_escape UnicodeDecodeError between body
// offsets start and end (exclusive).
func escapeError(body string, start, end int, reason string) error {
	s, e := escapePos(body, start), escapePos(body, end)
	if e-s == 1 {
		return fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", body[start], s, reason)
	}
	return fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", s, e-1, reason)
}

// escapePos maps a body offset to the offset in the buffer ast.c hands to
// the decoder: non-ASCII characters there are \UXXXXXXXX escapes, and a
// backslash before one is followed by "u005c".
func escapePos(body string, off int) int {
	p := 0
	for i := 0; i < off && i < len(body); {
		c := body[i]
		if c < 0x80 {
			p++
			if c == '\\' && i+1 < len(body) && body[i+1] >= 0x80 {
				p += 5
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(body[i:])
		p += 10
		i += n
	}
	return p
}

func decodeStrEscapes(body string) (string, error) {
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return "", escapeError(body, start, i, "\\ at end of string")
		}
		c = body[i]
		if v, ok := simpleEscape(c); ok {
			b = append(b, v)
			i++
			continue
		}
		switch c {
		case '\n':
			i++
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, j := octal(body, i)
			b = appendRune(b, rune(v))
			i = j
			continue
		case 'x', 'u', 'U':
			n, what := 2, "truncated \\xXX escape"
			if c == 'u' {
				n, what = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				n, what = 8, "truncated \\UXXXXXXXX escape"
			}
			i++
			v := 0
			for k := 0; k < n; k++ {
				if i >= len(body) || hexVal(body[i]) < 0 {
					return "", escapeError(body, start, i, what)
				}
				v = v<<4 | hexVal(body[i])
				i++
			}
			if v > utf8.MaxRune {
				return "", escapeError(body, start, i, "illegal Unicode character")
			}
			b = appendRune(b, rune(v))
			continue
		case 'N':
			i++
			if i < len(body) && body[i] == '{' {
				i++
				close := strings.IndexByte(body[i:], '}')
				if close > 0 {
					name := body[i : i+close]
					i += close + 1
					if r, ok := LookupName(name); ok {
						b = appendRune(b, r)
						continue
					}
					return "", escapeError(body, start, i, "unknown Unicode character name")
				}
				if close < 0 {
					i = len(body)
				}
			}
			return "", escapeError(body, start, i, "malformed \\N character escape")
		}
		// An unknown escape is kept as written.
		b = append(b, '\\')
	}
	return string(b), nil
}

// appendRune appends r as UTF-8. A lone surrogate, which a Python str may
// hold but UTF-8 may not, follows package constant's convention: U+DC80 to
// U+DCFF become the single non-UTF-8 byte 0x80-0xFF; any other surrogate
// gets the three bytes its code point would have (it survives, but its
// repr is not CPython's).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xDC80 && r <= 0xDCFF {
		return append(b, byte(r-0xDC00))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
