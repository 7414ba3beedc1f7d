package py

// mapNextBuiltin is next() of map(f, x) for a plain built-in function f
// (sum(map(ord, s)), map(str, xs)): f's Go code is called on the map's
// own argument slot, as Call would call it, and an ascii str's iterator
// steps without its type's Next.
func mapNextBuiltin(t *Thread, o *mapObj) (Value, bool, *Exception) {
	it := o.its[0]
	var x Value
	var ok bool
	var err *Exception
	if it.Type() == StrIterType {
		var known bool
		if x, ok, known = StrIterNextASCII(it); !known {
			x, ok, err = Next(t, it)
		}
	} else {
		x, ok, err = Next(t, it)
	}
	if !ok || err != nil {
		return Null, false, err
	}
	o.arg1[0], o.busy = x, true
	r, err := AsBuiltin(o.fn).Fn(t, o.arg1[:], nil)
	o.arg1[0], o.busy = Null, false
	if err != nil {
		return Null, false, err
	}
	return r, true, nil
}
