package vm

import "github.com/bytepy/bytepy/interp/py"

// checkHook lets a second argument of isinstance/issubclass that is not
// a class answer for itself, as CPython does, when its type (a user
// class) defines __instancecheck__/__subclasscheck__: typing's List,
// Union[int, str] and Any are such objects. handled is false when there
// is no such method.
func checkHook(t *py.Thread, cls py.Value, name string, arg py.Value) (handled, r bool, err *py.Exception) {
	ct := cls.Type()
	if !ct.User || ct.LookupS(name).IsNull() {
		return false, false, nil
	}
	v, err := py.CallMethod(t, cls, name, arg)
	if err != nil {
		return true, false, err
	}
	r, err = py.Truth(t, v)
	return true, r, err
}
