package py

// DictSlab makes n empty dicts in one allocation, for a caller that makes
// many short-lived dicts one at a time (the VM's **kwargs dicts): one
// trip through the Go allocator instead of n. A dict from the slab keeps
// the whole slab alive, so it suits dicts that usually die young.
func DictSlab(n int) []Dict {
	s := make([]Dict, n)
	for i := range s {
		s[i].typ = DictType
	}
	return s
}
