// Package bisectmod is Python 3.7's bisect module: binary search in a
// sorted sequence (bisect_left, bisect_right) and sorted insertion
// (insort_left, insort_right), with bisect and insort as the _right
// aliases. Like CPython's _bisect it compares only with "<" (x < a[mid]
// for the right variants, a[mid] < x for the left ones), reads plain lists
// directly and any other sequence through __getitem__, and inserts into a
// list directly and into anything else through its insert method.
package bisectmod

import (
	"math"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("bisect", func(it *vm.Interp, m *py.Module) error {
		right := py.NewBuiltin("bisect_right", search("bisect_right", true))
		insRight := py.NewBuiltin("insort_right", insort("insort_right", true))
		m.Set("bisect_right", right)
		m.Set("bisect", right)
		m.Set("bisect_left", py.NewBuiltin("bisect_left", search("bisect_left", false)))
		m.Set("insort_right", insRight)
		m.Set("insort", insRight)
		m.Set("insort_left", py.NewBuiltin("insort_left", insort("insort_left", false)))
		return nil
	})
}

var argNames = []string{"a", "x", "lo", "hi"}

// ssize converts an optional lo/hi argument as the "n" format code does.
func ssize(t *py.Thread, v py.Value, def int64) (int64, *py.Exception) {
	switch {
	case v.IsNull():
		return def, nil
	case v.IsInt() || v.IsBool():
		return v.Int(), nil
	case py.IsInstance(v, py.FloatType):
		return 0, py.Errorf(py.TypeErrorType, "integer argument expected, got float")
	}
	iv, err := py.IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	if !iv.IsInt() {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return iv.Int(), nil
}

// find is the binary search shared by bisect and insort.
func find(t *py.Thread, name string, a []py.Value, kw []string, right bool) (py.Value, py.Value, int64, *py.Exception) {
	args, err := py.ParseArgs(name, a, kw, argNames, 2)
	if err != nil {
		return py.Null, py.Null, 0, err
	}
	seq, x := args[0], args[1]
	lo, err := ssize(t, args[2], 0)
	if err != nil {
		return py.Null, py.Null, 0, err
	}
	hi, err := ssize(t, args[3], -1)
	if err != nil {
		return py.Null, py.Null, 0, err
	}
	if lo < 0 {
		return py.Null, py.Null, 0, py.NewValueError("lo must be non-negative")
	}
	if hi == -1 {
		n, err := py.Len(t, seq)
		if err != nil {
			return py.Null, py.Null, 0, err
		}
		hi = int64(n)
	}
	for lo < hi {
		mid := int64((uint64(lo) + uint64(hi)) / 2)
		item, err := itemAt(t, seq, mid)
		if err != nil {
			return py.Null, py.Null, 0, err
		}
		var before bool
		if right {
			before, err = less(t, x, item)
		} else {
			before, err = less(t, item, x)
			before = !before
		}
		if err != nil {
			return py.Null, py.Null, 0, err
		}
		if before {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return seq, x, lo, nil
}

func itemAt(t *py.Thread, seq py.Value, i int64) (py.Value, *py.Exception) {
	if seq.Type() == py.ListType {
		if items := py.AsList(seq).Items(); i < int64(len(items)) {
			return items[i], nil
		}
		return py.Null, py.Errorf(py.IndexErrorType, "list index out of range")
	}
	return py.GetItem(t, seq, py.MakeInt(i))
}

func less(t *py.Thread, a, b py.Value) (bool, *py.Exception) {
	if a.IsInt() && b.IsInt() {
		return a.Int() < b.Int(), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return a.Float() < b.Float(), nil
	}
	r, err := py.RichCompare(t, a, b, py.LT)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.Bool(), nil
	}
	return py.Truth(t, r)
}

func search(name string, right bool) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		_, _, i, err := find(t, name, a, kw, right)
		if err != nil {
			return py.Null, err
		}
		return py.MakeInt(i), nil
	}
}

func insort(name string, right bool) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		seq, x, i, err := find(t, name, a, kw, right)
		if err != nil {
			return py.Null, err
		}
		if seq.Type() == py.ListType && i <= math.MaxInt32 {
			l := py.AsList(seq)
			items := l.Items()
			if int(i) > len(items) {
				i = int64(len(items))
			}
			items = append(items, py.Null)
			copy(items[i+1:], items[i:])
			items[i] = x
			l.SetItems(items)
			return py.None, nil
		}
		_, err = py.CallMethod(t, seq, "insert", py.MakeInt(i), x)
		if err != nil {
			return py.Null, err
		}
		return py.None, nil
	}
}
