package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/constant"
)

// formatSpec is a parsed format-spec mini-language string.
type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte
	wideTyp   rune // the type when it is not ascii (typ is then 0x80)
}

func parseSpec(spec string) (formatSpec, *Exception) {
	f := formatSpec{fill: ' ', precision: -1}
	s := spec
	fillGiven := false
	if len(s) >= 2 {
		r, n := utf8.DecodeRuneInString(s)
		if n < len(s) && strings.IndexByte("<>^=", s[n]) >= 0 {
			f.fill, f.align = r, s[n]
			fillGiven = true
			s = s[n+1:]
		} else if strings.IndexByte("<>^=", s[0]) >= 0 {
			f.align = s[0]
			s = s[1:]
		}
	} else if len(s) == 1 && strings.IndexByte("<>^=", s[0]) >= 0 {
		f.align = s[0]
		s = s[1:]
	}
	if s != "" && strings.IndexByte("+- ", s[0]) >= 0 {
		f.sign = s[0]
		s = s[1:]
	}
	if s != "" && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if s != "" && s[0] == '0' && !fillGiven {
		// 3.7: a leading 0 is the fill unless one was given, and
		// also the '=' alignment unless one was given
		f.zero = true
		f.fill = '0'
		if f.align == 0 {
			f.align = '='
		}
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		f.width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if s != "" && (s[0] == ',' || s[0] == '_') {
		f.grouping = s[0]
		s = s[1:]
	}
	if s != "" && s[0] == '.' {
		j := 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return f, NewValueError("Format specifier missing precision")
		}
		f.precision, _ = strconv.Atoi(s[1:j])
		s = s[j:]
	}
	if r, n := utf8.DecodeRuneInString(s); s != "" && n == len(s) && r >= 0x80 {
		// one character, not a known type: the caller says which
		f.typ, f.wideTyp = 0x80, r
		return f, nil
	}
	if len(s) > 1 {
		return f, NewValueError("Invalid format specifier")
	}
	if s != "" {
		f.typ = s[0]
	}
	return f, nil
}

// pad aligns body (with its sign/prefix kept apart for '=') to the width.
func (f *formatSpec) pad(prefix, body string, defAlign byte) string {
	align := f.align
	if align == 0 {
		align = defAlign
	}
	n := StrRuneCount(prefix) + StrRuneCount(body)
	if n >= f.width {
		return prefix + body
	}
	fill := strings.Repeat(string(f.fill), f.width-n)
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		l := (f.width - n) / 2
		return strings.Repeat(string(f.fill), l) + prefix + body + strings.Repeat(string(f.fill), f.width-n-l)
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var sb strings.Builder
	first := len(digits) % every
	if first > 0 {
		sb.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if sb.Len() > 0 {
			sb.WriteByte(sep)
		}
		sb.WriteString(digits[i : i+every])
	}
	return sb.String()
}

func signPrefix(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func formatInt(t *Thread, v Value, f formatSpec) (string, *Exception) {
	if err := f.groupingErr('d'); err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloat(x, f)
	case 'c':
		if isBig(v) {
			return "", NewException(OverflowErrorType, NewStr("Python int too large to convert to C long"))
		}
		n := v.Int()
		if n < 0 || n >= 0x110000 {
			return "", NewException(OverflowErrorType, NewStr("%c arg not in range(0x110000)"))
		}
		return f.pad("", string(rune(n)), '<'), nil
	}
	b := BigOf(v)
	neg := b.Sign() < 0
	b.Abs(b)
	base, prefix := 10, ""
	switch f.typ {
	case 0, 'd', 'n':
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	case 'o':
		base, prefix = 8, "0o"
	case 'b':
		base, prefix = 2, "0b"
	default:
		return "", f.unknownCode(TypeName(v))
	}
	if f.precision >= 0 {
		return "", NewValueError("Precision not allowed in integer format specifier")
	}
	digits := b.Text(base)
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	every := 3
	if base != 10 {
		every = 4
	}
	p := signPrefix(neg, f.sign)
	if f.alt {
		p += prefix
	}
	if f.fill == '0' && f.align == '=' && f.grouping != 0 {
		w := f.width - len(p)
		for len(group(digits, f.grouping, every)) < w {
			digits = "0" + digits
		}
	}
	return f.pad(p, group(digits, f.grouping, every), '>'), nil
}

