package vm

import "github.com/bytepy/bytepy/interp/py"

// The empty default of d.setdefault(k, []) and d.get(k, {}).
//
// `groups.setdefault(key, []).append(x)` builds a fresh empty list on
// every call, and when the key is already there (almost always) the
// list is dropped unseen. CPython takes one from its free list; here
// it would be an allocation and more garbage to collect. So BUILD_LIST 0
// or BUILD_MAP 0 just before CALL_METHOD 2 (opEmptyDefault) first asks
// whether the call about to run is setdefault or get of an exact dict
// holding the key; if so the result is the stored value and the call and
// the empty container are skipped.
//
// Skipping is exact only when nothing observable would have happened:
// the key must be a pure one (py.PureKey: its hash and equality run no
// Python code, so looking it up here and again in the real call is the
// same as looking it up once), and the recursion limit must not be
// reached (the call itself could raise RecursionError there).

var dictSetdefault, dictGet py.Value

func init() {
	// dict's own methods, once its dict is built (before that no
	// d.get was looked up)
	py.DictType.OnBuilt(func(d *py.Dict) {
		dictSetdefault, _ = d.GetStr("setdefault")
		dictGet, _ = d.GetStr("get")
	})
}

// emptyDefaultHit returns d[key] when the stack holds (method, self, key)
// of an exact dict's setdefault or get and key is present.
func emptyDefaultHit(t *py.Thread, m, self, key py.Value) (py.Value, bool) {
	if self.Type() != py.DictType || (m != dictSetdefault && m != dictGet) || m.IsNull() ||
		t.Depth >= t.RecursionLimit || !py.PureKey(key) {
		return py.Null, false
	}
	v, ok, _ := py.AsDict(self).GetItem(t, key)
	return v, ok
}

// dictAugSubscr is the read of `d[k] op= v` on an exact dict: a present
// pure key is looked up remembering the entry (py's lookup memo), so the
// store that follows finds it without hashing and probing again. Absent
// keys, and keys whose lookup could run Python code, take the plain
// instructions.
func dictAugSubscr(t *py.Thread, d, k py.Value) (py.Value, bool) {
	if k.IsNull() {
		return py.Null, false
	}
	if v, found, ok := py.AsDict(d).MemoGet(t, k); ok {
		return v, found // `if k in d: d[k] += 1`: the test's lookup
	}
	if !py.PureKey(k) {
		return py.Null, false
	}
	v, ok, _ := py.AsDict(d).GetItemMemo(t, k)
	return v, ok
}
