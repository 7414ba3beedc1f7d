package py

// A dict grows by grow's policy, room for twice its live items, which
// keeps its entries array two to four times the items. A dict that only
// ever grows, for days (a Jupyter kernel's __main__, which gains an _iN
// name every cell), is better kept tight: its owner asks how much room
// is left before it inserts, and has the dict rebuilt with a little room
// when there is none or when a grow has left too much.

// Slack is how many more entries the dict can append before its entries
// array or its index must be reallocated.
func (d *Dict) Slack() int {
	if d.index == nil {
		return 0
	}
	return min(cap(d.entries), len(d.index)*2/3) - len(d.entries)
}

// Tighten rebuilds the dict with its live items in order, deleted
// entries dropped, room for exactly room more before it must grow again,
// and the smallest index that keeps it at most 2/3 full. Like grow, it
// moves entries, so callers do it only just before inserting a new key:
// an iterator running over the dict then fails on the size change, as
// it does when the insert grows the dict.
func (d *Dict) Tighten(room int) {
	want := int(d.used) + max(room, 1)
	n := len(d.small)
	for n*2/3 < want {
		n *= 2
	}
	d.rebuild(n, make([]dictEntry, 0, want))
	d.Version++
}
