package py

import (
	"strconv"
	"sync/atomic"
	"unsafe"
)

// Lazy names. A Jupyter kernel's user namespace gains a name for every
// cell it stores, _i1, _i2, ... (IPython's _iN: the cell's text), and
// keeps them for the session: as dict entries, a 40-byte entry, its
// index slot and a str key of 56 bytes each, two thirds of what a
// stored cell keeps. LazyNames lets the dict hold such names as a cell
// number and a place in its insertion order, 8 bytes, and makes their
// entries, all at once and each in its place, the first time anything
// could tell the difference:
//
//   - a lookup, store or delete of one of the names (by the VM's name
//     lookups, d[k], k in d, get, pop, setdefault, del), or of a key
//     that is not an exact str (it could compare equal to one);
//   - iteration, a view, repr, copy, comparison, popitem, update from
//     the dict, a class made from it.
//
// len() counts them without making them, and lookups of other keys do
// not need them, so a session that never looks at its _iN names never
// pays for them. The values are made then by the owner's Value (the
// kernel's history keeps the texts anyway).
//
// One dict in the process holds lazy names at a time (a kernel has one
// user namespace): the hooks on the dict's paths are then a load and a
// compare with the holder, nothing when there is none (`bytepy run`).
// A second holder makes the first's names real.

// LazyNames are the names Prefix+N (N > 0) a dict holds without entries.
type LazyNames struct {
	// Prefix is the names' common start ("_i").
	Prefix string
	// Value is the value of Prefix+N when its entry is made; false
	// leaves the name out.
	Value func(n int) (Value, bool)

	d *Dict
	// nums are the numbers of the names, in insertion order; pos[i] is
	// the index in d.entries the name sits before (d.entries' length
	// when it was added, kept up as rebuilds drop deleted entries).
	nums []int32
	pos  []int32
	// top is the largest number added; sorted says nums are increasing
	// (the usual case: cells are numbered upwards), so that membership
	// is a binary search.
	top    int32
	sorted bool
}

// lazyHolder is the one *LazyNames attached to a dict, or nil (an
// unsafe.Pointer rather than an atomic.Pointer: its loads, inlined in
// the dict's miss paths, cost a plain load).
var lazyHolder unsafe.Pointer

// holder is lazyHolder.
func holder() *LazyNames { return (*LazyNames)(atomic.LoadPointer(&lazyHolder)) }

// lazyOf is d's lazy names, or nil.
func (d *Dict) lazyOf() *LazyNames {
	if l := holder(); l != nil && l.d == d {
		return l
	}
	return nil
}

// Len is the number of items, lazy names included.
func (d *Dict) Len() int {
	if l := d.lazyOf(); l != nil {
		return int(d.used) + len(l.nums)
	}
	return int(d.used)
}

// AttachLazyNames makes d the holder of l's names (none yet). A
// previous holder's names are made real first.
func (d *Dict) AttachLazyNames(l *LazyNames) {
	if old := holder(); old != nil {
		old.materialize()
	}
	l.d, l.nums, l.pos, l.top, l.sorted = d, nil, nil, 0, true
	atomic.StorePointer(&lazyHolder, unsafe.Pointer(l))
}

// Add sets Prefix+n in the dict, to the value Value(n) will give: as a
// lazy name when the dict has no entry for it, else in place (the
// user set it, or the names were made). It is an insertion like any
// other: the name takes its place in the dict's order now.
func (l *LazyNames) Add(n int) {
	d := l.d
	name := l.Prefix + strconv.Itoa(n)
	if holder() != l || n < 1 || n > 1<<31-1 {
		if v, ok := l.Value(n); ok {
			d.SetS(AsStr(NewStr(name)), v)
		}
		return
	}
	d.Version++
	if l.has(int32(n)) {
		return // its value is Value's, its place stays
	}
	// name is not lazy here, so StrIndex finds only a real entry
	if ix := d.StrIndex(AsStr(NewStr(name))); ix >= 0 {
		if v, ok := l.Value(n); ok {
			d.entries[ix].value = v
		}
		return
	}
	if int32(n) <= l.top {
		l.sorted = false
	}
	l.top = max(l.top, int32(n))
	l.nums = append(l.nums, int32(n))
	l.pos = append(l.pos, int32(len(d.entries)))
}

