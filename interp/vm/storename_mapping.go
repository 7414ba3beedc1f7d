package vm

import "github.com/bytepy/bytepy/interp/py"

// storeNameMapping is STORE_NAME into a namespace that is a dict subclass
// (what a metaclass's __prepare__ returned, such as enum's): as in
// CPython, the store goes through the mapping's own __setitem__, so the
// class body's assignments can be watched. An exact dict, the common
// case, never comes here.
func storeNameMapping(t *py.Thread, ns *py.Dict, name, v py.Value) *py.Exception {
	return py.SetItem(t, ns.V(), name, v)
}
