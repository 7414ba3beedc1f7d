package py

// object.__init__ and object.__new__ accept extra arguments only when the
// other one is overridden, so that a class can define either and be
// called with arguments; 3.7's object_init and object_new decide by
// whether the type's slot is object's own.

// overrides reports whether a class before object in typ's MRO defines
// name.
func overrides(typ *Type, name string) bool {
	for _, m := range typ.MRO {
		if m == ObjectType {
			return false
		}
		if _, ok := m.Dict().GetStr(name); ok {
			return true
		}
	}
	return false
}

// objectInitArgs is object.__init__'s check of extra arguments for an
// instance of typ.
func objectInitArgs(typ *Type) *Exception {
	if overrides(typ, "__init__") {
		return NewTypeError("object.__init__() takes exactly one argument (the instance to initialize)")
	}
	if !overrides(typ, "__new__") {
		return Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
	}
	return nil
}

// objectNewArgs is object.__new__'s check of extra arguments for cls.
func objectNewArgs(cls *Type) *Exception {
	if overrides(cls, "__new__") {
		return NewTypeError("object.__new__() takes exactly one argument (the type to instantiate)")
	}
	if !overrides(cls, "__init__") {
		return Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
	}
	return nil
}
