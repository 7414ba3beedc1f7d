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
		return Null, false, stopIsEnd(err)
	}
	return r, true, nil
}

// stopIsEnd is what a map or filter step reports when its function
// raised err: a StopIteration ends the iteration, as it does in CPython,
// whose consumers see the StopIteration from the map's next and take it
// for exhaustion (list(map(f, xs)) stops there instead of raising). The
// exception's own value is not kept: next(m) raises a fresh
// StopIteration.
func stopIsEnd(err *Exception) *Exception {
	if err.Matches(StopIterationType) {
		return nil
	}
	return err
}
