package gcmod

import "github.com/bytepy/bytepy/interp/py"

// isTracked is CPython 3.7's answer for an object as it is made: objects
// that cannot hold references (numbers, strings, None, built-in types)
// are never tracked; a dict is tracked only once it holds something that
// may be; a tuple is tracked when it holds something that may be (CPython
// tracks every new tuple but untracks those of atoms at its next
// collection, and its constant tuples have met one by the time a program
// runs); every other container, instance, function and class is.
func isTracked(v py.Value) bool {
	switch v.Type() {
	case py.IntType, py.BoolType, py.FloatType, py.ComplexType, py.StrType, py.BytesType,
		py.NoneType, py.EllipsisType, py.NotImplType, py.RangeType, py.ByteArrayType:
		return false
	case py.TupleType:
		// as after a collection, which untracks tuples of atoms
		for _, x := range py.SeqItems(v) {
			if mayBeTracked(x) {
				return true
			}
		}
		return false
	case py.DictType:
		tracked := false
		py.AsDict(v).Range(func(k, x py.Value) bool {
			tracked = mayBeTracked(k) || mayBeTracked(x)
			return !tracked
		})
		return tracked
	}
	if py.IsType(v) {
		return py.AsType(v).User
	}
	return true
}

// mayBeTracked is whether storing v in a dict makes CPython track the
// dict: any object that is or could become tracked.
func mayBeTracked(v py.Value) bool {
	switch v.Type() {
	case py.TupleType:
		return isTracked(v)
	case py.DictType:
		return true
	}
	return isTracked(v)
}

// getReferents lists what the arguments refer to directly, for the
// containers whose contents are plain to see.
func getReferents(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := py.NoKw("get_referents", kw); err != nil {
		return py.Null, err
	}
	var out []py.Value
	for _, v := range a {
		switch v.Type() {
		// CPython visits sequences from the end
		case py.ListType:
			out = appendReversed(out, py.AsList(v).Items())
		case py.TupleType:
			out = appendReversed(out, py.SeqItems(v))
		}
	}
	return py.NewList(out), nil
}

func appendReversed(out, items []py.Value) []py.Value {
	for i := len(items) - 1; i >= 0; i-- {
		out = append(out, items[i])
	}
	return out
}
