package py

// A class's __doc__ and __module__ can be assigned, as in CPython
// (type_set_doc, type_set_module): the value goes into the class's dict
// (and, for a str __module__, into Module, which reprs and tracebacks
// read). Built-in types refuse. (dataclasses sets the generated signature
// as the docstring of a class without one; struct, enum and typing set
// the module of classes they make.)
func init() {
	settable := func(name string, store func(typ *Type, val Value)) {
		TypeType.OnBuilt(func(td *Dict) { setTypeAttrSetter(td, name, store) })
	}
	settable("__doc__", func(typ *Type, val Value) {})
	settable("__module__", func(typ *Type, val Value) {
		if IsStr(val) {
			typ.Module = StrOf(val)
		}
	})
}

// setTypeAttrSetter makes type's getset name assignable on classes.
func setTypeAttrSetter(td *Dict, name string, store func(typ *Type, val Value)) {
	d, ok := td.GetStr(name)
	if !ok || d.Type() != GetSetType {
		return
	}
	(*GetSet)(d.p).Set = func(t *Thread, v, val Value) *Exception {
		typ := AsType(v)
		if !typ.User {
			return Errorf(TypeErrorType, "can't set attributes of built-in/extension type '%s'", typ.Name)
		}
		if val.IsNull() {
			return Errorf(TypeErrorType, "can't delete %s.%s", typ.Name, name)
		}
		store(typ, val)
		typ.Dict().SetStr(name, val)
		typ.Modified()
		return nil
	}
}
