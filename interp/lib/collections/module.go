// Package collections provides bytepy's collections and collections.abc
// modules. The parts on hot paths are Go, in the private module
// _collections: deque (a ring buffer), the counting loop behind
// Counter(iterable), and the constructor namedtuple classes use to make
// instances of their own tuple subclass. The rest — defaultdict,
// OrderedDict, Counter, namedtuple, ChainMap, the User* wrappers and the
// ABCs — is Python (collections.py, abc.py), built in with go:embed.
package collections

import (
	_ "embed"

	// collections.abc is built on the abc module's ABCMeta
	_ "github.com/bytepy/bytepy/interp/lib/abc"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed collections.py
var collectionsSrc []byte

//go:embed abc.py
var abcSrc []byte

func init() {
	initDeque()
	vm.RegisterModule("_collections", func(it *vm.Interp, m *py.Module) error {
		m.Dict.SetStr("deque", dequeType.V())
		m.Dict.SetStr("_tuple_new", py.NewBuiltin("_tuple_new", tupleNew))
		m.Dict.SetStr("_count_elements", py.NewBuiltin("_count_elements", countElements))
		m.Dict.SetStr("_has_slot", py.NewBuiltin("_has_slot", hasSlot))
		return nil
	})
	vm.RegisterSourceModule("collections", "<frozen collections>", collectionsSrc)
	vm.RegisterSourceModule("collections.abc", "<frozen collections.abc>", abcSrc)
}

// tupleNew is _tuple_new(cls, iterable): a cls instance holding the items.
func tupleNew(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 || len(kw) > 0 || !py.IsType(a[0]) || !py.AsType(a[0]).IsSubtype(py.TupleType) {
		return py.Null, py.Errorf(py.TypeErrorType, "_tuple_new(cls, iterable): cls must be a tuple subclass")
	}
	items, err := py.Collect(t, a[1])
	if err != nil {
		return py.Null, err
	}
	return py.NewTupleOf(py.AsType(a[0]), items), nil
}

// countElements is _count_elements(mapping, iterable): mapping[x] += 1
// for each x, straight on the dict when mapping is a dict subclass that
// does not override item access.
func countElements(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "_count_elements expected 2 arguments, got %d", len(a))
	}
	m, src := a[0], a[1]
	iter, err := py.Iter(t, src)
	if err != nil {
		return py.Null, err
	}
	one := py.MakeInt(1)
	for {
		x, ok, err := py.Next(t, iter)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return py.None, nil
		}
		if py.IsDict(m) {
			d := py.AsDict(m)
			old, found, err := d.GetItem(t, x)
			if err != nil {
				return py.Null, err
			}
			if found {
				nv, err := py.BinaryOp(t, py.OpAdd, old, one)
				if err != nil {
					return py.Null, err
				}
				if err := d.SetItem(t, x, nv); err != nil {
					return py.Null, err
				}
			} else if err := d.SetItem(t, x, one); err != nil {
				return py.Null, err
			}
			continue
		}
		old, err := py.CallMethod(t, m, "get", x, py.MakeInt(0))
		if err != nil {
			return py.Null, err
		}
		nv, err := py.BinaryOp(t, py.OpAdd, old, one)
		if err != nil {
			return py.Null, err
		}
		if err := py.SetItem(t, m, x, nv); err != nil {
			return py.Null, err
		}
	}
}

// hasSlot is _has_slot(cls, name): whether a built-in type implements the
// dunder name in Go, which its __dict__ does not always show (the
// structural checks of collections.abc need __next__ of list_iterator).
func hasSlot(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 || !py.IsType(a[0]) || !py.IsStr(a[1]) {
		return py.Null, py.Errorf(py.TypeErrorType, "_has_slot(cls, name)")
	}
	typ := py.AsType(a[0])
	if typ.User {
		// a class's dunders are all in the __dict__s of its MRO
		return py.False, nil
	}
	var ok bool
	switch py.StrOf(a[1]) {
	case "__next__":
		ok = typ.Next != nil
	case "__iter__":
		ok = typ.Iter != nil
	case "__hash__":
		ok = typ.Hash != nil
	case "__call__":
		ok = typ.Call != nil
	}
	return py.MakeBool(ok), nil
}
