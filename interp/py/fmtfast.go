package py

import (
	"math"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// Append-style formatting: the f-string, % and str.format paths format
// ints, floats and strs into a buffer on the caller's stack and copy the
// result once into the new str, instead of building intermediate Go
// strings. Only the common cases are here; anything else (grouping,
// big ints, the g/n/% float types, inf and nan) goes to the general code
// in format.go, whose output these must match exactly.

// bstr views b as a string without copying; the caller must not keep it
// past the next change to b.
func bstr(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// appendFill appends n copies of r.
func appendFill(dst []byte, r rune, n int) []byte {
	if r < 0x80 {
		for ; n > 0; n-- {
			dst = append(dst, byte(r))
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendPad appends prefix+body aligned in the spec's width (the sign
// or base prefix stays before the fill for '=').
func (f *formatSpec) appendPad(dst []byte, prefix, body string, defAlign byte) []byte {
	n := len(prefix) + len(body)
	if !isASCIIText(prefix) || !isASCIIText(body) {
		// a str's text is counted in code points
		n = StrRuneCount(prefix) + StrRuneCount(body)
	}
	return f.appendPadN(dst, prefix, body, n, defAlign)
}

// appendPadN is appendPad for prefix+body of n code points: a number's
// digits are ascii, so its length is n without a scan.
func (f *formatSpec) appendPadN(dst []byte, prefix, body string, n int, defAlign byte) []byte {
	if n >= f.width {
		dst = append(dst, prefix...)
		return append(dst, body...)
	}
	align := f.align
	if align == 0 {
		align = defAlign
	}
	fill := f.width - n
	switch align {
	case '<':
		dst = append(dst, prefix...)
		dst = append(dst, body...)
		return appendFill(dst, f.fill, fill)
	case '^':
		l := fill / 2
		dst = appendFill(dst, f.fill, l)
		dst = append(dst, prefix...)
		dst = append(dst, body...)
		return appendFill(dst, f.fill, fill-l)
	case '=':
		dst = append(dst, prefix...)
		dst = appendFill(dst, f.fill, fill)
		return append(dst, body...)
	}
	dst = appendFill(dst, f.fill, fill)
	dst = append(dst, prefix...)
	return append(dst, body...)
}

// appendFormatInt is format(v, spec) for an int-like v.
func appendFormatInt(dst []byte, t *Thread, v Value, f *formatSpec) ([]byte, *Exception) {
	if (v.IsInt() || v.IsBool()) && f.grouping == 0 && f.precision < 0 {
		base, upper := 0, false
		prefix := ""
		switch f.typ {
		case 0, 'd', 'n':
			base = 10
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix, upper = 16, "0X", true
		case 'o':
			base, prefix = 8, "0o"
		case 'b':
			base, prefix = 2, "0b"
		}
		if base != 0 {
			n := v.Int()
			u := uint64(n)
			if n < 0 {
				u = -u
			}
			var db [72]byte
			var digits []byte
			if base == 10 {
				digits = appendUintDec(db[:0], u)
			} else {
				digits = strconv.AppendUint(db[:0], u, base)
			}
			if upper {
				for i, c := range digits {
					if c >= 'a' {
						digits[i] = c - 'a' + 'A'
					}
				}
			}
			p := signPrefix(n < 0, f.sign)
			if f.alt && prefix != "" {
				p += prefix
			}
			return f.appendPadN(dst, p, bstr(digits), len(p)+len(digits), '>'), nil
		}
	}
	s, err := formatInt(t, v, *f)
	return append(dst, s...), err
}

// appendFormatFloat is format(x, spec) for a float.
func appendFormatFloat(dst []byte, x float64, f *formatSpec) ([]byte, *Exception) {
	typ := f.typ
	if (typ == 'f' || typ == 'F' || typ == 'e' || typ == 'E') && f.grouping == 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
		prec := f.precision
		if prec < 0 {
			prec = 6
		}
		var bb [64]byte
		var body []byte
		if typ == 'f' || typ == 'F' {
			body = appendFixed(bb[:0], math.Abs(x), prec)
			if f.alt && prec == 0 {
				body = append(body, '.')
			}
		} else {
			body = strconv.AppendFloat(bb[:0], math.Abs(x), 'e', prec, 64)
			if typ == 'E' {
				for i, c := range body {
					if c == 'e' {
						body[i] = 'E'
					}
				}
			}
		}
		p := signPrefix(math.Signbit(x), f.sign)
		return f.appendPadN(dst, p, bstr(body), len(p)+len(body), '>'), nil
	}
	s, err := formatFloat(x, *f)
	return append(dst, s...), err
}

// appendFormatStr is format(s, spec) for a str.
func appendFormatStr(dst []byte, s string, f *formatSpec) ([]byte, *Exception) {
	if err := f.groupingErr('s'); err != nil {
		return dst, err
	}
	if f.typ != 0 && f.typ != 's' {
		return dst, f.unknownCode("str")
	}
	if f.sign != 0 {
		return dst, NewValueError("Sign not allowed in string format specifier")
	}
	if f.align == '=' {
		return dst, NewValueError("'=' alignment not allowed in string format specifier")
	}
	if f.precision >= 0 && StrRuneCount(s) > f.precision {
		s = EncodeStr(DecodeStr(s)[:f.precision]) // keeps lone surrogates
	}
	return f.appendPad(dst, "", s, '<'), nil
}

// appendFormat appends format(v, spec), with the built-in types formatted
// in place and others through FormatValue.
func appendFormat(dst []byte, t *Thread, v Value, spec string) ([]byte, *Exception) {
	switch {
	case v.IsInt():
		if spec == "" {
			return appendIntDec(dst, v.Int()), nil
		}
		f, err := t.specRef(spec)
		if err != nil {
			return dst, err
		}
		return appendFormatInt(dst, t, v, f)
	case v.IsFloat():
		if spec == "" {
			break
		}
		f, err := t.specRef(spec)
		if err != nil {
			return dst, err
		}
		return appendFormatFloat(dst, v.Float(), f)
	case v.Type() == StrType:
		if spec == "" {
			return append(dst, StrOf(v)...), nil
		}
		f, err := t.specRef(spec)
		if err != nil {
			return dst, err
		}
		return appendFormatStr(dst, StrOf(v), f)
	}
	s, err := FormatValue(t, v, spec)
	return append(dst, s...), err
}

// FormatValueV is format(v, spec) as a str value (FORMAT_VALUE).
func FormatValueV(t *Thread, v Value, spec string) (Value, *Exception) {
	if v.Type() == StrType && spec == "" {
		return v, nil
	}
	if v.IsFloat() && spec == "" || !v.IsInt() && !v.IsFloat() && v.Type() != StrType {
		s, err := FormatValue(t, v, spec)
		if err != nil {
			return Null, err
		}
		return NewStr(s), nil
	}
	var arr [64]byte
	b, err := appendFormat(arr[:0], t, v, spec)
	if err != nil {
		return Null, err
	}
	if v.Type() == StrType && string(b) == StrOf(v) {
		// 3.7 writes a str that needs no padding or cutting whole:
		// format(s, "5") is s when len(s) >= 5.
		return v, nil
	}
	return strFromBytes(b, 0), nil
}

// IntStr is str(v) for an inline int.
func IntStr(v Value) Value {
	var arr [24]byte
	return strFromBytes(strconv.AppendInt(arr[:0], v.Int(), 10), 1)
}