// has reports whether n is among the lazy names.
func (l *LazyNames) has(n int32) bool {
	if n > l.top {
		return false
	}
	if l.sorted {
		lo, hi := 0, len(l.nums)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if l.nums[m] < n {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo < len(l.nums) && l.nums[lo] == n
	}
	for _, x := range l.nums {
		if x == n {
			return true
		}
	}
	return false
}

// holdsText reports whether s is one of the lazy names.
func (l *LazyNames) holdsText(s string) bool {
	if len(l.nums) == 0 || len(s) <= len(l.Prefix) || s[:len(l.Prefix)] != l.Prefix {
		return false
	}
	digits := s[len(l.Prefix):]
	n, err := strconv.ParseInt(digits, 10, 32)
	// "_i05" and "_i+5" are other names
	if err != nil || n < 1 || digits[0] < '1' || digits[0] > '9' {
		return false
	}
	return l.has(int32(n))
}

// mayHold reports whether a lookup of key that missed the entries
// could have found a lazy name: key is one, or is not an exact str and
// so could compare equal to one.
func (l *LazyNames) mayHold(key Value) bool {
	if len(l.nums) == 0 {
		return false
	}
	if key.IsInt() || key.IsFloat() || key.IsNone() || key.IsBool() {
		return false // their equality with a str is always false
	}
	if key.Type() != StrType {
		return true
	}
	return l.holdsText(StrOf(key))
}

// settle makes d's lazy names real, if it has any: for the paths that
// read d's entries in order.
func (d *Dict) settle() {
	if holder() != nil {
		d.settleHeld()
	}
}

func (d *Dict) settleHeld() {
	if l := d.lazyOf(); l != nil {
		l.materialize()
	}
}

// materialize gives every lazy name its entry, in its place, and
// leaves the dict an ordinary one.
func (l *LazyNames) materialize() {
	if len(l.nums) == 0 {
		return
	}
	d := l.d
	nums, pos := l.nums, l.pos
	l.nums, l.pos, l.top, l.sorted = nil, nil, 0, true
	made := make([]dictEntry, 0, int(d.used)+len(nums))
	k := 0
	add := func() {
		if v, ok := l.Value(int(nums[k])); ok {
			key := NewStr(l.Prefix + strconv.Itoa(int(nums[k])))
			made = append(made, dictEntry{key, AsStr(key).Hash(), v})
		}
		k++
	}
	for i, e := range d.entries {
		for k < len(nums) && int(pos[k]) <= i {
			add()
		}
		if !e.key.IsNull() {
			made = append(made, e)
		}
	}
	for k < len(nums) {
		add()
	}
	// room as grow leaves it: the dict goes on as any other
	n := len(d.small)
	for n*2/3 <= len(made) {
		n *= 2
	}
	d.entries = made
	d.used = int32(len(made))
	d.rebuild(n, make([]dictEntry, 0, n*2/3))
	d.Version++
}

// compacted moves the lazy names' places when a rebuild drops the
// deleted entries of old: a place counts the live entries before it.
func (l *LazyNames) compacted(old []dictEntry) {
	live, i := 0, 0
	for k, p := range l.pos {
		for ; i < int(p) && i < len(old); i++ {
			if !old[i].key.IsNull() {
				live++
			}
		}
		l.pos[k] = int32(live)
	}
}

// emptied puts the lazy names first when every entry was deleted and
// the entry array starts over.
func (l *LazyNames) emptied() {
	for k := range l.pos {
		l.pos[k] = 0
	}
}

// cleared drops the lazy names with the dict's other items.
func (l *LazyNames) cleared() { l.nums, l.pos, l.top, l.sorted = nil, nil, 0, true }

// lazyStr is getStr's answer, when some dict holds lazy names, for a
// name d's entries lack: a lazy name's value, once the names are made,
// else absent. (getStr tests for a holder itself: it is the miss path of
// every attribute lookup.)
func (d *Dict) lazyStr(name *Str) (Value, bool) {
	if l := d.lazyOf(); l != nil && l.holdsText(name.s) {
		l.materialize()
		return d.getStr(name)
	}
	return Null, false
}

// lazyStrIndex is StrIndex's lazyStr.
func (d *Dict) lazyStrIndex(name *Str) int32 {
	if holder() != nil {
		return d.lazyStrIndexHeld(name)
	}
	return -1
}

func (d *Dict) lazyStrIndexHeld(name *Str) int32 {
	if l := d.lazyOf(); l != nil && l.holdsText(name.s) {
		l.materialize()
		return d.StrIndex(name)
	}
	return -1
}

// Len is the number of lazy names (the dict's Len counts them too).
func (l *LazyNames) Len() int {
	if holder() != l {
		return 0
	}
	return len(l.nums)
}

// RangeMade is Range over the items that have entries, leaving lazy
// names lazy: for Go code that lists a namespace's names without showing
// its order (completion, %who), which gets the lazy ones from
// LazyNames.RangeNames.
func (d *Dict) RangeMade(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if !e.key.IsNull() && !f(e.key, e.value) {
			return
		}
	}
}

// RangeNames calls f with each lazy name, in order.
func (l *LazyNames) RangeNames(f func(name string)) {
	if holder() != l {
		return
	}
	for _, n := range l.nums {
		f(l.Prefix + strconv.Itoa(int(n)))
	}
}
