package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func strArg(t *Thread, fname string, v Value) (string, *Exception) {
	if !IsStr(v) {
		return "", Errorf(TypeErrorType, "must be str, not %s", TypeName(v))
	}
	return StrOf(v), nil
}

// subRange applies optional start/end code point arguments.
func subRange(t *Thread, s *Str, a []Value) (string, int, *Exception) {
	n := s.Len()
	start, end := 0, n
	if len(a) > 0 && !a[0].IsNone() {
		i, err := sliceIndex(t, a[0])
		if err != nil {
			return "", 0, err
		}
		if i > n {
			return "", -1, nil
		}
		start = clampIndex(i, n)
	}
	if len(a) > 1 && !a[1].IsNone() {
		i, err := sliceIndex(t, a[1])
		if err != nil {
			return "", 0, err
		}
		end = clampIndex(i, n)
	}
	if start > end {
		return "", -1, nil
	}
	return s.substr(start, end), start, nil
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x1f
}

func splitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	i := 0
	for {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isSpaceRune(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, NewStr(strings.TrimRightFunc(s[i:], isSpaceRune)))
			return out
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		out = append(out, NewStr(s[i:j]))
		i = j
	}
}

func rsplitWhitespace(s string, maxsplit int) []Value {
	var rev []Value
	i := len(s)
	for {
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !isSpaceRune(r) {
				break
			}
			i -= n
		}
		if i <= 0 {
			break
		}
		if maxsplit >= 0 && len(rev) == maxsplit {
			rev = append(rev, NewStr(strings.TrimLeftFunc(s[:i], isSpaceRune)))
			break
		}
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if isSpaceRune(r) {
				break
			}
			j -= n
		}
		rev = append(rev, NewStr(s[j:i]))
		i = j
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

