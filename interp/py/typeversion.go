package py

import (
	"sync"
	"sync/atomic"
	"weak"
)

// Type version tags.
//
// Every type has a version number, drawn from one global counter, that
// changes whenever what a lookup on the type could find changes: an
// attribute of the class or of any base is set or deleted. Because the
// numbers are never reused, a cache that recorded (type, version) can
// trust its entry exactly while the type still has that version; the
// VM's per-instruction attribute caches and the per-type lookup cache
// below both rely on it. A change to a class bumps the class and, through
// the weak subclass lists, every class deriving from it.
//
// A type gets its first version when it is complete (registerType: the
// end of initType for built-in types, of NewClass for classes); until
// then its version is 0, which no cache accepts. Registered types are
// also listed (classes weakly, built-in types strongly) so that
// TypesChanged, the blunt form for code that edits a type's Dict
// directly, can renew them all.

var typeVersion atomic.Uint64

var registry struct {
	sync.Mutex
	types []weak.Pointer[Type]
	live  int // len(types) after the last sweep of dead entries
	// builtin are the built-in types, held strongly: they live as long
	// as the process, and a weak pointer costs each a special record
	// in the collector (a few per cent of start-up for ~130 of them)
	builtin []*Type
}

// registerType gives a finished type its first version.
func registerType(typ *Type) {
	typ.renewVersion()
	registry.Lock()
	if !typ.User {
		registry.builtin = append(registry.builtin, typ)
		registry.Unlock()
		return
	}
	if len(registry.types) >= 2*registry.live+64 {
		sweepRegistry()
	}
	registry.types = append(registry.types, weak.Make(typ))
	registry.Unlock()
}

func sweepRegistry() {
	live := registry.types[:0]
	for _, w := range registry.types {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	clear(registry.types[len(live):])
	registry.types = live
	registry.live = len(live)
}

// TypesChanged invalidates every type's version (and so every cache
// keyed on one); call it after changing a type's Dict directly.
func TypesChanged() {
	registry.Lock()
	defer registry.Unlock()
	sweepRegistry()
	for _, typ := range registry.builtin {
		typ.renewVersion()
	}
	for _, w := range registry.types {
		if typ := w.Value(); typ != nil {
			typ.renewVersion()
		}
	}
}

// Version is the type's current version tag; 0 means not cacheable.
func (typ *Type) Version() uint64 { return typ.version }

func (typ *Type) renewVersion() uint64 {
	typ.version = typeVersion.Add(1)
	return typ.version
}

// Modified gives typ and all its subclasses new versions; call it when
// the type's namespace, bases or MRO changes (PyType_Modified).
func (typ *Type) Modified() {
	typ.renewVersion()
	live := typ.subclasses[:0]
	for _, w := range typ.subclasses {
		if c := w.Value(); c != nil {
			c.Modified()
			live = append(live, w)
		}
	}
	clear(typ.subclasses[len(live):])
	typ.subclasses = live
}

// The per-type lookup cache (CPython keeps one global method cache; one
// per user class keeps interpreters on different goroutines apart, since
// user classes belong to one interpreter). An entry is valid while its
// version is the type's: a version change empties the cache for free.
const mcBits = 6

// An entry holds the value found, or for plain data (see replaceData)
// where it lives: d's entry idx, read at each hit.
type mcEntry struct {
	ver  uint64
	name *Str
	v    Value
	d    *Dict
	idx  int32
}

// methodCache holds Lookup results in the first half and userLookup
// results (dunders defined by user classes) in the second.
type methodCache [2 << mcBits]mcEntry

func (typ *Type) cachedLookup(name *Str, user bool) Value {
	ver := typ.Version()
	if ver == 0 {
		if user {
			return userLookupSlow(typ, name)
		}
		return typ.lookupSlow(name)
	}
	mc := typ.mcache
	if mc == nil {
		mc = new(methodCache)
		typ.mcache = mc
	}
	h := uint64(name.Hash())
	i := (h ^ h>>mcBits) & (1<<mcBits - 1)
	if user {
		i += 1 << mcBits
	}
	e := &mc[i]
	if e.ver == ver && e.name == name {
		if e.d != nil {
			return e.d.entries[e.idx].value
		}
		return e.v
	}
	v, d, idx := typ.LookupEntry(name, user)
	if d == nil || !IsPlainData(v) {
		d, idx = nil, 0
	}
	*e = mcEntry{ver, name, v, d, idx}
	return v
}

// LookupEntry is the MRO lookup, also saying which class dict and entry
// the value came from (d nil when not found). user stops at the first
// built-in class, as userLookup does.
func (typ *Type) LookupEntry(name *Str, user bool) (Value, *Dict, int32) {
	for _, m := range typ.MRO {
		if user && !m.User {
			break
		}
		if i := m.Dict().StrIndex(name); i >= 0 {
			d := m.Dict()
			return d.entries[i].value, d, i
		}
	}
	return Null, nil, 0
}

// ValueAt is the value of a dict's entry i (a place LookupEntry
// reported, still valid while the owning type's version is unchanged).
func (d *Dict) ValueAt(i int32) Value { return d.entries[i].value }

// SetValueAt rebinds the value of a dict's entry i (see ValueAt).
func (d *Dict) SetValueAt(i int32, v Value) {
	d.entries[i].value = v
	d.Version++
}

// Plain data class attributes.
//
// A class attribute holding plain data (an int, a str, a list: a value of
// a built-in type that is not a descriptor) can be rebound without
// changing the class's version, as in `cls.count += 1`; otherwise every
// such store would throw away every cache on the class and its
// subclasses. Nothing keyed on the version depends on such a value
// itself, only on its being plain data there, so the caches that found
// plain data remember where it lives (dict and entry) and read it at each
// use. Dunder names are excluded: the type's slots and flags derive from
// them.

// IsPlainData reports whether v, found on a class, is plain data.
func IsPlainData(v Value) bool {
	t := v.Type()
	return !t.User && t.DescrGet == nil && t.DescrSet == nil
}

// replaceData rebinds an existing plain-data class attribute to another
// plain value in place; false means the store needs the general path.
func (typ *Type) replaceData(name *Str, val Value) bool {
	if val.IsNull() || !IsPlainData(val) || isDunder(name.s) {
		return false
	}
	i := typ.Dict().StrIndex(name)
	if i < 0 || !IsPlainData(typ.Dict().entries[i].value) {
		return false
	}
	typ.Dict().entries[i].value = val
	typ.Dict().Version++
	return true
}

func isDunder(s string) bool {
	return len(s) >= 4 && s[:2] == "__" && s[len(s)-2:] == "__"
}
