package py

import "unsafe"

// s.add(k), s.discard(k) and s.remove(k) with k an inline int on an
// exact set: the VM compares the callee LOAD_METHOD pushed with the
// builtin methods and makes the change without the builtin call (its
// argument checks, wrapper and result), as l.append does (listappend.go).
// Builtin types' dicts cannot be changed from Python, so the pointers
// stay valid; a subclass is not exact and takes the general call.
var setAddFn, setDiscardFn, setRemoveFn unsafe.Pointer

func init() {
	SetType.OnBuilt(func(d *Dict) {
		for _, m := range []struct {
			name string
			p    *unsafe.Pointer
		}{{"add", &setAddFn}, {"discard", &setDiscardFn}, {"remove", &setRemoveFn}} {
			if v, ok := d.GetStr(m.name); ok {
				*m.p = v.p
			}
		}
	})
}

// SetIntCall is fn(s, k) for fn set.add, set.discard or set.remove, s of
// type set and k an inline int (the caller checked both): done is false,
// with nothing changed, when fn is another callee, when the probe meets
// an entry that might equal k by its __eq__, and when remove would raise
// KeyError; the general call then does it all.
func SetIntCall(fn, s, k Value) (done bool) {
	set := (*Set)(s.p)
	switch fn.p {
	case setAddFn:
		return set.addInt(k)
	case setDiscardFn, setRemoveFn:
		i, ok := set.FindInt(k)
		if !ok || i < 0 && fn.p == setRemoveFn {
			return false
		}
		if i >= 0 {
			set.removeAt(i)
		}
		return true
	}
	return false
}
