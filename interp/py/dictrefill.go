package py

// DictOfDictInto is DictOfDict, refilling into when it can: into is an
// exact dict from an earlier DictOfDict that nothing else references
// (the VM proves it, callpriv.go), so becoming the copy instead of a new
// dict cannot be seen. Its small index and entry array are reused when
// the copy fits them; its Version moves on, as for any mutation, so no
// cache keyed on it stays valid.
func DictOfDictInto(fn, arg Value, into *Dict) (Value, bool) {
	if into == nil || AsType(fn) != DictType || arg.Type() != DictType {
		return DictOfDict(fn, arg)
	}
	o := AsDict(arg)
	if o == into || !copyRunsNoEq(o) {
		return DictOfDict(fn, arg)
	}
	o.settle()
	if int(o.used) > cap(into.entries) || int(o.used) > len(smallDict{}.ents) || len(into.index) != len(into.small) || &into.index[0] != &into.small[0] || into.lazyOf() != nil {
		return DictOfDict(fn, arg)
	}
	clear(into.entries)
	into.entries = into.entries[:0]
	for i := range into.index {
		into.index[i] = ixEmpty
	}
	into.used = 0
	into.fillFrom(o)
	into.Version++
	return into.V(), true
}
