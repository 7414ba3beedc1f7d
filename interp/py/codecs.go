package py

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The codecs str.encode, bytes.decode and str(b, encoding) know: UTF-8
// (and utf-8-sig, with its byte order mark), UTF-16 and UTF-32 (with or without byte order), ASCII and Latin-1 under
// their usual spellings, with the strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass
// error handlers. Any other name is a LookupError, as for an unregistered
// codec. Errors are UnicodeEncodeError/UnicodeDecodeError with CPython's
// attributes and messages; a run of consecutive bad characters (or the
// maximal invalid subpart of a UTF-8 sequence) is one error, as there.

// codecName normalises an encoding name; "" means unknown.
func codecName(enc string) string {
	n := strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(strings.TrimSpace(enc)))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4":
		return "utf-8"
	case "ascii", "us-ascii", "646", "us":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100", "csisolatin1":
		return "latin-1"
	case "utf-16", "utf16", "u16":
		return "utf-16"
	case "utf-16-le", "utf-16le", "utf16le", "utf16-le":
		return "utf-16-le"
	case "utf-16-be", "utf-16be", "utf16be", "utf16-be":
		return "utf-16-be"
	case "utf-8-sig", "utf8-sig":
		return "utf-8-sig"
	case "utf-32", "utf32", "u32":
		return "utf-32"
	case "utf-32-le", "utf-32le", "utf32le", "utf32-le":
		return "utf-32-le"
	case "utf-32-be", "utf-32be", "utf32be", "utf32-be":
		return "utf-32-be"
	}
	return ""
}

func unknownCodec(enc string) *Exception {
	return Errorf(LookupErrorType, "unknown encoding: %s", enc)
}

func unknownHandler(errors string) *Exception {
	return Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// unicodeError makes a UnicodeEncodeError/UnicodeDecodeError with its
// five arguments and attributes.
func unicodeError(typ *Type, enc string, obj Value, start, end int, reason string) *Exception {
	args := []Value{NewStr(enc), obj, MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason)}
	e := NewException(typ, args...)
	e.Dict = NewDict()
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.Dict.SetStr(n, args[i])
	}
	return e
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(b []byte, enc, errors string) (string, *Exception) {
	name := codecName(enc)
	if name == "" {
		return "", unknownCodec(enc)
	}
	if name == "utf-8-sig" {
		// UTF-8 after an optional byte order mark
		name = "utf-8"
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	}
	if name == "utf-8" && utf8.Valid(b) {
		return string(b), nil
	}
	out := make([]byte, 0, len(b))
	// bad handles b[i:j], which does not decode, for the error handler.
	bad := func(i, j int, reason string) *Exception {
		switch errors {
		case "strict":
			return unicodeError(UnicodeDecodeErrorType, name, NewBytes(append([]byte(nil), b...)), i, j, reason)
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, '\ufffd')
		case "backslashreplace":
			for _, c := range b[i:j] {
				out = append(out, fmt.Sprintf(`\x%02x`, c)...)
			}
		case "surrogateescape":
			for _, c := range b[i:j] {
				if c < 0x80 {
					return unicodeError(UnicodeDecodeErrorType, name, NewBytes(append([]byte(nil), b...)), i, j, reason)
				}
				out = appendStrRune(out, 0xDC00|rune(c))
			}
		default:
			if errors == "surrogatepass" || errors == "xmlcharrefreplace" || errors == "namereplace" {
				return unicodeError(UnicodeDecodeErrorType, name, NewBytes(append([]byte(nil), b...)), i, j, reason)
			}
			return unknownHandler(errors)
		}
		return nil
	}
	switch name {
	case "utf-8":
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				n, reason := utf8Invalid(b[i:])
				if errors == "surrogatepass" && i+2 < len(b) && b[i] == 0xED && b[i+1]&0xE0 == 0xA0 && b[i+2]&0xC0 == 0x80 {
					out = append(out, b[i:i+3]...)
					i += 3
					continue
				}
				if err := bad(i, i+n, reason); err != nil {
					return "", err
				}
				i += n
				continue
			}
			out = append(out, b[i:i+size]...)
			i += size
		}
	case "ascii", "latin-1":
		for i, c := range b {
			if c >= 0x80 && name == "ascii" {
				if err := bad(i, i+1, "ordinal not in range(128)"); err != nil {
					return "", err
				}
				continue
			}
			out = utf8.AppendRune(out, rune(c))
		}
	default:
		return decodeWide(b, name, out, bad)
	}
	return string(out), nil
}

