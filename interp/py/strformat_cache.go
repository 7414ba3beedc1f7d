package py

import "unsafe"

// Parsed str.format templates. "{0}{1}".format(a, b) in a loop parses the
// same constant text on every call; a thread keeps its last few parses,
// keyed by the text, as it keeps format specs (fmtspec.go). Only plain
// templates are kept: every field numbered automatically or by a decimal
// index (all one way), with no attribute or item access, an optional
// !r/!s/!a and a spec without nested fields. Any other text, including
// every text that would raise while being parsed, is marked as not plain
// and runs appendStrFormat, so its errors come in the order they always
// did.

// fmtTemplate is a plain template: lits[k] is the literal text before
// field k ({{ and }} already unescaped), the last one the text after the
// last field.
type fmtTemplate struct {
	fields []fmtField
	tail   string // the text after the last field
	ascii  bool   // every literal is ascii
	whole  bool   // wholeField(text)
}

// fmtField is one replacement field: the literal text before it, the
// argument's index (the automatic numbers resolved), its conversion (0
// for none) and its spec; bare when it has neither.
type fmtField struct {
	lit  string
	idx  int
	conv byte
	bare bool
	spec string
}

// textCache is a thread's last few format texts and what was made of
// them (a nil v: the text is not plain), for %-formats and str.format
// templates alike.
type textCache[T any] struct {
	ent  [4]textEntry[T]
	next uint8
}

type textEntry[T any] struct {
	text string
	v    *T
}

// get is what parse made of text, parsing it on a miss in place of the
// oldest entry.
func (c *textCache[T]) get(text string, parse func(string) *T) *T {
	for i := range c.ent {
		// a constant format is the same text each time: its pointer
		// decides without comparing bytes
		if e := &c.ent[i]; len(e.text) == len(text) && e.text != "" &&
			(unsafe.StringData(e.text) == unsafe.StringData(text) || e.text == text) {
			return e.v
		}
	}
	v := parse(text)
	c.ent[c.next%uint8(len(c.ent))] = textEntry[T]{text, v}
	c.next++
	return v
}

// plainTemplate is format's parse when it is plain, else nil.
func (t *Thread) plainTemplate(format string) *fmtTemplate {
	return t.fmts.get(format, parsePlainTemplate)
}

// parsePlainTemplate follows appendStrFormat's scan of format, giving up
// (nil) wherever that would do more than pick a positional argument.
func parsePlainTemplate(format string) *fmtTemplate {
	tp := &fmtTemplate{}
	var lit []byte
	auto, manual := 0, false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				lit = append(lit, '}')
				i++
				continue
			}
			return nil
		}
		if c != '{' {
			lit = append(lit, c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			lit = append(lit, '{')
			i++
			continue
		}
		name, conv, spec, next, err := parseField(format, i+1)
		if err != nil || conv != 0 && conv != 'r' && conv != 's' && conv != 'a' {
			return nil
		}
		i = next - 1
		if indexTwo(name, '.', '[') >= 0 || indexTwo(spec, '{', '}') >= 0 {
			return nil
		}
		f := fmtField{conv: byte(conv), spec: spec, bare: conv == 0 && spec == ""}
		if name == "" {
			if manual {
				return nil
			}
			f.idx = auto
			auto++
		} else if n, ok, err := fieldIndex(name); err == nil && ok && auto == 0 {
			manual = true
			f.idx = n
		} else {
			return nil
		}
		f.lit = string(lit)
		tp.fields = append(tp.fields, f)
		lit = lit[:0]
	}
	tp.tail = string(lit)
	tp.ascii = isASCIIText(format)
	tp.whole = wholeField(format)
	return tp
}

// appendTemplate is appendStrFormat for a plain template; ascii reports
// that the text appended is known to be ascii.
func appendTemplate(dst []byte, t *Thread, tp *fmtTemplate, args []Value) (_ []byte, ascii bool, _ *Exception) {
	ascii = tp.ascii
	for k := range tp.fields {
		f := &tp.fields[k]
		if f.lit != "" {
			dst = append(dst, f.lit...)
		}
		if uint(f.idx) >= uint(len(args)) {
			return dst, false, Errorf(IndexErrorType, "tuple index out of range")
		}
		v := args[f.idx]
		if f.bare {
			// "{0}" of an exact str or int: its text, as format() gives
			if v.Type() == StrType {
				s := AsStr(v)
				ascii = ascii && s.isASCII()
				dst = append(dst, s.s...)
				continue
			}
			if v.IsInt() {
				dst = appendIntDec(dst, v.Int())
				continue
			}
		}
		ascii = false // unknown: the str's maker looks
		v, err := convertField(t, v, rune(f.conv))
		if err != nil {
			return dst, false, err
		}
		if dst, err = appendFormat(dst, t, v, f.spec); err != nil {
			return dst, false, err
		}
	}
	if tp.tail != "" {
		dst = append(dst, tp.tail...)
	}
	return dst, ascii, nil
}