func formatFloat(x float64, f formatSpec) (string, *Exception) {
	if err := f.groupingErr(0); err != nil {
		return "", err
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	ax := math.Abs(x)
	prec := f.precision
	var body string
	typ := f.typ
	pct := false
	if typ == '%' {
		ax *= 100
		typ = 'f'
		pct = true
	}
	switch {
	case math.IsInf(ax, 0):
		body = "inf"
	case math.IsNaN(ax):
		body = "nan"
	default:
		switch typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(ax, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "."
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(ax, 'e', prec, 64)
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			if prec == 0 {
				prec = 1
			}
			body = formatG(ax, prec, f.alt)
		case 0:
			if prec < 0 {
				body = constant.FloatRepr(ax)
			} else {
				if prec == 0 {
					prec = 1
				}
				body = formatG(ax, prec, f.alt)
				if !strings.ContainsAny(body, ".e") && len(body) < prec {
					body += ".0"
				}
			}
		default:
			return "", f.unknownCode("float")
		}
	}
	if typ == 'E' || typ == 'G' || typ == 'F' {
		body = strings.ToUpper(body)
	}
	if f.grouping != 0 {
		intPart, frac := body, ""
		if i := strings.IndexAny(body, ".eE"); i >= 0 {
			intPart, frac = body[:i], body[i:]
		}
		if f.fill == '0' && f.align == '=' {
			// zero padding goes inside the grouping: 0,001,234.5
			w := f.width - len(signPrefix(neg, f.sign)) - len(frac)
			if pct {
				w--
			}
			for len(group(intPart, f.grouping, 3)) < w {
				intPart = "0" + intPart
			}
		}
		body = group(intPart, f.grouping, 3) + frac
	}
	if pct {
		body += "%"
	}
	return f.pad(signPrefix(neg, f.sign), body, '>'), nil
}

// formatG is C's %g: precision significant digits, trailing zeros removed
// (unless alt), exponent form when exp < -4 or exp >= precision.
func formatG(x float64, prec int, alt bool) string {
	if x == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	epos := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[epos+1:])
	var s string
	if exp < -4 || exp >= prec {
		mant := e[:epos]
		if !alt && strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		s = mant + e[epos:]
	} else {
		s = strconv.FormatFloat(x, 'f', max(prec-1-exp, 0), 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	return s
}

// FormatValue is format(v, spec).
func FormatValue(t *Thread, v Value, spec string) (string, *Exception) {
	switch {
	case v.IsBool() && spec == "":
		return Str_(t, v)
	case IsIntLike(v) && !v.Type().User:
		if spec == "" {
			return IntString(v), nil
		}
		f, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		return formatInt(t, v, f)
	case v.IsFloat():
		if spec == "" {
			return constant.FloatRepr(v.Float()), nil
		}
		f, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		return formatFloat(v.Float(), f)
	case v.Type() == ComplexType:
		return complexFormat(t, v, spec)
	case v.Type() == StrType:
		if spec == "" {
			return StrOf(v), nil
		}
		f, err := parseSpec(spec)
		if err != nil {
			return "", err
		}
		if err := f.groupingErr('s'); err != nil {
			return "", err
		}
		if f.typ != 0 && f.typ != 's' {
			return "", f.unknownCode("str")
		}
		if f.sign != 0 {
			return "", NewValueError("Sign not allowed in string format specifier")
		}
		if f.align == '=' {
			return "", NewValueError("'=' alignment not allowed in string format specifier")
		}
		s := StrOf(v)
		if f.precision >= 0 && StrRuneCount(s) > f.precision {
			s = EncodeStr(DecodeStr(s)[:f.precision]) // keeps lone surrogates
		}
		return f.pad("", s, '<'), nil
	}
	if s, ok, err := strSubFormat(t, v, spec); ok {
		return s, err
	}
	m, err := LookupSpecial(t, v, "__format__")
	if err != nil {
		return "", err
	}
	if m.IsNull() {
		return "", Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeName(v))
	}
	r, err := Call(t, m, []Value{NewStr(spec)}, nil)
	if err != nil {
		return "", err
	}
	if !IsStr(r) {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return StrOf(r), nil
}

// StrFormat is str.format(*args, **kwargs).
func StrFormat(t *Thread, format string, args []Value, kw *Dict) (string, *Exception) {
	var st fmtNumbering
	b, err := appendStrFormat(nil, t, format, args, kw, &st, 2)
	return string(b), err
}

// StrFormatV is str.format as a str value.
func StrFormatV(t *Thread, format string, args []Value, kw *Dict) (Value, *Exception) {
	if t != nil {
		if tp := t.plainTemplate(format); tp != nil {
			var arr [128]byte
			b, ascii, err := appendTemplate(arr[:0], t, tp, args)
			if err != nil {
				return Null, err
			}
			if tp.whole && len(args) > 0 && args[0].Type() == StrType && string(b) == StrOf(args[0]) {
				return args[0], nil // as below
			}
			if ascii {
				return strFromBytes(b, 1), nil
			}
			return strFromBytes(b, 0), nil
		}
	}
	if len(args) > 0 && args[0].Type() == StrType && wholeField(format) {
		// 3.7's writer hands back a str it was given whole and alone:
		// "{}".format(s) is s, and so is "{:5}".format(s) when s needs
		// no padding (equal text means nothing was padded or cut).
		r, err := strFormatText(t, format, args, kw)
		if err == nil && StrOf(r) == StrOf(args[0]) {
			return args[0], nil
		}
		return r, err
	}
	return strFormatText(t, format, args, kw)
}

func strFormatText(t *Thread, format string, args []Value, kw *Dict) (Value, *Exception) {
	var arr [128]byte
	if t != nil {
		if tp := t.plainTemplate(format); tp != nil {
			b, ascii, err := appendTemplate(arr[:0], t, tp, args)
			if err != nil {
				return Null, err
			}
			if ascii {
				return strFromBytes(b, 1), nil
			}
			return strFromBytes(b, 0), nil
		}
	}
	var st fmtNumbering
	b, err := appendStrFormat(arr[:0], t, format, args, kw, &st, 2)
	if err != nil {
		return Null, err
	}
	return strFromBytes(b, 0), nil
}

// wholeField reports whether a format is one replacement field for
// argument 0, with no literal text around it and no conversion but !s.
func wholeField(format string) bool {
	n := len(format)
	if n < 2 || format[0] != '{' || format[n-1] != '}' {
		return false
	}
	// the field name ends at '!' or ':'; a brace anywhere else means
	// literal text or a second field
	f := format[1 : n-1]
	end := len(f)
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case '{', '}':
			return false
		case ':':
			if end == len(f) {
				end = i
			}
		}
	}
	f = strings.TrimSuffix(f[:end], "!s")
	return f == "" || f == "0"
}

