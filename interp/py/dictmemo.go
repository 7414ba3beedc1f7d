package py

// The lookup memo. Code that tests a key and then reads or writes it,
// `if k in d: d[k] += 1` or `d[k] = d.get(k, 0) + 1`, looks the same key
// up two or three times in a row; CPython hashes and probes each time.
// Each thread remembers its last dict lookup made where a repeat is
// likely (`k in d`, d.get: GetItemMemo) with the dict, its version, the
// key object and the entry or free slot found; any lookup or store of the
// identical key in the unchanged dict takes the answer from there. Plain
// reads (d[k]) do not remember: most are not followed by the same key,
// and remembering costs a few stores.
//
// That is exact only when redoing the lookup could not behave
// differently: the key must be immutable with a hash and equality that
// run no Python code (memoKey), and the first lookup must not have
// compared it with a stored key through a user __eq__ (keyEq marks the
// memo impure when it falls back to rich comparison), since CPython
// would call that __eq__ again. Any change to the dict bumps its
// Version, which the memo checks.

// dictMemo is the last memoisable dict lookup of a thread.
type dictMemo struct {
	d       *Dict
	version uint64
	key     Value
	hash    int64
	ix      int32 // entry index, or -1 when the key was absent
	slot    int32 // where an absent key would go in the index
	// impure is set by keyEq when a lookup ran a rich comparison
	impure bool
}

// memoKey reports whether a key's hash and equality are pure functions
// of an immutable value: ints, strs, None, bools and tuples of those.
// (Floats are left out: distinct NaN objects must stay distinct keys.)
func memoKey(v Value) bool {
	if v.IsInt() || v.IsNone() || v.IsBool() {
		return true
	}
	switch v.Type() {
	case StrType:
		return true
	case TupleType:
		for _, x := range AsTuple(v) {
			if !(x.Type() == StrType || x.IsInt() || x.IsNone() || x.IsBool()) {
				return false
			}
		}
		return true
	}
	return false
}

// PureKey is memoKey for the VM: a key whose lookup runs no Python code
// whatever the dict holds, and gives the same answer while the dict is
// unchanged.
func PureKey(v Value) bool { return memoKey(v) }

// memoHit returns the thread's memo when it holds the answer for key in d.
func (d *Dict) memoHit(t *Thread, key Value) *dictMemo {
	if t == nil {
		return nil
	}
	if m := &t.memo; m.d == d && m.key == key && m.version == d.Version {
		return m
	}
	return nil
}

// MemoGet answers a read of key in d from the thread's memo, if it holds
// d and key: ok is false when it does not. Only pure keys are remembered,
// so a hit also says the key is one (PureKey) without looking at it.
func (d *Dict) MemoGet(t *Thread, key Value) (v Value, found, ok bool) {
	if m := d.memoHit(t, key); m != nil {
		if m.ix < 0 {
			return Null, false, true
		}
		return d.entries[m.ix].value, true, true
	}
	return Null, false, false
}

// remember records a lookup whose result was (ix, slot), unless it ran
// Python code or the key is not pure.
func (d *Dict) remember(t *Thread, key Value, h int64, ix, slot int) {
	if m := &t.memo; !m.impure && memoKey(key) {
		m.d, m.version, m.key, m.hash, m.ix, m.slot = d, d.Version, key, h, int32(ix), int32(slot)
	}
}

// setMemo is SetItem of the key m remembers.
func (d *Dict) setMemo(m *dictMemo, value Value) {
	d.Version++
	if m.ix >= 0 {
		d.entries[m.ix].value = value
		m.version = d.Version
		return
	}
	slot := int(m.slot)
	if d.index == nil || len(d.entries) >= len(d.index)*2/3 {
		d.grow()
		slot = d.emptySlot(m.hash)
	}
	d.insertAt(slot, m.key, value, m.hash)
	m.ix, m.version = int32(len(d.entries)-1), d.Version
}
