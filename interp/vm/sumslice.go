package vm

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

// `sum(a[i:j])`: a slice that is only summed need not be made. When the
// instruction after the slice's BINARY_SUBSCR is CALL_FUNCTION 1 and the
// callable under the sliced sequence is the builtin sum, the slice's
// items are added where they lie. Only when every item is an int or a
// float: then no Python code runs during the sum, so nothing can see
// that no list was made or change the sequence while it is read, and the
// additions are the ones sum would do on the copy, in the same order.

// builtinSumFn is builtinSum as a func value, for identity compares
// (set in init: the loop refers to it, and builtinSum to the loop).
var builtinSumFn func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception)

func init() { builtinSumFn = builtinSum }

// isBuiltinSum reports whether v is a builtins module's sum.
func isBuiltinSum(v py.Value) bool {
	if v.Type() != py.BuiltinType {
		return false
	}
	b := py.AsBuiltin(v)
	return b.Owner == nil && *(*unsafe.Pointer)(unsafe.Pointer(&b.Fn)) == *(*unsafe.Pointer)(unsafe.Pointer(&builtinSumFn))
}

// sumSlice is sum(seq[start:stop:step]) for an exact list or tuple seq
// and int or None bounds whose items are all ints and floats; ok false
// (nothing done) otherwise.
func sumSlice(seq, start, stop, step py.Value) (py.Value, bool) {
	if typ := seq.Type(); typ != py.ListType && typ != py.TupleType {
		return py.Null, false
	}
	items := py.SeqItems(seq)
	lo, _, st, n, ok := py.SliceIndicesFast(start, stop, step, len(items))
	if !ok {
		return py.Null, false
	}
	for i, k := 0, lo; i < n; i, k = i+1, k+st {
		if v := items[k]; !v.IsInt() && !v.IsFloat() {
			return py.Null, false
		}
	}
	acc := py.MakeInt(0)
	for i, k := 0, lo; i < n; i, k = i+1, k+st {
		v := items[k]
		if r, ok := addInts(acc, v); ok {
			acc = r
			continue
		}
		if acc.Type() == py.IntType && v.IsInt() {
			acc = py.IntAdd(acc, v) // inline, or big after an overflow
			continue
		}
		r, ok := arithFast(py.OpAdd, acc, v)
		if !ok {
			return py.Null, false // a big int meets a float: sum decides
		}
		acc = r
	}
	return acc, true
}