func strPredicate(f func(r rune) bool, ascii uint8) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
	return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if s.s == "" {
			return False, nil
		}
		if s.isASCII() {
			return MakeBool(asciiAll(s.s, ascii)), nil
		}
		for _, r := range s.s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func initStrMethods() {
	m := func(name string, fn func(t *Thread, s *Str, a []Value) (Value, *Exception)) {
		ar, checked := strArity[name]
		addMethod(StrType, name, strFront(name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if n := len(a) - 1; checked && len(kw) == 0 && (n < int(ar.min) || n > int(ar.max)) {
				return Null, ar.err(name, n)
			}
			if len(kw) > 0 && name != "split" && name != "rsplit" && name != "splitlines" {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if len(kw) > 0 {
				names := []string{"self", "sep", "maxsplit"}
				if name == "splitlines" {
					names = []string{"self", "keepends"}
				}
				p, err := ParseArgs(name, a, kw, names, 1)
				if err != nil {
					return Null, err
				}
				for len(p) > 1 && p[len(p)-1].IsNull() {
					p = p[:len(p)-1]
				}
				for i := range p {
					if p[i].IsNull() {
						p[i] = None
					}
				}
				a = p
			}
			return fn(t, AsStr(a[0]), a[1:])
		}))
	}
	m("join", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if err := ArgCount("join", a, 1, 1); err != nil {
			return Null, err
		}
		var items []Value
		if a[0].Type() == ListType {
			// no Python code runs while joining, so the list's own
			// items can be read in place
			items = AsList(a[0]).items
		} else {
			var err *Exception
			items, err = Collect(t, a[0])
			if err != nil {
				return Null, NewTypeError("can only join an iterable")
			}
		}
		for i, x := range items {
			if !IsStr(x) {
				return Null, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(x))
			}
		}
		return strJoin(s, items), nil
	})
	split := func(right bool) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			maxsplit := -1
			if len(a) > 1 {
				n, err := IndexInt(t, a[1])
				if err != nil {
					return Null, err
				}
				maxsplit = int(n)
			}
			if len(a) == 0 || a[0].IsNone() {
				if right {
					return NewList(rsplitWhitespace(s.s, maxsplit)), nil
				}
				out := splitWhitespace(s.s, maxsplit)
				if len(out) == 1 && len(StrOf(out[0])) == len(s.s) && s.typ == StrType {
					out[0] = s.V() // nothing to split: s itself, as in CPython
				}
				return NewList(out), nil
			}
			if !IsStr(a[0]) {
				return Null, Errorf(TypeErrorType, "must be str or None, not %s", TypeName(a[0]))
			}
			sep := StrOf(a[0])
			if sep == "" {
				return Null, NewValueError("empty separator")
			}
			if maxsplit < 0 {
				return strSplitSep(s, sep), nil
			}
			var parts []string
			if right {
				if maxsplit < 0 {
					parts = strings.Split(s.s, sep)
				} else {
					str := s.s
					for len(parts) < maxsplit {
						i := strings.LastIndex(str, sep)
						if i < 0 {
							break
						}
						parts = append(parts, str[i+len(sep):])
						str = str[:i]
					}
					parts = append(parts, str)
					for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
						parts[i], parts[j] = parts[j], parts[i]
					}
				}
			} else {
				parts = strings.SplitN(s.s, sep, max(maxsplit+1, -1))
				if maxsplit < 0 {
					parts = strings.Split(s.s, sep)
				}
			}
			if len(parts) == 1 && splitGivesSelf(s, sep) {
				return NewList([]Value{s.V()}), nil // nothing split: s itself, as in CPython
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = NewStr(p)
			}
			return NewList(out), nil
		}
	}
	m("split", split(false))
	m("rsplit", split(true))
	m("splitlines", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		keep := false
		if len(a) > 0 {
			n, err := cIntArg(t, a[0])
			if err != nil {
				return Null, err
			}
			keep = n != 0
		}
		var out []Value
		str := s.s
		for len(str) > 0 {
			i := strings.IndexAny(str, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029") // U+0085, not the stray byte "\x85" (which matched every invalid byte)
			if i < 0 {
				out = append(out, NewStr(str))
				break
			}
			_, n := utf8.DecodeRuneInString(str[i:])
			if str[i] == '\r' && i+1 < len(str) && str[i+1] == '\n' {
				n = 2
			}
			if keep {
				out = append(out, NewStr(str[:i+n]))
			} else {
				out = append(out, NewStr(str[:i]))
			}
			str = str[i+n:]
		}
		return NewList(out), nil
	})
	strip := func(kind int) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			if len(a) == 0 || a[0].IsNone() {
				if s.isASCII() {
					return asciiStrip(s, kind), nil
				}
				var r string
				switch kind {
				case 0:
					r = strings.TrimFunc(s.s, isSpaceRune)
				case 1:
					r = strings.TrimLeftFunc(s.s, isSpaceRune)
				default:
					r = strings.TrimRightFunc(s.s, isSpaceRune)
				}
				if len(r) == len(s.s) && s.typ == StrType {
					return s.V(), nil // 3.7 returns an exact str itself when nothing is stripped
				}
				return NewStr(r), nil
			}
			if !IsStr(a[0]) {
				return Null, Errorf(TypeErrorType, "%s arg must be None or str", [...]string{"strip", "lstrip", "rstrip"}[kind])
			}
			chars := StrOf(a[0])
			var r string
			switch kind {
			case 0:
				r = strings.Trim(s.s, chars)
			case 1:
				r = strings.TrimLeft(s.s, chars)
			default:
				r = strings.TrimRight(s.s, chars)
			}
			if len(r) == len(s.s) && s.typ == StrType {
				return s.V(), nil
			}
			return NewStr(r), nil
		}
	}
	m("strip", strip(0))
	m("lstrip", strip(1))
	m("rstrip", strip(2))
	m("replace", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if err := ArgCount("replace", a, 2, 3); err != nil {
			return Null, err
		}
		for i := 0; i < 2; i++ {
			if !IsStr(a[i]) {
				return Null, Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, TypeName(a[i]))
			}
		}
		old, nw := StrOf(a[0]), StrOf(a[1])
		n := -1
		if len(a) > 2 {
			c, err := ssizeArg(t, a[2])
			if err != nil {
				return Null, err
			}
			n = int(c)
		}
		if old != "" {
			return strReplace(s, AsStr(a[0]), AsStr(a[1]), n), nil
		}
		if !s.isASCII() && s.kind() == strSurrogates {
			// insert between code points, not between a surrogate's bytes
			rs := DecodeStr(s.s)
			b := make([]byte, 0, len(s.s)+len(nw)*(len(rs)+1))
			for i, r := range rs {
				if n < 0 || i < n {
					b = append(b, nw...)
				}
				b = appendStrRune(b, r)
			}
			if n < 0 || len(rs) < n {
				b = append(b, nw...)
			}
			return NewStr(string(b)), nil
		}
		return NewStr(strings.Replace(s.s, old, nw, n)), nil
	})
	find := func(right, raise bool, name string) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			if err := ArgCount(name, a, 1, 3); err != nil {
				return Null, err
			}
			sub, err := strArg(t, name, a[0])
			if err != nil {
				return Null, err
			}
			hay, off, err := subRange(t, s, a[1:])
			if err != nil {
				return Null, err
			}
			i := -1
			if off >= 0 {
				if right {
					i = strings.LastIndex(hay, sub)
				} else {
					i = strings.Index(hay, sub)
				}
			}
			if i < 0 {
				if raise {
					return Null, NewValueError("substring not found")
				}
				return MakeInt(-1), nil
			}
			if s.isASCII() {
				return MakeInt(int64(off + i)), nil
			}
			return MakeInt(int64(off + StrRuneCount(hay[:i]))), nil
		}
	}
	m("find", find(false, false, "find"))
	m("rfind", find(true, false, "rfind"))
	m("index", find(false, true, "index"))
	m("rindex", find(true, true, "rindex"))
	m("count", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if err := ArgCount("count", a, 1, 3); err != nil {
			return Null, err
		}
		sub, err := strArg(t, "count", a[0])
		if err != nil {
			return Null, err
		}
		hay, off, err := subRange(t, s, a[1:])
		if err != nil || off < 0 {
			return MakeInt(0), err
		}
		if sub == "" {
			return MakeInt(int64(StrRuneCount(hay) + 1)), nil
		}
		return MakeInt(int64(strings.Count(hay, sub))), nil
	})
	fix := func(name string, suffix bool) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			if err := ArgCount(name, a, 1, 3); err != nil {
				return Null, err
			}
			if len(a) == 1 && a[0].Type() == StrType {
				if suffix {
					return MakeBool(strings.HasSuffix(s.s, StrOf(a[0]))), nil
				}
				return MakeBool(strings.HasPrefix(s.s, StrOf(a[0]))), nil
			}
			hay, off, err := subRange(t, s, a[1:])
			if err != nil {
				return Null, err
			}
			var cands []Value
			if IsTuple(a[0]) {
				cands = AsTuple(a[0])
			} else if IsStr(a[0]) {
				cands = []Value{a[0]}
			} else {
				return Null, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0]))
			}
			if off < 0 {
				return False, nil
			}
			for _, c := range cands {
				if !IsStr(c) {
					return Null, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(c))
				}
				if suffix && strings.HasSuffix(hay, StrOf(c)) || !suffix && strings.HasPrefix(hay, StrOf(c)) {
					return True, nil
				}
			}
			return False, nil
		}
	}
	m("startswith", fix("startswith", false))
	m("endswith", fix("endswith", true))
	m("upper", surrogateRuns(func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if s.isASCII() {
			return asciiCase(s, true), nil
		}
		var sb strings.Builder
		for _, r := range s.s {
			sb.WriteString(upperFull(r))
		}
		return NewStr(sb.String()), nil
	}))
	m("lower", surrogateRuns(func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if s.isASCII() {
			return asciiCase(s, false), nil
		}
		l := strings.ToLower(s.s)
		if strings.ContainsRune(s.s, '\u0130') {
			// full case mapping: İ lowers to i + combining dot above
			l = strings.ToLower(strings.ReplaceAll(s.s, "\u0130", "i\u0307"))
		}
		return NewStr(l), nil
	}))
	m("casefold", surrogateRuns(func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		l := strings.ToLower(s.s)
		if !s.isASCII() {
			l = strings.ReplaceAll(l, "ß", "ss")
		}
		return NewStr(l), nil
	}))
	m("swapcase", surrogateRuns(func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		var sb strings.Builder
		for _, r := range s.s {
			switch {
			case unicode.IsUpper(r):
				sb.WriteRune(unicode.ToLower(r))
			case unicode.IsLower(r):
				sb.WriteString(upperFull(r))
			default:
				sb.WriteRune(r)
			}
		}
		return NewStr(sb.String()), nil
	}))
	m("capitalize", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if s.s == "" {
			return s.V(), nil
		}
		// 3.7 upper-cases the first character (3.8 title-cases it)
		r, n := utf8.DecodeRuneInString(s.s)
		return NewStr(upperFull(r) + strings.ToLower(s.s[n:])), nil
	})
	m("title", surrogateRuns(func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		var sb strings.Builder
		prev := false
		for _, r := range s.s {
			if prev {
				sb.WriteRune(unicode.ToLower(r))
			} else {
				sb.WriteString(titleFull(r))
			}
			prev = unicode.IsLetter(r)
		}
		return NewStr(sb.String()), nil
	}))
	m("isdigit", strPredicate(isDigitRune, clDigit))
	m("isdecimal", strPredicate(func(r rune) bool { return unicode.Is(unicode.Nd, r) }, clDigit))
	m("isnumeric", strPredicate(unicode.IsNumber, clDigit))
	m("isalpha", strPredicate(unicode.IsLetter, clAlpha))
	m("isalnum", strPredicate(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, clAlnum))
	m("isspace", strPredicate(isSpaceRune, clSpace))
	m("isascii", func(t *Thread, s *Str, a []Value) (Value, *Exception) { return MakeBool(s.isASCII()), nil })
	m("isprintable", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		for i, r := range s.s {
			if r == utf8.RuneError && !strings.HasPrefix(s.s[i:], "\uFFFD") {
				return False, nil // a stored lone surrogate: never printable
			}
			if !(r >= 0x20 && r < 0x7f || r >= 0x7f && unicode.IsPrint(r)) {
				return False, nil
			}
		}
		return True, nil
	})
	m("isidentifier", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		for i, r := range s.s {
			if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r))) {
				return False, nil
			}
		}
		return MakeBool(s.s != ""), nil
	})
	casePred := func(upper bool) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			cased := false
			for _, r := range s.s {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					if !upper {
						return False, nil
					}
					cased = true
				} else if unicode.IsLower(r) {
					if upper {
						return False, nil
					}
					cased = true
				}
			}
			return MakeBool(cased), nil
		}
	}
	m("isupper", casePred(true))
	m("islower", casePred(false))
	m("istitle", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		prev, cased := false, false
		for _, r := range s.s {
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				if prev {
					return False, nil
				}
				prev, cased = true, true
			} else if unicode.IsLower(r) {
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			} else {
				prev = false
			}
		}
		return MakeBool(cased), nil
	})
	just := func(name string, align byte) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			if err := ArgCount(name, a, 1, 2); err != nil {
				return Null, err
			}
			w, err := IndexInt(t, a[0])
			if err != nil {
				return Null, err
			}
			fill := ' '
			if len(a) > 1 {
				f, err := strArg(t, name, a[1])
				if err != nil {
					return Null, err
				}
				if StrRuneCount(f) != 1 {
					return Null, NewTypeError("The fill character must be exactly one character long")
				}
				fill, _ = utf8.DecodeRuneInString(f)
			}
			n := s.Len()
			if int(w) <= n {
				return s.V(), nil
			}
			pad := int(w) - n
			fs := string(fill)
			switch align {
			case '<':
				return NewStr(s.s + strings.Repeat(fs, pad)), nil
			case '>':
				return NewStr(strings.Repeat(fs, pad) + s.s), nil
			}
			left := pad / 2
			if pad%2 == 1 && int(w)%2 == 1 {
				left++
			}
			return NewStr(strings.Repeat(fs, left) + s.s + strings.Repeat(fs, pad-left)), nil
		}
	}
	m("ljust", just("ljust", '<'))
	m("rjust", just("rjust", '>'))
	m("center", just("center", '^'))
	m("zfill", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		w, err := IndexInt(t, a[0])
		if err != nil {
			return Null, err
		}
		n := s.Len()
		if int(w) <= n {
			return s.V(), nil
		}
		str := s.s
		sign := ""
		if str != "" && (str[0] == '+' || str[0] == '-') {
			sign, str = str[:1], str[1:]
		}
		return NewStr(sign + strings.Repeat("0", int(w)-n) + str), nil
	})
	part := func(right bool) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
			sep, err := strArg(t, "partition", a[0])
			if err != nil {
				return Null, err
			}
			if sep == "" {
				return Null, NewValueError("empty separator")
			}
			var i int
			if right {
				i = strings.LastIndex(s.s, sep)
				if i < 0 {
					return NewTuple([]Value{NewStr(""), NewStr(""), s.V()}), nil
				}
			} else {
				i = strings.Index(s.s, sep)
				if i < 0 {
					return NewTuple([]Value{s.V(), NewStr(""), NewStr("")}), nil
				}
			}
			return NewTuple([]Value{NewStr(s.s[:i]), NewStr(sep), NewStr(s.s[i+len(sep):])}), nil
		}
	}
	m("partition", part(false))
	m("rpartition", part(true))
	m("expandtabs", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		size := 8
		if len(a) > 0 {
			n, err := cIntArg(t, a[0])
			if err != nil {
				return Null, err
			}
			size = int(n)
		}
		var sb strings.Builder
		col := 0
		rs := []rune(s.s)
		if !s.isASCII() && s.kind() == strSurrogates {
			rs = DecodeStr(s.s) // one code point per surrogate, not three U+FFFDs
		}
		for _, r := range rs {
			if r >= 0xD800 && r <= 0xDFFF {
				sb.Write(appendStrRune(nil, r))
				col++
				continue
			}
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					sb.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				sb.WriteRune(r)
				col = 0
			default:
				sb.WriteRune(r)
				col++
			}
		}
		return NewStr(sb.String()), nil
	})
	addMethod(StrType, "encode", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		enc, errs, err := codecArgs("encode", a[1:], kw)
		if err != nil {
			return Null, err
		}
		b, err := encodeStr(StrOf(a[0]), enc, errs)
		if err != nil {
			return Null, err
		}
		return NewBytes(b), nil
	})
	m("format_map", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		return StrFormatMap(t, s.s, a[0])
	})
	addMethod(StrType, "format", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		var d *Dict
		if len(kw) > 0 {
			d = NewDict()
			for i, k := range kw {
				d.SetStr(k, a[len(a)-len(kw)+i])
			}
		}
		return StrFormatV(t, StrOf(a[0]), a[1:len(a)-len(kw)], d)
	})
	addMethod(StrType, "__format__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		s, err := FormatValue(t, a[0], StrOf(a[1]))
		return NewStr(s), err
	})
	addClassMethod(StrType, "maketrans", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		d := NewDict()
		if len(a) == 2 && IsDict(a[1]) {
			var err *Exception
			AsDict(a[1]).Range(func(k, v Value) bool {
				if IsStr(k) {
					k = MakeInt(int64([]rune(StrOf(k))[0]))
				}
				err = d.SetItem(t, k, v)
				return err == nil
			})
			return d.V(), err
		}
		if len(a) >= 3 {
			x, y := []rune(StrOf(a[1])), []rune(StrOf(a[2]))
			if len(x) != len(y) {
				return Null, NewValueError("the first two maketrans arguments must have equal length")
			}
			for i := range x {
				d.SetItem(t, MakeInt(int64(x[i])), MakeInt(int64(y[i])))
			}
			if len(a) > 3 {
				for _, r := range StrOf(a[3]) {
					d.SetItem(t, MakeInt(int64(r)), None)
				}
			}
		}
		return d.V(), nil
	})
	m("translate", func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		var sb strings.Builder
		for _, r := range s.s {
			v, err := GetItem(t, a[0], MakeInt(int64(r)))
			if err != nil {
				if err.Matches(LookupErrorType) {
					sb.WriteRune(r)
					continue
				}
				return Null, err
			}
			switch {
			case v.IsNone():
			case IsStr(v):
				sb.WriteString(StrOf(v))
			case IsIntLike(v):
				sb.WriteRune(rune(v.Int()))
			default:
				return Null, NewTypeError("character mapping must return integer, None or str")
			}
		}
		return NewStr(sb.String()), nil
	})
}

