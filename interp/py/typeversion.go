package py

import "sync/atomic"

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
// TypesChanged is the blunt form for code that edits a type's Dict
// directly: it advances a global epoch, and each type takes a fresh
// version the next time its version is asked for.

var (
	typeEpoch   atomic.Uint64
	typeVersion atomic.Uint64
)

func init() { typeEpoch.Store(1) }

// TypesChanged invalidates every type's version (and so every cache
// keyed on one); call it after changing a class's Dict directly.
func TypesChanged() { typeEpoch.Add(1) }

// Version is the type's current version tag; it is never 0.
func (typ *Type) Version() uint64 {
	if typ.verEpoch == typeEpoch.Load() {
		return typ.version
	}
	return typ.renewVersion()
}

func (typ *Type) renewVersion() uint64 {
	typ.verEpoch = typeEpoch.Load()
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
