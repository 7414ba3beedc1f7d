package vm

import "github.com/bytepy/bytepy/interp/py"

// plainLookup is getattr/hasattr's shortcut for instances of plain user
// classes (py.Type.CachedAttrs) when the class has no attribute of the
// name: the answer is the instance dict's, and a miss needs no
// AttributeError made only to be caught. ok false: the generic path.
func plainLookup(obj py.Value, name *py.Str) (v py.Value, found, ok bool) {
	typ := obj.Type()
	if !typ.User || !typ.CachedAttrs() || !typ.Lookup(name).IsNull() {
		return py.Null, false, false
	}
	d := py.InstanceDict(obj)
	if i := d.StrIndex(name); i >= 0 {
		return d.ValueAt(i), true, true
	}
	return py.Null, false, true
}
