package py

// `c in cols` for a set of ints: an inline int's hash is itself when its
// magnitude is below the hash modulus (but -1's is -2, as for every
// hash), and equal ints are the same Value, so the
// probe needs neither Hash nor __eq__ as long as the first entry with
// the key's hash is the key itself. An entry with that hash that is
// something else (True for 1, 1.0, an object with a __hash__ of its own)
// may be equal to the key only by its __eq__: then ok is false and the
// caller takes the general path, which calls it.

// HasInt is `key in s` for an inline int key (not a bool), or ok false.
// The probe sequence is find's.
func (s *Set) HasInt(key Value) (found, ok bool) {
	n := key.Int()
	if n >= hashModulus || n <= -hashModulus {
		return false, false
	}
	h := n
	if h == -1 {
		h = -2
	}
	mask := s.mask()
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		base := i // 3.7 steps on from where the linear run began
		e := &s.table[i]
		if e.key.IsNull() {
			return false, true
		}
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := 0; ; j++ {
			if e.hash == h && e.key != dummyKey {
				return e.key == key, e.key == key
			}
			if j >= probes {
				break
			}
			i++
			e = &s.table[i]
			if e.key.IsNull() {
				return false, true
			}
		}
		perturb >>= perturbShift
		i = (base*5 + 1 + perturb) & mask
	}
}
