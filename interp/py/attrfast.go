package py

import "unsafe"

// Entry-level access to attribute dicts for the VM's inline attribute
// caches. A cache remembers where in an instance dict's entry array a
// name was last seen; the next access checks that entry's key by pointer
// (names in code objects are interned, so an attribute stored through
// STORE_ATTR has the very same key) and only hashes when the hint is
// stale. Deleting a key empties its entry, so a stale hint can only miss,
// never find a wrong value.

// StrAt returns the value at entry i when that entry's key is name
// itself.
func (d *Dict) StrAt(i int32, name *Str) (Value, bool) {
	if d != nil && uint(i) < uint(len(d.entries)) {
		if e := &d.entries[i]; e.key.p == unsafe.Pointer(name) {
			return e.value, true
		}
	}
	return Null, false
}

// SetStrAt overwrites the value at entry i when that entry's key is name
// itself; false means the hint is stale.
func (d *Dict) SetStrAt(i int32, name *Str, v Value) bool {
	if d != nil && uint(i) < uint(len(d.entries)) {
		if e := &d.entries[i]; e.key.p == unsafe.Pointer(name) {
			e.value = v
			d.Version++
			return true
		}
	}
	return false
}

// StrIndex is the entry index of a str key, or -1.
func (d *Dict) StrIndex(name *Str) int32 {
	if d == nil {
		return -1
	}
	if d.index == nil {
		return d.lazyStrIndex(name)
	}
	h := name.Hash()
	if !d.mayHoldHash(h) {
		return d.lazyStrIndex(name) // dictbloom.go
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return d.lazyStrIndex(name)
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && (e.key.p == unsafe.Pointer(name) || (e.key.Type() == StrType && StrOf(e.key) == name.s)) {
				return ix
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// HasStr reports whether d may hold a key equal to the str name: false
// means certainly not, so a method the type provides is not shadowed
// by the instance dict. Every method call on an instance with a dict
// asks, and the answer is nearly always no, so the probe is written out
// here and settles on the key's identity (attribute names are interned).
// A key of the same hash that is not name itself (the same text in
// another str, a str subclass, an object whose __eq__ would have to
// run) answers true, and the caller takes the generic lookup.
func (d *Dict) HasStr(name *Str) bool {
	h, hashed := name.hashKnown()
	if d == nil || hashed && !d.mayHoldHash(h) && holder() == nil {
		return false // dictbloom.go: the usual answer for a method name
	}
	if !hashed || d.index == nil {
		return d.Len() != 0 && d.StrIndex(name) >= 0
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return holder() != nil && d.StrIndex(name) >= 0
		}
		if ix >= 0 {
			if e := &d.entries[ix]; e.key.p == unsafe.Pointer(name) || e.hash == h {
				return true
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// NoInstanceDict reports whether typ's instances have __slots__ and no
// __dict__, so nothing of theirs can shadow a method of the class.
func NoInstanceDict(typ *Type) bool { return noInstanceDict(typ) }

// InstanceDict is the __dict__ of an instance of a class with PlainAttrs
// (the caller has checked); the methods above take a nil one as empty.
func InstanceDict(v Value) *Dict { return (*Instance)(v.p).Dict }

// SetStrIndex stores name: v and returns the entry index it went to.
func (d *Dict) SetStrIndex(name *Str, v Value) int32 {
	n := len(d.entries)
	d.SetS(name, v)
	if len(d.entries) == n+1 && d.entries[n].key.p == unsafe.Pointer(name) {
		return int32(n) // appended: the usual case, a new attribute
	}
	return d.StrIndex(name)
}

// CachedAttrs reports whether attribute access on instances of a user
// class is the generic algorithm over an Instance (no __getattribute__,
// __getattr__, __setattr__ or __delattr__ of its own, laid out as
// object), with or without an instance dict: what the VM's attribute
// caches may stand in for. It holds while the type's version does.
func (typ *Type) CachedAttrs() bool {
	return typ.User && typ.flags()&(flagGetattribute|flagGetattr|flagSetattr|flagDelattr) == 0 && layoutIs(typ, ObjectType)
}

// SlotIndex is the slot a member descriptor found on typ reads for
// typ's instances; ok false when it does not apply to them.
func SlotIndex(descr Value, typ *Type) (int32, bool) {
	md := (*Member)(descr.p)
	if !typ.IsSubtype(md.Owner) {
		return 0, false
	}
	l := layoutOf(typ)
	if l == nil || l.n <= md.Index {
		return 0, false
	}
	return int32(md.Index), true
}

// SlotAt is slot i of v, an instance of a class with __slots__ for
// which SlotIndex gave i (the caller has checked v's type): unchecked.
func SlotAt(v Value, i int32) Value {
	return *(*Value)(unsafe.Add(v.p, unsafe.Sizeof(slotted{})+uintptr(i)*unsafe.Sizeof(Value{})))
}

// SetSlotAt stores x in slot i of v, on SlotAt's terms.
func SetSlotAt(v Value, i int32, x Value) {
	*(*Value)(unsafe.Add(v.p, unsafe.Sizeof(slotted{})+uintptr(i)*unsafe.Sizeof(Value{}))) = x
}
