package py

import "unsafe"

// DictStrItem is d[k] for an exact dict and an exact str key, as the
// VM's BINARY_SUBSCR tries it first (env[name], table[op]): the str's
// cached hash, then a probe that compares keys by identity or, for two
// exact strs, by text. ok is false when the key is absent or its probe
// meets a key of another type with the same hash (whose __eq__ must be
// asked): the caller then takes the general path, which raises the
// KeyError or runs the comparison as before.
func DictStrItem(dv, kv Value) (Value, bool) {
	d := AsDict(dv)
	if d.index == nil {
		return Null, false
	}
	k := (*Str)(kv.p)
	h := k.Hash()
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return Null, false
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.p == unsafe.Pointer(k) {
				return e.value, true
			}
			if e.hash == h {
				if e.key.Type() != StrType {
					return Null, false
				}
				if StrOf(e.key) == k.s {
					return e.value, true
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}