// fmtNumbering is the automatic/manual field numbering of one str.format
// call, shared with the replacement fields nested in format specs.
type fmtNumbering struct {
	auto   int
	manual bool
	// mapping is format_map's argument, which names look up
	mapping Value
}

// StrFormatMap is s.format_map(mapping).
func StrFormatMap(t *Thread, format string, mapping Value) (Value, *Exception) {
	st := fmtNumbering{mapping: mapping}
	b, err := appendStrFormat(nil, t, format, nil, nil, &st, 2)
	if err != nil {
		return Null, err
	}
	return strFromBytes(b, 0), nil
}

func appendStrFormat(dst []byte, t *Thread, format string, args []Value, kw *Dict, st *fmtNumbering, nesting int) ([]byte, *Exception) {
	if nesting < 0 {
		return dst, NewValueError("Max string recursion exceeded")
	}
	auto, manual := st.auto, st.manual
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				dst = append(dst, '}')
				i++
				continue
			}
			return dst, NewValueError("Single '}' encountered in format string")
		}
		if c != '{' {
			dst = append(dst, c)
			continue
		}
		if i+1 == len(format) {
			return dst, NewValueError("Single '{' encountered in format string")
		}
		if format[i+1] == '{' {
			dst = append(dst, '{')
			i++
			continue
		}
		name, conv, spec, next, err := parseField(format, i+1)
		if err != nil {
			return dst, err
		}
		i = next - 1
		// first part of the name: index or keyword
		first := name
		rest := ""
		if k := indexTwo(name, '.', '['); k >= 0 {
			first, rest = name[:k], name[k:]
		}
		var v Value
		if first == "" {
			if manual {
				return dst, NewValueError("cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(args) {
				if !st.mapping.IsNull() {
					return dst, NewValueError("Format string contains positional fields")
				}
				return dst, Errorf(IndexErrorType, "tuple index out of range")
			}
			v = args[auto]
			auto++
		} else if n, ok, err := fieldIndex(first); err != nil {
			return dst, err
		} else if ok {
			if auto > 0 {
				return dst, NewValueError("cannot switch from automatic field numbering to manual field specification")
			}
			manual = true
			if n >= len(args) {
				if !st.mapping.IsNull() {
					return dst, NewValueError("Format string contains positional fields")
				}
				return dst, Errorf(IndexErrorType, "tuple index out of range")
			}
			v = args[n]
		} else if !st.mapping.IsNull() {
			// format_map: the mapping's own __getitem__ (a dict
			// subclass's __missing__ included)
			var err *Exception
			v, err = GetItem(t, st.mapping, NewStr(first))
			if err != nil {
				return dst, err
			}
		} else {
			var ok bool
			if kw != nil {
				v, ok = kw.GetStr(first)
			}
			if !ok {
				return dst, NewException(KeyErrorType, NewStr(first))
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr = rest[1 : k+1]
					rest = rest[k+1:]
				} else {
					rest = ""
				}
				if attr == "" {
					return dst, NewValueError("Empty attribute in format string")
				}
				var err *Exception
				v, err = GetAttrS(t, v, attr)
				if err != nil {
					return dst, err
				}
			} else if rest[0] == '[' {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return dst, NewValueError("Missing ']' in format string")
				}
				key := rest[1:k]
				if key == "" {
					return dst, NewValueError("Empty attribute in format string")
				}
				rest = rest[k+1:]
				var kv Value
				n, ok, err := fieldIndex(key)
				if err != nil {
					return dst, err
				}
				if ok {
					kv = MakeInt(int64(n))
				} else {
					kv = NewStr(key)
				}
				v, err = GetItem(t, v, kv)
				if err != nil {
					return dst, err
				}
			} else {
				return dst, NewValueError("Only '.' or '[' may follow ']' in format field specifier")
			}
		}
		if strings.Contains(spec, "{") {
			// the spec's own fields are numbered after this field's value
			st.auto, st.manual = auto, manual
			s, err := appendStrFormat(nil, t, spec, args, kw, st, nesting-1)
			if err != nil {
				return dst, err
			}
			auto, manual = st.auto, st.manual
			spec = string(s)
		}
		if v, err = convertField(t, v, conv); err != nil {
			return dst, err
		}
		dst, err = appendFormat(dst, t, v, spec)
		if err != nil {
			return dst, err
		}
	}
	st.auto, st.manual = auto, manual
	return dst, nil
}