// Unicode's special (one-to-many) case mappings that matter in practice:
// ß and the Latin ligatures.
var upperSpecial = map[rune]string{'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST", 'ŉ': "ʼN"}
var titleSpecial = map[rune]string{'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St", 'ŉ': "ʼN"}

func upperFull(r rune) string {
	if s, ok := upperSpecial[r]; ok {
		return s
	}
	return string(unicode.ToUpper(r))
}

func titleFull(r rune) string {
	if s, ok := titleSpecial[r]; ok {
		return s
	}
	return string(unicode.ToTitle(r))
}

// surrogateRuns runs a case mapping on each valid run of a str holding
// lone surrogates (see mapValidRuns); other strs go straight to fn.
func surrogateRuns(fn func(t *Thread, s *Str, a []Value) (Value, *Exception)) func(t *Thread, s *Str, a []Value) (Value, *Exception) {
	return func(t *Thread, s *Str, a []Value) (Value, *Exception) {
		if s.isASCII() || s.kind() != strSurrogates {
			return fn(t, s, a)
		}
		var err *Exception
		out := mapValidRuns(s.s, func(run string) string {
			if err != nil {
				return run
			}
			v, e := fn(t, AsStr(NewStr(run)), a)
			if e != nil {
				err = e
				return run
			}
			return StrOf(v)
		})
		if err != nil {
			return Null, err
		}
		return NewStr(out), nil
	}
}
