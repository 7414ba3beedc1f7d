package py

// For `for i, x in enumerate(gen)` and `for a, b in zip(gen, it)` the VM
// resumes the generator in its own loop (package vm, geninline.go)
// instead of through next(): it reads the iterator under the enumerate
// or zip, and when the generator yields takes the count, or the second
// iterator's item, as NextPair would have.

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

// ZipFirst is the first of the iterators a zip (type ZipType) of two
// reads, or Null for a zip of any other number.
func ZipFirst(v Value) Value {
	if o := (*zipObj)(v.p); len(o.its) == 2 {
		return o.its[0]
	}
	return Null
}

// ZipSecond is next() of the second iterator of a zip of two, whose
// first has just produced its item (as NextPair goes on).
func ZipSecond(t *Thread, v Value) (Value, bool, *Exception) {
	return zipStep(t, (*zipObj)(v.p).its[1])
}
