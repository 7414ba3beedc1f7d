package py

// listSpliceInPlace replaces l.items[lo:hi] with src (which is not
// l's own array) inside the list's backing array when the new length
// fits its capacity and uses at least half of it, as 3.7's list_resize
// keeps an allocation that is not shrinking below half: the tail moves
// by one memmove and no new array is made. It reports false when the
// caller must build a new array.
func listSpliceInPlace(l *List, lo, hi int, src []Value) bool {
	old := len(l.items)
	n := old - (hi - lo) + len(src)
	if n > cap(l.items) || 2*n < cap(l.items) {
		return false
	}
	items := l.items[:max(n, old)]
	copy(items[lo+len(src):], items[hi:old]) // memmove, either direction
	copy(items[lo:], src)
	if n < old {
		clear(items[n:old]) // a shrunk list holds no stale references
	}
	l.items = items[:n]
	return true
}
