package py

import "unsafe"

// specCache is a thread's last few parsed format specs: an f-string or
// format() in a loop formats with the same constant specs every time, so
// the parse is kept, keyed by the spec's text. Per thread, so no locking.
type specCache struct {
	ent  [4]specEntry
	next uint8
}

type specEntry struct {
	spec string
	f    formatSpec
}

// parsedSpec is parseSpec(spec) through the thread's cache (t may be
// nil: no cache). Only specs that parse are kept; errors are made anew.
func (t *Thread) parsedSpec(spec string) (formatSpec, *Exception) {
	if t == nil || spec == "" {
		return parseSpec(spec)
	}
	c := &t.specs
	for i := range c.ent {
		// a constant spec is the same text each time: its pointer
		// decides without comparing bytes
		if e := &c.ent[i]; len(e.spec) == len(spec) && (unsafe.StringData(e.spec) == unsafe.StringData(spec) || e.spec == spec) {
			return e.f, nil
		}
	}
	f, err := parseSpec(spec)
	if err == nil {
		c.ent[c.next%uint8(len(c.ent))] = specEntry{spec, f}
		c.next++
	}
	return f, err
}

// specRef is parsedSpec without copying the parse out of the cache:
// the spec it points to stays valid until t's next parse of another
// spec, so a caller uses it before anything else formats on t.
func (t *Thread) specRef(spec string) (*formatSpec, *Exception) {
	if t != nil && spec != "" {
		// a constant spec is found by its pointer alone, before any
		// other spec of its length has its bytes compared
		c := &t.specs
		p := unsafe.StringData(spec)
		for i := range c.ent {
			if e := &c.ent[i]; unsafe.StringData(e.spec) == p && len(e.spec) == len(spec) {
				return &e.f, nil
			}
		}
		for i := range c.ent {
			if e := &c.ent[i]; e.spec == spec {
				return &e.f, nil
			}
		}
	}
	f, err := t.parsedSpec(spec)
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// groupingErr is the spec parser's check (3.7's) that a ',' or '_'
// goes with a presentation type that groups; def is the type the
// formatted object's spec parse assumes when none is given.
func (f *formatSpec) groupingErr(def byte) *Exception {
	if f.grouping == 0 {
		return nil
	}
	typ := f.typ
	if typ == 0 {
		typ = def
	}
	switch typ {
	case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		return nil
	case 'b', 'o', 'x', 'X':
		if f.grouping == '_' {
			return nil
		}
	}
	if typ > 32 && typ < 128 {
		return Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, typ)
	}
	return Errorf(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", f.grouping, typ)
}

// indexTwo is strings.IndexAny(s, string([]byte{a, b})) for two ascii
// bytes, for the short field names str.format scans.
func indexTwo(s string, a, b byte) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == a || c == b {
			return i
		}
	}
	return -1
}
