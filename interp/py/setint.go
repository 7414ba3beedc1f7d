package py

// `c in cols` for a set of ints: an inline int's hash is itself when its
// magnitude is below the hash modulus (but -1's is -2, as for every
// hash), and equal ints are the same Value, so the
// probe needs neither Hash nor __eq__ as long as the first entry with
// the key's hash is the key itself. An entry with that hash that is
// something else (True for 1, 1.0, an object with a __hash__ of its own)
// may be equal to the key only by its __eq__: then ok is false and the
// caller takes the general path, which calls it.
//
// A set whose keys have all been inline ints also keeps a bitmap of
// which ints in [-64, 64) it holds (Set.ints, exact while Set.intsOK),
// so `k in s` for such a k is one bit test. A set that keys are added to
// and removed from (the columns and diagonals of a backtracking search)
// fills its table with dummies, and a probe that misses walks a long run
// of them before it meets an unused slot; the bitmap needs no probe.
// Only an int can equal an int without running Python code, and an
// inline int equals only itself, so with only inline int keys the bit
// is the answer. The table is still kept exactly as 3.7 keeps it: the
// bitmap only answers membership.
//
// Every write of the table goes through noteKey (a key stored),
// removeAt (a key replaced by a dummy), resetEmpty, mergeInts or
// takeTable; a Set made without NewSet has intsOK false, so a path that
// forgot the bitmap could only make it unused, never wrong.

// HasInt is `key in s` for an inline int key (not a bool), or ok false.
func (s *Set) HasInt(key Value) (found, ok bool) {
	if u := uint64(key.n + 64); u < 128 && s.intsOK {
		return s.ints[u>>6]&(1<<(u&63)) != 0, true
	}
	i, ok := s.FindInt(key)
	return i >= 0, ok
}

// noteKey records that key was stored in the table.
func (s *Set) noteKey(key Value) {
	if !s.intsOK {
		return
	}
	if !key.IsInt() {
		s.intsOK = false
		return
	}
	if u := uint64(key.n + 64); u < 128 {
		s.ints[u>>6] |= 1 << (u & 63)
	}
}

// removeAt replaces the live entry at i by a dummy.
func (s *Set) removeAt(i int) {
	if s.intsOK {
		// every key is an inline int: the one removed is no longer held
		if u := uint64(s.table[i].key.n + 64); u < 128 {
			s.ints[u>>6] &^= 1 << (u & 63)
		}
	}
	s.table[i] = setEntry{dummyKey, -1}
	s.used--
}

// resetEmpty empties the set (a new minimal table).
func (s *Set) resetEmpty() {
	s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
	s.ints, s.intsOK = [2]uint64{}, true
}

// mergeInts notes, before o's keys are copied into s, that s will hold
// them all.
func (s *Set) mergeInts(o *Set) {
	if s.intsOK && o.intsOK {
		s.ints[0] |= o.ints[0]
		s.ints[1] |= o.ints[1]
		return
	}
	s.intsOK = false
}

// takeTable makes s hold r's table (intersection_update, &=).
func (s *Set) takeTable(r *Set) {
	s.table, s.fill, s.used = r.table, r.fill, r.used
	s.ints, s.intsOK = r.ints, r.intsOK
}
