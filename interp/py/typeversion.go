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
// also listed (weakly) so that TypesChanged, the blunt form for code that
// edits a type's Dict directly, can renew them all.

var typeVersion atomic.Uint64

var registry struct {
	sync.Mutex
	types []weak.Pointer[Type]
	live  int // len(types) after the last sweep of dead entries
}

// registerType gives a finished type its first version.
func registerType(typ *Type) {
	typ.renewVersion()
	registry.Lock()
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

type mcEntry struct {
	ver  uint64
	name *Str
	v    Value
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
		return e.v
	}
	var v Value
	if user {
		v = userLookupSlow(typ, name)
	} else {
		v = typ.lookupSlow(name)
	}
	*e = mcEntry{ver, name, v}
	return v
}