// decodeWide decodes UTF-16 and UTF-32; the plain names read a byte order
// mark and default to little-endian, as on this machine.
func decodeWide(b []byte, name string, out []byte, bad func(i, j int, reason string) *Exception) (string, *Exception) {
	width := 2
	if strings.HasPrefix(name, "utf-32") {
		width = 4
	}
	var order binary.ByteOrder = binary.LittleEndian
	i := 0
	switch {
	case strings.HasSuffix(name, "-be"):
		order = binary.BigEndian
	case strings.HasSuffix(name, "-le"):
	case width == 2 && len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		order, i = binary.BigEndian, 2
	case width == 2 && len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		i = 2
	case width == 4 && len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
		order, i = binary.BigEndian, 4
	case width == 4 && len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0:
		i = 4
	}
	for i < len(b) {
		if len(b)-i < width {
			if err := bad(i, len(b), "truncated data"); err != nil {
				return "", err
			}
			break
		}
		if width == 4 {
			r := order.Uint32(b[i:])
			if r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF {
				reason := "code point not in range(0x110000)"
				if r <= 0x10FFFF {
					reason = "code point in surrogate code point range(0xd800, 0xe000)"
				}
				if err := bad(i, i+4, reason); err != nil {
					return "", err
				}
			} else {
				out = utf8.AppendRune(out, rune(r))
			}
			i += 4
			continue
		}
		u := rune(order.Uint16(b[i:]))
		switch {
		case u < 0xD800 || u > 0xDFFF:
			out = utf8.AppendRune(out, u)
			i += 2
		case u >= 0xDC00:
			if err := bad(i, i+2, "illegal encoding"); err != nil {
				return "", err
			}
			i += 2
		case len(b)-i < 4:
			if err := bad(i, len(b), "unexpected end of data"); err != nil {
				return "", err
			}
			i = len(b)
		default:
			lo := rune(order.Uint16(b[i+2:]))
			if lo < 0xDC00 || lo > 0xDFFF {
				if err := bad(i, i+2, "illegal UTF-16 surrogate"); err != nil {
					return "", err
				}
				i += 2
				continue
			}
			out = utf8.AppendRune(out, 0x10000+(u-0xD800)<<10+(lo-0xDC00))
			i += 4
		}
	}
	return string(out), nil
}

// utf8Invalid measures the maximal invalid subpart at the start of b (a
// valid lead byte and the continuation bytes that may follow it) and
// says why it does not decode, in CPython's words.
func utf8Invalid(b []byte) (int, string) {
	c := b[0]
	need := 0
	lo, hi := byte(0x80), byte(0xBF) // allowed range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	n := 1
	for ; n < need; n++ {
		if n >= len(b) {
			return n, "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xBF)
		if n == 1 {
			l, h = lo, hi
		}
		if b[n] < l || b[n] > h {
			break
		}
	}
	return n, "invalid continuation byte"
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(s, enc, errors string) ([]byte, *Exception) {
	name := codecName(enc)
	if name == "" {
		return nil, unknownCodec(enc)
	}
	if name == "utf-8-sig" {
		b, err := encodeStr(s, "utf-8", errors) // whose errors name utf-8, as CPython's
		if err != nil {
			return nil, err
		}
		return append([]byte{0xEF, 0xBB, 0xBF}, b...), nil
	}
	if name == "utf-8" && utf8.ValidString(s) {
		return []byte(s), nil
	}
	rs := DecodeStr(s)
	var limit rune
	switch name {
	case "ascii":
		limit = 0x80
	case "latin-1":
		limit = 0x100
	default:
		limit = 0x110000
	}
	out := make([]byte, 0, len(s))
	var order interface {
		binary.ByteOrder
		binary.AppendByteOrder
	} = binary.LittleEndian
	if strings.HasSuffix(name, "-be") {
		order = binary.BigEndian
	}
	switch name {
	case "utf-16":
		out = append(out, 0xFF, 0xFE)
	case "utf-32":
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	put := func(r rune) {
		switch {
		case name == "utf-8":
			out = appendStrRune(out, r)
		case limit < 0x110000:
			out = append(out, byte(r))
		case strings.HasPrefix(name, "utf-16"):
			if r >= 0x10000 {
				r -= 0x10000
				out = order.AppendUint16(out, uint16(0xD800+(r>>10)))
				out = order.AppendUint16(out, uint16(0xDC00+(r&0x3FF)))
			} else {
				out = order.AppendUint16(out, uint16(r))
			}
		default:
			out = order.AppendUint32(out, uint32(r))
		}
	}
	encodable := func(r rune) bool {
		if r >= 0xD800 && r <= 0xDFFF {
			return false
		}
		return r < limit
	}
	reason := "ordinal not in range(" + strconv.Itoa(int(limit)) + ")"
	if limit == 0x110000 {
		reason = "surrogates not allowed"
	}
	for i := 0; i < len(rs); {
		if encodable(rs[i]) {
			put(rs[i])
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && !encodable(rs[j]) {
			j++
		}
		fail := func() *Exception {
			return unicodeError(UnicodeEncodeErrorType, name, NewStr(s), i, j, reason)
		}
		for _, r := range rs[i:j] {
			switch errors {
			case "strict":
				return nil, fail()
			case "ignore":
			case "replace":
				out = append(out, '?')
			case "backslashreplace", "namereplace":
				var esc string
				switch {
				case r < 0x100:
					esc = fmt.Sprintf(`\x%02x`, r)
				case r < 0x10000:
					esc = fmt.Sprintf(`\u%04x`, r)
				default:
					esc = fmt.Sprintf(`\U%08x`, r)
				}
				for _, c := range []byte(esc) {
					put(rune(c))
				}
			case "xmlcharrefreplace":
				for _, c := range []byte("&#" + strconv.Itoa(int(r)) + ";") {
					put(rune(c))
				}
			case "surrogateescape":
				if r < 0xDC80 || r > 0xDCFF {
					return nil, fail()
				}
				out = append(out, byte(r-0xDC00))
			case "surrogatepass":
				if r < 0xD800 || r > 0xDFFF || limit < 0x110000 {
					return nil, fail()
				}
				switch {
				case name == "utf-8":
					out = appendStrRune(out, r)
				case strings.HasPrefix(name, "utf-16"):
					out = order.AppendUint16(out, uint16(r))
				default:
					out = order.AppendUint32(out, uint32(r))
				}
			default:
				return nil, unknownHandler(errors)
			}
		}
		i = j
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

// charEscape is how UnicodeEncodeError names a character: \xNN, \uNNNN
// or \UNNNNNNNN.
func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
