// Package itertools provides bytepy's itertools module in Go.
//
// Every itertools object is one Go struct, iterObj, whose behaviour is a
// next closure built by the constructor; each Python-visible kind
// (count, chain, groupby, ...) is its own *py.Type so type(), repr and
// error messages name it as CPython does. A closure keeps exactly the
// state CPython's C struct keeps, so laziness and the order in which the
// underlying iterators are advanced are the same: programs that share an
// iterator between a groupby and its groups, or between tee copies, see
// the same values.
package itertools

import (
	"sync"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

// iterObj is any itertools iterator. next returns false when exhausted;
// repr and hint are optional (count/repeat have a repr, repeat a length
// hint).
type iterObj struct {
	py.Object
	next func(t *py.Thread) (py.Value, bool, *py.Exception)
	repr func(t *py.Thread) (string, *py.Exception)
	hint func(t *py.Thread) (py.Value, *py.Exception)
	tee  *teeRef
}

// kinds maps each itertools type to its constructor.
var kinds = map[string]func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception){}

var types = map[string]*py.Type{}

// newKind makes the type for one itertools iterator.
func newKind(name string) *py.Type {
	typ := py.NewType(name, py.ObjectType)
	typ.Module = "itertools"
	typ.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
	typ.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
		o := py.AsPtr[iterObj](v)
		if o.next == nil {
			return py.Null, false, nil
		}
		x, ok, err := o.next(t)
		if !ok && err == nil {
			// an exhausted iterator stays exhausted and lets go of its source
			o.next = nil
		}
		return x, ok, err
	}
	typ.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		o := py.AsPtr[iterObj](v)
		if o.repr != nil {
			return o.repr(t)
		}
		return "<itertools." + name + " object at " + hexID(v) + ">", nil
	}
	// the VM's built-in iterators expose no __next__/__iter__ attributes,
	// but Python code calls them by name
	py.AddMethod(typ, "__next__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		x, ok, err := typ.Next(t, a[0])
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return py.Null, py.NewStopIteration(py.None)
		}
		return x, nil
	})
	py.AddMethod(typ, "__iter__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return a[0], nil
	})
	types[name] = typ
	return typ
}

func hexID(v py.Value) string {
	const digits = "0123456789abcdef"
	id := uint64(py.IDOf(v))
	buf := []byte{}
	for id > 0 {
		buf = append([]byte{digits[id%16]}, buf...)
		id /= 16
	}
	if len(buf) == 0 {
		buf = []byte{'0'}
	}
	return "0x" + string(buf)
}

// register makes name a constructible itertools type.
func register(name string, ctor func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)) *py.Type {
	typ := newKind(name)
	typ.New = func(t *py.Thread, cls *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return ctor(t, a, kw)
	}
	kinds[name] = ctor
	return typ
}

func newIter(typ *py.Type, next func(t *py.Thread) (py.Value, bool, *py.Exception)) (py.Value, *iterObj) {
	o := &iterObj{next: next}
	o.SetType(typ)
	return py.FromPtr(o), o
}

// unpack checks a positional-only argument count with the message of
// CPython's PyArg_UnpackTuple.
func unpack(name string, a []py.Value, kw []string, min, max int) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	n := len(a)
	switch {
	case min == max && n != min:
		return py.Errorf(py.TypeErrorType, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return py.Errorf(py.TypeErrorType, "%s expected at least %d arguments, got %d", name, min, n)
	case n > max:
		return py.Errorf(py.TypeErrorType, "%s expected at most %d arguments, got %d", name, max, n)
	}
	return nil
}

// iters turns each argument into an iterator.
func iters(t *py.Thread, vs []py.Value) ([]py.Value, *py.Exception) {
	out := make([]py.Value, len(vs))
	for i, v := range vs {
		it, err := py.Iter(t, v)
		if err != nil {
			return nil, err
		}
		out[i] = it
	}
	return out, nil
}

func truth(t *py.Thread, pred, x py.Value) (bool, *py.Exception) {
	if pred.IsNone() {
		return py.Truth(t, x)
	}
	r, err := py.Call(t, pred, []py.Value{x}, nil)
	if err != nil {
		return false, err
	}
	return py.Truth(t, r)
}

// typesOnce makes the module's types on its first import rather than in
// every process's start-up.
var typesOnce sync.Once

func init() {
	vm.RegisterModule("itertools", func(it *vm.Interp, m *py.Module) error {
		typesOnce.Do(func() {
			initInfinite()
			initFilters()
			initCombinatorics()
		})
		m.Dict.SetStr("__doc__", py.NewStr("Functional tools for creating and using iterators."))
		for name, typ := range types {
			if name[0] != '_' {
				m.Dict.SetStr(name, typ.V())
			}
		}
		m.Dict.SetStr("_grouper", types["_grouper"].V())
		m.Dict.SetStr("_tee", types["_tee"].V())
		m.Dict.SetStr("tee", py.NewBuiltin("tee", tee))
		return nil
	})
}
