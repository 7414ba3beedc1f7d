package jsonmod

import (
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/py"
)

// decoder is one scan_once call: the document as code points (positions
// in errors count characters, not bytes) and the JSONDecoder's options.
type decoder struct {
	t                       *py.Thread
	doc                     py.Value
	s                       []rune
	strict                  bool
	parseFloat, parseInt    py.Value
	parseConstant           py.Value
	objectHook, objectPairs py.Value
	errType                 py.Value
}

// stopIteration is the signal that no value starts at pos.
type stopIteration struct{ pos int }

// scanOnce is _json.scan_once(s, idx, strict, parse_float, parse_int,
// parse_constant, object_hook, object_pairs_hook, JSONDecodeError):
// (value, end), StopIteration(idx) when no value starts at idx, or
// JSONDecodeError with CPython 3.7's message and position.
func scanOnce(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 9 || !py.IsStr(a[0]) || !a[1].IsInt() {
		return py.Null, py.Errorf(py.TypeErrorType, "scan_once() takes 9 arguments")
	}
	d := &decoder{t: t, doc: a[0], s: []rune(py.StrOf(a[0])), strict: py.Truth_(a[2]),
		parseFloat: a[3], parseInt: a[4], parseConstant: a[5], objectHook: a[6], objectPairs: a[7], errType: a[8]}
	idx := int(a[1].Int())
	if idx < 0 {
		return py.Null, py.Errorf(py.ValueErrorType, "idx cannot be negative")
	}
	v, end, stop, err := d.value(idx)
	if err != nil {
		return py.Null, err
	}
	if stop != nil {
		return py.Null, py.NewStopIteration(py.MakeInt(int64(stop.pos)))
	}
	return py.Tuple2(v, py.MakeInt(int64(end))), nil
}

func (d *decoder) fail(msg string, pos int) *py.Exception {
	e, err := py.Call(d.t, d.errType, []py.Value{py.NewStr(msg), d.doc, py.MakeInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	return py.AsException(e)
}

func (d *decoder) has(i int, word string) bool {
	if i+len(word) > len(d.s) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if d.s[i+j] != rune(word[j]) {
			return false
		}
	}
	return true
}

func (d *decoder) skip(i int) int {
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	return i
}

func (d *decoder) value(i int) (py.Value, int, *stopIteration, *py.Exception) {
	if i >= len(d.s) {
		return py.Null, 0, &stopIteration{i}, nil
	}
	switch c := d.s[i]; {
	case c == '"':
		v, end, err := d.str(i + 1)
		return v, end, nil, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.has(i, "null"):
		return py.None, i + 4, nil, nil
	case c == 't' && d.has(i, "true"):
		return py.True, i + 4, nil, nil
	case c == 'f' && d.has(i, "false"):
		return py.False, i + 5, nil, nil
	case c == 'N' && d.has(i, "NaN"):
		return d.constant("NaN", i+3)
	case c == 'I' && d.has(i, "Infinity"):
		return d.constant("Infinity", i+8)
	case c == '-' && d.has(i, "-Infinity"):
		return d.constant("-Infinity", i+9)
	}
	return d.number(i)
}

func (d *decoder) constant(name string, end int) (py.Value, int, *stopIteration, *py.Exception) {
	v, err := py.Call(d.t, d.parseConstant, []py.Value{py.NewStr(name)}, nil)
	return v, end, nil, err
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *decoder) number(start int) (py.Value, int, *stopIteration, *py.Exception) {
	s, n, i := d.s, len(d.s), start
	if i < n && s[i] == '-' {
		i++
	}
	switch {
	case i < n && s[i] >= '1' && s[i] <= '9':
		for i++; i < n && isDigit(s[i]); i++ {
		}
	case i < n && s[i] == '0':
		i++
	default:
		return py.Null, 0, &stopIteration{start}, nil
	}
	isFloat := false
	if i+1 < n && s[i] == '.' && isDigit(s[i+1]) {
		for i += 2; i < n && isDigit(s[i]); i++ {
		}
		isFloat = true
	}
	if i+1 < n && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if s[j] == '+' || s[j] == '-' {
			j++
		}
		k := j
		for k < n && isDigit(s[k]) {
			k++
		}
		if k > j {
			i = k
			isFloat = true
		}
	}
	text := string(s[start:i])
	if isFloat {
		if d.parseFloat == py.FloatType.V() {
			f, err := strconv.ParseFloat(text, 64)
			if err != nil && !strings.Contains(err.Error(), "range") {
				return py.Null, 0, nil, py.Errorf(py.ValueErrorType, "could not convert string to float: '%s'", text)
			}
			return py.MakeFloat(f), i, nil, nil
		}
		v, err := py.Call(d.t, d.parseFloat, []py.Value{py.NewStr(text)}, nil)
		return v, i, nil, err
	}
	if d.parseInt == py.IntType.V() {
		if v, ok := py.ParseInt(text, 10); ok {
			return v, i, nil, nil
		}
	}
	v, err := py.Call(d.t, d.parseInt, []py.Value{py.NewStr(text)}, nil)
	return v, i, nil, err
}