// convertField applies a replacement field's !r, !s or !a (none: conv 0).
func convertField(t *Thread, v Value, conv rune) (Value, *Exception) {
	switch conv {
	case 0:
		return v, nil
	case 'r':
		return ReprV(t, v)
	case 's':
		return StrV(t, v)
	case 'a':
		return ASCIIV(t, v)
	}
	if conv > 32 && conv < 127 {
		return Null, Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
	}
	return Null, Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
}

// ASCIIV is ascii(v): its repr with non-ascii characters escaped.
func ASCIIV(t *Thread, v Value) (Value, *Exception) {
	s, err := Repr(t, v)
	if err != nil {
		return Null, err
	}
	return NewStr(ASCIIEscape(s)), nil
}

// ASCIIEscape is ascii()'s escaping of a repr.
func ASCIIEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x` + strconv.FormatInt(int64(r)+0x100, 16)[1:])
		case r < 0x10000:
			sb.WriteString(`\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:])
		default:
			sb.WriteString(`\U` + strconv.FormatInt(int64(r)+0x100000000, 16)[1:])
		}
	}
	return sb.String()
}

// PercentFormat is str % args.
func PercentFormat(t *Thread, format string, args Value) (string, *Exception) {
	b, err := appendPercent(nil, t, format, args)
	return string(b), err
}

