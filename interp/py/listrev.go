package py

import "slices"

// ReversePrefix is `l[:k + 1] = l[k::-1]` (fannkuch's flip) for an exact
// list l and an inline int k with 0 <= k < len(l): the slice read is the
// first k+1 items reversed and the assignment puts it back over the same
// k+1 items, so the list's prefix is reversed in place, with no list made
// and no item copied twice. ok is false for anything else (the caller
// then runs the statement's instructions).
func ReversePrefix(lv, kv Value) (ok bool) {
	if lv.Type() != ListType || !kv.IsInt() {
		return false
	}
	items := AsList(lv).items
	k := kv.Int()
	if k < 0 || k >= int64(len(items)) {
		return false
	}
	slices.Reverse(items[:k+1])
	return true
}
