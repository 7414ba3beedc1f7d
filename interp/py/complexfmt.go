package py

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// complex.__format__ (and complex's refusal of // and %): the float presentation types apply to both parts
// ("3.00+4.00j"); with no type the value prints as its repr, in
// parentheses, and only width, alignment and fill apply.

// complexSpecRE is compiled on first use: at package init it cost every
// bytepy process a quarter of a millisecond.
var complexSpecRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(.)?([<>^=]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(\.\d+)?([eEfFgGn]?)$`)
})

func complexFormat(t *Thread, v Value, spec string) (string, *Exception) {
	z := ComplexOf(v)
	if spec == "" {
		return Str_(t, v)
	}
	m := complexSpecRE().FindStringSubmatch(spec)
	if m == nil {
		// well formed but for a type complex does not know?
		if f, err := parseSpec(spec); err == nil && f.typ != 0 {
			if err := f.groupingErr(0); err != nil && f.typ < 0x80 {
				return "", err
			}
			return "", f.unknownCode("complex")
		}
		return "", Errorf(ValueErrorType, "Invalid format specifier")
	}
	fill, align, sign, alt, zero, width, group, prec, typ := m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]
	if zero != "" {
		return "", NewValueError("Zero padding is not allowed in complex format specifier")
	}
	if align == "=" {
		return "", NewValueError("Alignment flag is not allowed in complex format specifier")
	}
	var body string
	if typ == "" && prec == "" && group != "" {
		// repr's digits, grouped: each part as float's shortest repr
		// without the ".0" an integral value gets
		part := func(x float64, sign string) (string, *Exception) {
			p, err := FormatValue(t, MakeFloat(x), sign+group)
			return strings.TrimSuffix(p, ".0"), err
		}
		re, im := real(z), imag(z)
		is, err := part(im, "+")
		if err != nil {
			return "", err
		}
		if re == 0 && !math.Signbit(re) {
			if is, err = part(im, sign); err != nil {
				return "", err
			}
			body = is + "j"
		} else {
			rs, err := part(re, sign)
			if err != nil {
				return "", err
			}
			body = "(" + rs + is + "j)"
		}
	} else if typ == "" && prec == "" {
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		if (sign == "+" || sign == " ") && !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "(-") {
			if strings.HasPrefix(s, "(") {
				s = "(" + sign + s[1:]
			} else {
				s = sign + s
			}
		}
		body = s
	} else {
		ptyp := typ
		if ptyp == "" {
			ptyp = "g"
		}
		re, im := real(z), imag(z)
		rs, err := FormatValue(t, MakeFloat(re), sign+alt+group+prec+ptyp)
		if err != nil {
			return "", err
		}
		is, err := FormatValue(t, MakeFloat(im), "+"+alt+group+prec+ptyp)
		if err != nil {
			return "", err
		}
		body = is + "j"
		if typ != "" || re != 0 || math.Signbit(re) {
			body = rs + body
		}
		if typ == "" {
			body = "(" + body + ")"
		}
	}
	w := 0
	for _, c := range width {
		w = w*10 + int(c-'0')
	}
	n := utf8.RuneCountInString(body)
	if n >= w {
		return body, nil
	}
	if fill == "" {
		fill = " "
	}
	pad := w - n
	switch align {
	case "<":
		return body + strings.Repeat(fill, pad), nil
	case "^":
		return strings.Repeat(fill, pad/2) + body + strings.Repeat(fill, pad-pad/2), nil
	}
	return strings.Repeat(fill, pad) + body, nil
}

func initComplexFormat() {
	// complex has no floor division or modulo; CPython says so rather
	// than "unsupported operand"
	for op, msg := range map[int]string{OpFloorDiv: "can't take floor of complex number.", OpMod: "can't mod complex numbers."} {
		msg := msg
		ComplexType.Binary[op] = func(t *Thread, a, b Value) (Value, *Exception) {
			if _, ok := toComplex(a); !ok {
				return NotImplemented, nil
			}
			if _, ok := toComplex(b); !ok {
				return NotImplemented, nil
			}
			return Null, NewTypeError(msg)
		}
	}
	addMethod(ComplexType, "__format__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("__format__() argument must be str")
		}
		s, err := complexFormat(t, a[0], StrOf(a[1]))
		if err != nil {
			return Null, err
		}
		return NewStr(s), nil
	})
}