// PercentFormatV is str % args as a str value.
func PercentFormatV(t *Thread, format string, args Value) (Value, *Exception) {
	var arr [128]byte
	b, err := appendPercent(arr[:0], t, format, args)
	if err != nil {
		return Null, err
	}
	if one := args; oneStrDirective(format) {
		if IsTuple(one) && len(AsTuple(one)) == 1 {
			one = AsTuple(one)[0]
		}
		if one.Type() == StrType && string(b) == StrOf(one) {
			return one, nil
		}
	}
	return strFromBytes(b, 0), nil
}

// oneStrDirective reports whether a %-format is a single %s directive
// (flags, width and precision allowed) and nothing else. 3.7 writes an
// exact str that such a directive neither pads nor cuts whole, and a
// writer holding one whole str hands it back: "%s" % s is s.
func oneStrDirective(format string) bool {
	n := len(format)
	if n < 2 || format[0] != '%' || format[n-1] != 's' {
		return false
	}
	for i := 1; i < n-1; i++ {
		switch c := format[i]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == ' ', c == '#', c == '.':
		default:
			return false
		}
	}
	return true
}

func appendPercent(dst []byte, t *Thread, format string, args Value) ([]byte, *Exception) {
	var items []Value
	var one [1]Value
	var mapping Value
	if IsTuple(args) {
		items = AsTuple(args)
	} else if args.Type().GetItem != nil && !IsStr(args) && !IsTuple(args) && args.Type() != ListType {
		mapping = args
		one[0] = args
		items = one[:]
	} else {
		one[0] = args
		items = one[:]
	}
	return appendPercentItems(dst, t, format, items, mapping)
}

