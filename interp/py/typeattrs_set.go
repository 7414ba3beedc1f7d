package py

// A class's __doc__ can be assigned, as in CPython (type_set_doc): the
// text goes into the class's dict. Built-in types refuse it. (dataclasses
// sets the generated signature as the docstring of a class without one.)
func init() {
	d, ok := TypeType.Dict.GetStr("__doc__")
	if !ok || d.Type() != GetSetType {
		return
	}
	(*GetSet)(d.p).Set = func(t *Thread, v, val Value) *Exception {
		typ := AsType(v)
		if !typ.User {
			return Errorf(TypeErrorType, "can't set attributes of built-in/extension type '%s'", typ.Name)
		}
		if val.IsNull() {
			return Errorf(TypeErrorType, "can't delete %s.__doc__", typ.Name)
		}
		typ.Dict.SetStr("__doc__", val)
		typ.Modified()
		return nil
	}
}
