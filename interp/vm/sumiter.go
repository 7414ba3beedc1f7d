package vm

import (
	"reflect"

	"github.com/bytepy/bytepy/interp/py"
)

// sumIter is sum() over an iterator that is not a generator: there is no
// sink to lend (nextFold would call py.Next), so the loop is written
// without one and sum's frame keeps nothing on the heap.
func sumIter(t *py.Thread, it, acc py.Value) (py.Value, *py.Exception) {
	if r, ok := py.SumMapOrd(it, acc, isBuiltinOrd); ok {
		return r, nil // sum(map(ord, s)): the bytes added in place
	}
	for {
		v, ok, err := py.Next(t, it)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return acc, nil
		}
		if r, ok := addInts(acc, v); ok {
			acc = r
			continue
		}
		if acc.IsInt() && v.IsInt() {
			acc = py.IntAdd(acc, v)
			continue
		}
		acc, err = py.BinaryOp(t, py.OpAdd, acc, v)
		if err != nil {
			return py.Null, err
		}
	}
}

// sumGen is sum() over a generator, which runs with sum's sink as its
// consumer (gensink.go).
func sumGen(t *py.Thread, it, acc py.Value) (py.Value, *py.Exception) {
	sink := genSink{op: sinkSum}
	for {
		sink.acc, sink.own = acc, false
		v, ok, err := nextFold(t, it, &sink)
		acc = sink.acc
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return acc, nil
		}
		if r, ok := addInts(acc, v); ok {
			acc = r
			continue
		}
		if acc.IsInt() && v.IsInt() {
			acc = py.IntAdd(acc, v)
			continue
		}
		acc, err = py.BinaryOp(t, py.OpAdd, acc, v)
		if err != nil {
			return py.Null, err
		}
	}
}

// anyAllIter is any() or all() over an iterator that is not a generator
// (nothing to lend a sink to, so none is made).
func anyAllIter(t *py.Thread, it py.Value, isAny bool) (py.Value, *py.Exception) {
	for {
		v, ok, err := py.Next(t, it)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return py.MakeBool(!isAny), nil
		}
		b, err := py.Truth(t, v)
		if err != nil {
			return py.Null, err
		}
		if b == isAny {
			return py.MakeBool(isAny), nil
		}
	}
}

// ordPC is the code of the builtin ord, by which isBuiltinOrd knows it
// whichever interpreter's builtins it came from.
var ordPC = reflect.ValueOf(builtinOrd).Pointer()

// isBuiltinOrd reports whether fn is builtins.ord.
func isBuiltinOrd(fn py.Value) bool {
	if fn.Type() != py.BuiltinType {
		return false
	}
	b := py.AsBuiltin(fn)
	return b.Owner == nil && b.Name == "ord" && reflect.ValueOf(b.Fn).Pointer() == ordPC
}