// appendPercentItems is appendPercent with the arguments already taken
// apart: items, or a mapping (then items is just it).
func appendPercentItems(dst []byte, t *Thread, format string, items []Value, mapping Value) ([]byte, *Exception) {
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				dst = append(dst, format[i:]...)
				break
			}
			dst = append(dst, format[i:i+j]...)
			i += j
		}
		i++
		if i >= len(format) {
			return dst, NewValueError("incomplete format")
		}
		if next < len(items) {
			// %s %d %i %u of an exact str or inline int right after
			// the '%' (no flags, width or precision)
			if d, ok := appendPercentPlain(dst, format[i], items[next]); ok {
				dst = d
				next++
				continue
			}
		}
		var v Value
		haveV := false
		if format[i] == '(' {
			if mapping.IsNull() {
				return dst, NewTypeError("format requires a mapping")
			}
			depth := 1
			j := i + 1
			for ; j < len(format) && depth > 0; j++ {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
			}
			key := format[i+1 : j-1]
			var err *Exception
			v, err = GetItem(t, mapping, NewStr(key))
			if err != nil {
				return dst, err
			}
			haveV = true
			next = len(items) // an unkeyed spec after a keyed one has no argument
			i = j
		}
		f := formatSpec{fill: ' ', precision: -1}
		for ; i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0; i++ {
			switch format[i] {
			case '-':
				f.align = '<'
			case '+':
				f.sign = '+'
			case ' ':
				if f.sign == 0 {
					f.sign = ' '
				}
			case '#':
				f.alt = true
			case '0':
				f.zero = true
			}
		}
		readNum := func() (int, *Exception) {
			if i < len(format) && format[i] == '*' {
				i++
				if next >= len(items) {
					return 0, NewTypeError("not enough arguments for format string")
				}
				if !items[next].Type().IsSubtype(IntType) {
					return 0, NewTypeError("* wants int")
				}
				n := Unbox(items[next])
				next++
				if isBig(n) {
					return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				return int(n.Int()), nil
			}
			j := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			if j == i {
				return -1, nil
			}
			n, _ := strconv.Atoi(format[j:i])
			return n, nil
		}
		star := i < len(format) && format[i] == '*'
		w, err := readNum()
		if err != nil {
			return dst, err
		}
		if w >= 0 {
			f.width = w
		} else if star {
			// a negative * width left-aligns, as the '-' flag does
			f.width, f.align = -w, '<'
		}
		if i < len(format) && format[i] == '.' {
			i++
			p, err := readNum()
			if err != nil {
				return dst, err
			}
			f.precision = max(p, 0)
		}
		for i < len(format) && strings.IndexByte("hlL", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			return dst, NewValueError("incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			dst = append(dst, '%')
			continue
		}
		if !haveV {
			if next >= len(items) {
				return dst, NewTypeError("not enough arguments for format string")
			}
			v = items[next]
			next++
		}
		if f.zero && f.align != '<' && strings.IndexByte("sra", conv) < 0 {
			f.fill, f.align = '0', '='
		}
		if f.precision < 0 && f.width == 0 && !f.alt && f.sign == 0 {
			// the plain %s %d %x %f forms, appended in place
			switch {
			case conv == 's' && v.Type() == StrType:
				dst = append(dst, StrOf(v)...)
				continue
			case v.IsInt() && strings.IndexByte("diuxXo", conv) >= 0:
				fs := f
				fs.typ = conv
				if conv == 'i' || conv == 'u' {
					fs.typ = 'd'
				}
				dst, err = appendFormatInt(dst, t, v, &fs)
				if err != nil {
					return dst, err
				}
				continue
			case v.IsFloat() && strings.IndexByte("eEfF", conv) >= 0:
				fs := f
				fs.typ = conv
				dst, err = appendFormatFloat(dst, v.Float(), &fs)
				if err != nil {
					return dst, err
				}
				continue
			}
		}
		var s string
		switch conv {
		case 's', 'r', 'a':
			if conv == 's' {
				s, err = Str_(t, v)
			} else {
				s, err = Repr(t, v)
				if conv == 'a' {
					s = ASCIIEscape(s)
				}
			}
			if err != nil {
				return dst, err
			}
			if f.precision >= 0 && StrRuneCount(s) > f.precision {
				s = EncodeStr(DecodeStr(s)[:f.precision]) // keeps lone surrogates
			}
			f.precision = -1
			f.fill = ' '
			s = f.pad("", s, '>')
		case 'd', 'i', 'u', 'x', 'X', 'o':
			// 3.7's order: an int (or subclass) as it is; then anything
			// PyNumber_Check accepts (__int__ or __float__) through
			// __index__ for x/X/o and int() for d/i/u; a TypeError on
			// the way is the wrong-type error
			var iv Value
			tp := v.Type()
			switch {
			case IsIntLike(v):
				iv = v
			case tp.IsSubtype(IntType):
				iv = Unbox(v)
			case tp.ToInt == nil && tp.ToFloat == nil:
				err = Errorf(TypeErrorType, "")
			case conv == 'x' || conv == 'X' || conv == 'o':
				iv, err = IndexValue(t, v)
			case v.IsFloat():
				iv, err = FloatToInt(v.Float())
			default:
				iv, err = ToInt(t, v)
			}
			if err != nil {
				if !err.Matches(TypeErrorType) {
					return dst, err
				}
				if conv == 'd' || conv == 'i' || conv == 'u' {
					return dst, Errorf(TypeErrorType, "%%%c format: a number is required, not %s", conv, TypeName(v))
				}
				return dst, Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, TypeName(v))
			}
			fs := f
			fs.typ = conv
			if conv == 'i' || conv == 'u' {
				fs.typ = 'd'
			}
			prec := fs.precision
			fs.precision = -1
			if prec > 0 {
				b := BigOf(iv)
				neg := b.Sign() < 0
				b.Abs(b)
				base := map[byte]int{'d': 10, 'x': 16, 'X': 16, 'o': 8}[fs.typ]
				digits := b.Text(base)
				for len(digits) < prec {
					digits = "0" + digits
				}
				if fs.typ == 'X' {
					digits = strings.ToUpper(digits)
				}
				p := signPrefix(neg, fs.sign)
				if fs.alt && base != 10 {
					p += "0" + string(fs.typ|0x20)
					if fs.typ == 'X' {
						p = strings.ToUpper(p)
					}
				}
				s = fs.pad(p, digits, '>')
			} else {
				s, err = formatInt(t, iv, fs)
				if err != nil {
					return dst, err
				}
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := ToFloat(t, v)
			if err != nil {
				if IsStr(v) || !IsIntLike(v) {
					return dst, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
				}
				return dst, err
			}
			fs := f
			fs.typ = conv
			s, err = formatFloat(x, fs)
			if err != nil {
				return dst, err
			}
		case 'c':
			if IsStr(v) && AsStr(v).Len() == 1 {
				s = StrOf(v)
			} else if IsIntLike(v) && !isBig(v) {
				n := v.Int()
				if n < 0 || n >= 0x110000 {
					return dst, NewException(OverflowErrorType, NewStr("%c arg not in range(0x110000)"))
				}
				s = string(rune(n))
			} else {
				return dst, NewTypeError("%c requires int or char")
			}
			s = f.pad("", s, '>')
		default:
			return dst, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		dst = append(dst, s...)
	}
	if next < len(items) && mapping.IsNull() {
		return dst, NewTypeError("not all arguments converted during string formatting")
	}
	return dst, nil
}

var _ = big.NewInt

// parseField reads the replacement field after the '{' before
// format[i] as 3.7's parse_field does: the name runs to '}', ':' or '!'
// (passing over a [key], which may hold any of them), then come a
// conversion and a spec whose nested fields' braces are counted. next
// is the index after the field's closing '}'.
func parseField(format string, i int) (name string, conv rune, spec string, next int, err *Exception) {
	start := i
	var c byte
scan:
	for i < len(format) {
		c = format[i]
		i++
		switch c {
		case '{':
			return "", 0, "", 0, NewValueError("unexpected '{' in field name")
		case '[':
			for i < len(format) && format[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	if c != '}' && c != '!' && c != ':' || i == start {
		return "", 0, "", 0, NewValueError("expected '}' before end of string")
	}
	name = format[start : i-1]
	if c == '}' {
		return name, 0, "", i, nil
	}
	if c == '!' {
		if i >= len(format) {
			return "", 0, "", 0, NewValueError("end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(format[i:])
		conv = r
		i += size
		if i < len(format) {
			c = format[i]
			i++
			if c == '}' {
				return name, conv, "", i, nil
			}
			if c != ':' {
				return "", 0, "", 0, NewValueError("expected ':' after conversion specifier")
			}
		}
	}
	specStart, depth := i, 1
	for ; i < len(format); i++ {
		switch format[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return name, conv, format[specStart:i], i + 1, nil
			}
		}
	}
	return "", 0, "", 0, NewValueError("unmatched '{' in format spec")
}

// unknownCode is the error for a presentation type the object's
// formatter does not know; 3.7 escapes one outside printable ascii.
func (f *formatSpec) unknownCode(typeName string) *Exception {
	c := rune(f.typ)
	if f.typ == 0x80 {
		c = f.wideTyp
	}
	if c > 32 && c < 128 {
		return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", c, typeName)
	}
	return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", c, typeName)
}
