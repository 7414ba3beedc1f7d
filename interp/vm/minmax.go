package vm

import "github.com/bytepy/bytepy/interp/py"

// min and max run as CPython's min_max does: one item is taken, its key
// computed and compared, then the next. Collecting the items first would
// reorder the iterable's side effects against the key function's, and
// would hide the error a key function gets when it changes the dict
// being iterated ("dictionary changed size during iteration"). It also
// keeps only the best item alive, not a slice of all of them
// (max(d.items(), key=...) on a large dict).

// minMaxState is the best item so far and its key.
type minMaxState struct {
	th            *thread
	key           py.Value // Null for the items themselves; in 3.7 a key of None is called (and fails) like any other
	fn            *py.Function
	op            int // py.GT for max, py.LT for min
	best, bestKey py.Value
}

func newMinMax(t *py.Thread, key py.Value, op int) minMaxState {
	s := minMaxState{th: t.VM.(*thread), key: key, op: op}
	if !key.IsNull() && key.Type() == py.FunctionType {
		s.fn = py.AsFunction(key)
	}
	return s
}

// add takes one item.
func (s *minMaxState) add(x py.Value) *py.Exception {
	k := x
	if !s.key.IsNull() {
		// a fresh argument array per call: the callee may keep it
		args := [1]py.Value{x}
		var err *py.Exception
		if s.fn != nil {
			k, err = s.th.callFunction(s.fn, args[:], nil)
		} else {
			k, err = py.Call(s.th.pt, s.key, args[:], nil)
		}
		if err != nil {
			return err
		}
	}
	if s.best.IsNull() {
		s.best, s.bestKey = x, k
		return nil
	}
	better, err := py.CompareBool(s.th.pt, k, s.bestKey, s.op)
	if better {
		s.best, s.bestKey = x, k
	}
	return err
}

// minMaxIter is the best item of iterable; ok is false when it was empty.
func minMaxIter(t *py.Thread, iterable, key py.Value, op int) (best py.Value, ok bool, err *py.Exception) {
	it, err := py.Iter(t, iterable)
	if err != nil {
		return py.Null, false, err
	}
	next := it.Type().Next
	s := newMinMax(t, key, op)
	if s.fn != nil {
		if ik, ok := itemKeyOf(s.fn); ok {
			return minMaxItemKey(t, &s, it, &ik) // minmaxkey.go
		}
	}
	for {
		x, more, err := next(t, it)
		if err != nil {
			return py.Null, false, err
		}
		if !more {
			return s.best, !s.best.IsNull(), nil
		}
		if err := s.add(x); err != nil {
			return py.Null, false, err
		}
	}
}

// minMaxArgs is min/max of two or more arguments (no iterator: nothing
// can observe the walk over them).
func minMaxArgs(t *py.Thread, items []py.Value, key py.Value, op int) (py.Value, *py.Exception) {
	s := newMinMax(t, key, op)
	for _, x := range items {
		if err := s.add(x); err != nil {
			return py.Null, err
		}
	}
	return s.best, nil
}
