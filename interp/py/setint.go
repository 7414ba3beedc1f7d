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
func (s *Set) HasInt(key Value) (found, ok bool) {
	i, ok := s.findInt(key)
	return i >= 0, ok
}
