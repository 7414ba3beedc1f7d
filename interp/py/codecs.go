package py

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The codecs str.encode, bytes.decode and str(b, encoding) know: UTF-8,
// ASCII and Latin-1 under their usual spellings, with the strict,
// ignore and replace error handlers. Any other name is a LookupError,
// as for an unregistered codec.

// codecName normalises an encoding name; "" means unknown.
func codecName(enc string) string {
	n := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(enc), "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1"
	}
	return ""
}

func unknownCodec(enc string) *Exception {
	return Errorf(LookupErrorType, "unknown encoding: %s", enc)
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(b []byte, enc, errors string) (string, *Exception) {
	name := codecName(enc)
	if name == "" {
		return "", unknownCodec(enc)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		var r rune
		size := 1
		switch name {
		case "utf-8":
			r, size = utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				r = -1
			}
		case "ascii":
			r = rune(b[i])
			if r >= 0x80 {
				r = -1
			}
		default:
			r = rune(b[i])
		}
		if r < 0 {
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune('\ufffd')
			default:
				reason := "ordinal not in range(128)"
				if name == "utf-8" {
					reason = utf8Reason(b[i:])
				}
				return "", NewException(UnicodeDecodeErrorType, NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", name, b[i], i, reason)))
			}
			i++
			continue
		}
		sb.WriteRune(r)
		i += size
	}
	return sb.String(), nil
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(s, enc, errors string) ([]byte, *Exception) {
	name := codecName(enc)
	if name == "" {
		return nil, unknownCodec(enc)
	}
	if name == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x80)
	if name == "latin-1" {
		limit = 0x100
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		if r < limit {
			out = append(out, byte(r))
		} else {
			switch errors {
			case "ignore":
			case "replace":
				out = append(out, '?')
			default:
				esc := fmt.Sprintf("\\x%02x", r)
				if r >= 0x10000 {
					esc = fmt.Sprintf("\\U%08x", r)
				} else if r >= 0x100 {
					esc = fmt.Sprintf("\\u%04x", r)
				}
				return nil, NewException(UnicodeEncodeErrorType, NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", name, esc, pos, limit)))
			}
		}
		pos++
	}
	return out, nil
}

// codecArgs reads the (encoding, errors) arguments of encode/decode.
func codecArgs(fname string, args []Value, kw []string) (string, string, *Exception) {
	a, err := ParseArgs(fname, args, kw, []string{"encoding", "errors"}, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	if !a[0].IsNull() {
		if !IsStr(a[0]) {
			return "", "", Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", fname, TypeName(a[0]))
		}
		enc = StrOf(a[0])
	}
	if !a[1].IsNull() {
		if !IsStr(a[1]) {
			return "", "", Errorf(TypeErrorType, "%s() argument 2 must be str, not %s", fname, TypeName(a[1]))
		}
		errs = StrOf(a[1])
	}
	return enc, errs, nil
}

// utf8Reason says why b (starting at a bad byte) is not UTF-8, in
// CPython's words.
func utf8Reason(b []byte) string {
	c := b[0]
	need := 0
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 2
	case c >= 0xe0 && c <= 0xef:
		need = 3
	case c >= 0xf0 && c <= 0xf4:
		need = 4
	default:
		return "invalid start byte"
	}
	for k := 1; k < need; k++ {
		if k >= len(b) {
			return "unexpected end of data"
		}
		if b[k] < 0x80 || b[k] > 0xbf {
			break
		}
	}
	return "invalid continuation byte"
}
