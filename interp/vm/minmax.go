package vm

import "github.com/bytepy/bytepy/interp/py"

// min and max over one iterable run as CPython's min_max does: one item
// is taken, its key computed and compared, then the next. Collecting the
// items first would reorder the iterable's side effects against the key
// function's, and would hide the error a key function gets when it
// changes the dict being iterated ("dictionary changed size during
// iteration"). It also keeps only the best item alive, not a slice of all
// of them (max(d.items(), key=...) on a large dict).

// minMaxIter is the best item of iterable under op (py.GT for max,
// py.LT for min) by key (Null for the items themselves: in 3.7 a key of
// None is called, and fails, like any other); ok is false when the
// iterable was empty.
func minMaxIter(t *py.Thread, iterable, key py.Value, op int) (best py.Value, ok bool, err *py.Exception) {
	it, err := py.Iter(t, iterable)
	if err != nil {
		return py.Null, false, err
	}
	next := it.Type().Next
	hasKey := !key.IsNull()
	var fn *py.Function
	if hasKey && key.Type() == py.FunctionType {
		fn = py.AsFunction(key)
	}
	th := t.VM.(*thread)
	var bestKey py.Value
	for {
		x, more, err := next(t, it)
		if err != nil {
			return py.Null, false, err
		}
		if !more {
			return best, !best.IsNull(), nil
		}
		k := x
		if hasKey {
			// a fresh argument array per call: the callee may keep it
			args := [1]py.Value{x}
			if fn != nil {
				k, err = th.callFunction(fn, args[:], nil)
			} else {
				k, err = py.Call(t, key, args[:], nil)
			}
			if err != nil {
				return py.Null, false, err
			}
		}
		if best.IsNull() {
			best, bestKey = x, k
			continue
		}
		better, err := py.CompareBool(t, k, bestKey, op)
		if err != nil {
			return py.Null, false, err
		}
		if better {
			best, bestKey = x, k
		}
	}
}
