package py

import "unsafe"

// set.add / set.discard of an inline int: the same shortcut as HasInt
// (setint.go) for the two mutating operations. The probe sequence and
// the slot chosen are addEntry's and find's, so the table — and with it
// iteration order — is exactly what the general path leaves; only Hash
// and keyEq are skipped. An entry with the key's hash that is not the key
// itself might still be equal to it by its __eq__, so then ok is false
// and the caller takes the general path (nothing has been changed yet).

// intSetHash is the hash of an inline int, or ok false when it needs
// reducing by the modulus (the general Hash does that).
func intSetHash(key Value) (h int64, ok bool) {
	n := key.Int()
	if n >= hashModulus || n <= -hashModulus {
		return 0, false
	}
	if n == -1 {
		n = -2
	}
	return n, true
}

// addInt is Add for an inline int key (not a bool), or ok false.
func (s *Set) addInt(key Value) (ok bool) {
	if u := uint64(key.n + 64); u < 128 && s.intsOK {
		if s.ints[u>>6]&(1<<(u&63)) != 0 {
			return true // already a key (setint.go): `{v % 7 for v in evens}`
		}
		s.addIntAbsent(key)
		return true
	}
	hash, ok := intSetHash(key)
	if !ok {
		return false
	}
	table := s.table
	mask := uint64(len(table) - 1)
	i := uint64(hash) & mask
	freeslot := -1
	perturb := uint64(hash)
	e := &table[i]
	if e.key.IsNull() {
		goto foundUnused
	}
	for {
		base := i // 3.7 steps on from where the linear run began
		if e.hash == hash {
			if e.key == key {
				return true
			}
			if e.key != dummyKey {
				return false
			}
		} else if e.hash == -1 && e.key == dummyKey {
			freeslot = int(i)
		}
		if i+linearProbes <= mask {
			// An int's hash is never -1, and only a dummy has hash -1
			// (every hash function maps -1 to -2), so the hash alone
			// sorts most entries; the key is loaded only to confirm.
			run := table[i+1 : i+1+linearProbes]
			for j := range run {
				e = &run[j]
				switch e.hash {
				case hash:
					if e.key == key {
						return true
					}
					if e.key.IsNull() { // hash 0: key 0 meets an unused slot
						i += uint64(j) + 1
						goto foundUnusedOrDummy
					}
					return false
				case -1:
					if e.key == dummyKey {
						freeslot = int(i) + j + 1
					}
				case 0:
					if e.key.IsNull() {
						i += uint64(j) + 1
						goto foundUnusedOrDummy
					}
				}
			}
		}
		perturb >>= perturbShift
		i = (base*5 + 1 + perturb) & mask
		e = &table[i]
		if e.key.IsNull() {
			goto foundUnusedOrDummy
		}
	}
foundUnusedOrDummy:
	if freeslot >= 0 {
		s.used++
		table[freeslot] = setEntry{key, hash}
		s.noteKey(key)
		return true
	}
foundUnused:
	s.fill++
	s.used++
	*e = setEntry{key, hash}
	s.noteKey(key)
	if uint64(s.fill)*5 >= mask*3 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	return true
}

// FindInt is find for an inline int key (not a bool): the key's index or
// -1, or ok false. It reads an entry's hash first: no dummy has an int's
// hash (dummies have -1, which no hash function returns), and an unused
// slot has hash 0 and no key, so most entries are passed on one load and
// a compare, and the key is read only to confirm a match. A run of
// dummies and other keys is long in a set that keys are added to and
// removed from (nqueens' diagonals: ~20 entries a miss), so the run is
// walked by pointer, without a slice or an index per entry.
func (s *Set) FindInt(key Value) (idx int, ok bool) {
	hash, ok := intSetHash(key)
	if !ok {
		return -1, false
	}
	table := s.table
	mask := uint64(len(table) - 1)
	base := unsafe.Pointer(unsafe.SliceData(table))
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		n := 1 // the linear run, or the one entry near the end
		if i+linearProbes <= mask {
			n = linearProbes + 1
		}
		e := (*setEntry)(unsafe.Add(base, uintptr(i)*unsafe.Sizeof(setEntry{})))
		for ; n > 0; n-- {
			if h := e.hash; h == hash {
				if e.key == key {
					return int((uintptr(unsafe.Pointer(e)) - uintptr(base)) / unsafe.Sizeof(setEntry{})), true
				}
				// an unused slot when hash is 0; else the entry might
				// equal key by its __eq__
				return -1, e.key.IsNull()
			} else if h == 0 && e.key.IsNull() {
				return -1, true
			}
			e = (*setEntry)(unsafe.Add(unsafe.Pointer(e), unsafe.Sizeof(setEntry{})))
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask // 3.7 steps on from where the run began
	}
}

// addIntAbsent is addInt for a key in the bitmap's range that the bitmap
// says is absent from a set of inline ints (setint.go). The probe is
// addEntry's, but as no entry can equal the key and no key has hash -1,
// an entry's hash alone tells a dummy (-1) from a key, and only an
// entry with hash 0 needs its key read to tell an unused slot from the
// key 0.
func (s *Set) addIntAbsent(key Value) {
	const size = unsafe.Sizeof(setEntry{})
	hash := key.Int() // in [-64, 64): its own hash, but -1's is -2
	if hash == -1 {
		hash = -2
	}
	table := s.table
	mask := uint64(len(table) - 1)
	base := unsafe.Pointer(unsafe.SliceData(table))
	i := uint64(hash) & mask
	perturb := uint64(hash)
	var freeslot *setEntry
	e := (*setEntry)(unsafe.Add(base, uintptr(i)*size))
	if e.key.IsNull() {
		goto foundUnused
	}
	for {
		if e.hash == -1 {
			freeslot = e
		}
		if i+linearProbes <= mask {
			for j := 0; j < linearProbes; j++ {
				e = (*setEntry)(unsafe.Add(unsafe.Pointer(e), size))
				if h := e.hash; h == -1 {
					freeslot = e
				} else if h == 0 && e.key.IsNull() {
					goto foundUnusedOrDummy
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask // 3.7 steps on from where the run began
		e = (*setEntry)(unsafe.Add(base, uintptr(i)*size))
		if e.key.IsNull() {
			goto foundUnusedOrDummy
		}
	}
foundUnusedOrDummy:
	if freeslot != nil {
		s.used++
		*freeslot = setEntry{key, hash}
		s.noteKey(key)
		return
	}
foundUnused:
	s.fill++
	s.used++
	*e = setEntry{key, hash}
	s.noteKey(key)
	if uint64(s.fill)*5 >= mask*3 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
}
