package py

// NewDictSized makes an empty dict already grown as inserting n distinct
// keys one by one would grow it: the same index size (so __sizeof__ and
// every later growth are as without it), without the rebuilds on the way.
// For a dict filled at once with at least n entries (an interpreter's
// builtins, ~150 names, rebuilt five times at every start); with fewer,
// its index would be larger than a plain dict's.
func NewDictSized(n int) *Dict {
	d := NewDict()
	size := 0
	for used := 0; used < n; used++ {
		// grow's condition and size (dict.go), step by step
		if size == 0 || used >= size*2/3 {
			size = 8
			for size <= used*3 {
				size *= 2
			}
		}
	}
	if size > 0 {
		d.rebuild(size, make([]dictEntry, 0, size*2/3+1))
	}
	return d
}
