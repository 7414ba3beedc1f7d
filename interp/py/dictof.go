package py

// DictOfDict is dict(d) for the VM's call of the exact type dict with one
// exact dict argument: the copy typeCall would make, without the trip
// through type.__call__. ok is false for any other call.
func DictOfDict(fn, arg Value) (Value, bool) {
	if AsType(fn) != DictType || arg.Type() != DictType || !copyRunsNoEq(AsDict(arg)) {
		return Null, false
	}
	return copyDict(AsDict(arg)).V(), true
}

// copyRunsNoEq reports whether dict(d) may skip the key comparisons
// CPython 3.7 makes: its dict(d) inserts the keys one by one into the new
// dict, so keys with equal hashes are compared, running a user __eq__.
// With one key, or keys whose equality is built in (memoKey), no
// comparison can be seen.
func copyRunsNoEq(d *Dict) bool {
	if d.used <= 1 {
		return true
	}
	for i := range d.entries {
		if k := d.entries[i].key; !k.IsNull() && !memoKey(k) {
			return false
		}
	}
	return true
}