// escape is the character a one-letter JSON escape stands for (a switch:
// a package-level map is built at every process start).
func escape(c rune) (rune, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

func hex4(s []rune) (rune, bool) {
	var u rune
	for _, c := range s {
		u <<= 4
		switch {
		case c >= '0' && c <= '9':
			u |= c - '0'
		case c >= 'a' && c <= 'f':
			u |= c - 'a' + 10
		case c >= 'A' && c <= 'F':
			u |= c - 'A' + 10
		default:
			return 0, false
		}
	}
	return u, true
}

// str scans a string whose opening quote is at end-1, with the bounds
// and error positions of CPython's C scanstring.
func (d *decoder) str(end int) (py.Value, int, *py.Exception) {
	s, n := d.s, len(d.s)
	begin := end - 1
	var b strings.Builder
	i := end
	for {
		j := i
		for j < n && s[j] != '"' && s[j] != '\\' && !(s[j] < 0x20 && d.strict) {
			j++
		}
		if j >= n {
			return py.Null, 0, d.fail("Unterminated string starting at", begin)
		}
		b.WriteString(string(s[i:j]))
		if s[j] == '"' {
			return py.NewStr(b.String()), j + 1, nil
		}
		if s[j] != '\\' {
			return py.Null, 0, d.fail("Invalid control character at", j)
		}
		j++
		if j >= n {
			return py.Null, 0, d.fail("Unterminated string starting at", begin)
		}
		if s[j] != 'u' {
			r, ok := escape(s[j])
			if !ok {
				return py.Null, 0, d.fail("Invalid \\escape", j-1)
			}
			b.WriteRune(r)
			i = j + 1
			continue
		}
		if j+5 >= n {
			return py.Null, 0, d.fail("Invalid \\uXXXX escape", j)
		}
		u, ok := hex4(s[j+1 : j+5])
		if !ok {
			return py.Null, 0, d.fail("Invalid \\uXXXX escape", j)
		}
		i = j + 5
		if u >= 0xd800 && u <= 0xdbff && i+6 < n && s[i] == '\\' && s[i+1] == 'u' {
			u2, ok := hex4(s[i+2 : i+6])
			if !ok {
				return py.Null, 0, d.fail("Invalid \\uXXXX escape", i+1)
			}
			if u2 >= 0xdc00 && u2 <= 0xdfff {
				u = 0x10000 + ((u-0xd800)<<10 | (u2 - 0xdc00))
				i += 6
			}
		}
		b.WriteRune(u)
	}
}

func (d *decoder) object(i int) (py.Value, int, *stopIteration, *py.Exception) {
	var pairs [][2]py.Value
	s := d.s
	i = d.skip(i)
	if i < len(s) && s[i] == '}' {
		v, err := d.finishObject(pairs)
		return v, i + 1, nil, err
	}
	if i >= len(s) || s[i] != '"' {
		return py.Null, 0, nil, d.fail("Expecting property name enclosed in double quotes", i)
	}
	for {
		key, end, err := d.str(i + 1)
		if err != nil {
			return py.Null, 0, nil, err
		}
		i = d.skip(end)
		if i >= len(s) || s[i] != ':' {
			return py.Null, 0, nil, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skip(i + 1)
		v, end, stop, err := d.value(i)
		if err != nil {
			return py.Null, 0, nil, err
		}
		if stop != nil {
			return py.Null, 0, nil, d.fail("Expecting value", stop.pos)
		}
		pairs = append(pairs, [2]py.Value{key, v})
		i = d.skip(end)
		if i < len(s) && s[i] == '}' {
			v, err := d.finishObject(pairs)
			return v, i + 1, nil, err
		}
		if i >= len(s) || s[i] != ',' {
			return py.Null, 0, nil, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
		if i >= len(s) || s[i] != '"' {
			return py.Null, 0, nil, d.fail("Expecting property name enclosed in double quotes", i)
		}
	}
}

func (d *decoder) finishObject(pairs [][2]py.Value) (py.Value, *py.Exception) {
	if !d.objectPairs.IsNone() {
		items := make([]py.Value, len(pairs))
		for i, p := range pairs {
			items[i] = py.Tuple2(p[0], p[1])
		}
		return py.Call(d.t, d.objectPairs, []py.Value{py.NewList(items)}, nil)
	}
	dict := py.NewDict()
	for _, p := range pairs {
		if err := dict.SetItem(d.t, p[0], p[1]); err != nil {
			return py.Null, err
		}
	}
	if !d.objectHook.IsNone() {
		return py.Call(d.t, d.objectHook, []py.Value{dict.V()}, nil)
	}
	return dict.V(), nil
}

func (d *decoder) array(i int) (py.Value, int, *stopIteration, *py.Exception) {
	var items []py.Value
	s := d.s
	i = d.skip(i)
	if i < len(s) && s[i] == ']' {
		return py.NewList(items), i + 1, nil, nil
	}
	for {
		v, end, stop, err := d.value(i)
		if err != nil {
			return py.Null, 0, nil, err
		}
		if stop != nil {
			return py.Null, 0, nil, d.fail("Expecting value", stop.pos)
		}
		items = append(items, v)
		i = d.skip(end)
		if i < len(s) && s[i] == ']' {
			return py.NewList(items), i + 1, nil, nil
		}
		if i >= len(s) || s[i] != ',' {
			return py.Null, 0, nil, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}
