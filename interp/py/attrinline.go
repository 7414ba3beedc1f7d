package py

import "unsafe"

// Entry access small enough for the Go compiler to inline into the VM's
// eval loop, which inlines only callees of cost 20 or less: StrAt and
// SetStrAt are real calls there, and a call in the loop costs the spill
// and reload of its registers as well. The loop writes the hint check
// of its attribute caches out with these.

// AttrEntry is an entry of a dict's entry array, seen from the VM.
type AttrEntry = dictEntry

// Ents is d's entry array (deleted entries have no key); nil for a nil
// d, which instances without a __dict__ have.
func (d *Dict) Ents() []AttrEntry {
	if d == nil {
		return nil
	}
	return d.entries
}

// KeyIs reports whether the entry's key is name itself.
func (e *dictEntry) KeyIs(name *Str) bool { return e.key.p == unsafe.Pointer(name) }

// Val is the entry's value.
func (e *dictEntry) Val() Value { return e.value }

// SetEntry stores v as the value of e, an entry of d's Ents whose key is
// set, as a store of an existing key does.
func (d *Dict) SetEntry(e *AttrEntry, v Value) {
	e.value = v
	d.Version++
}
