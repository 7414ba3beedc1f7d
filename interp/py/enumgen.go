package py

// For `for i, x in enumerate(gen)` the VM resumes the generator in its
// own loop (package vm, geninline.go) instead of through next(): it
// reads the iterator under the enumerate, and when the generator yields
// takes the count as EnumerateNextPair would have.

// EnumerateIter is the iterator an enumerate (type EnumerateType) reads.
func EnumerateIter(v Value) Value { return (*enumerateObj)(v.p).it }

// EnumerateTake is the count for the item the enumerate's iterator has
// just produced, advancing it.
func EnumerateTake(v Value) Value {
	o := (*enumerateObj)(v.p)
	n := o.n
	o.n = IntAdd(n, MakeInt(1))
	return n
}
