package vm

import "github.com/bytepy/bytepy/interp/py"

// metaclassDir reports whether dir(cls) should call the __dir__ of cls's
// metaclass: only when the metaclass is a class statement's and defines
// (or inherits from another such class) a __dir__ of its own, as enum's
// EnumMeta does. type's own listing is built in (py.Dir).
func metaclassDir(cls py.Value) bool {
	mt := cls.Type()
	if !mt.User {
		return false
	}
	for _, c := range mt.MRO {
		if !c.User {
			return false
		}
		if _, ok := c.Dict().GetStr("__dir__"); ok {
			return true
		}
	}
	return false
}
