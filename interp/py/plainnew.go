package py

// PlainNew reports whether calling the class with no arguments is just
// object.__new__ and object.__init__ (a class statement defining neither,
// with the plain metaclass), and if so returns the fresh instance. Calls
// with arguments are left to type.__call__, which raises object's
// "takes no arguments".
func (typ *Type) PlainNew() (Value, bool) {
	if !typ.User || typ.typ != TypeType {
		return Null, false
	}
	if v := typ.Version(); typ.newVer != v {
		// the answer holds while the version does
		typ.newVer, typ.newPlain = v, plainNewAnswer(typ)
	}
	if !typ.newPlain {
		return Null, false
	}
	return typ.Alloc(typ), true
}

// plainNewAnswer decides PlainNew for the type's current version.
func plainNewAnswer(typ *Type) bool {
	if typ.typ != TypeType || typ.Alloc == nil || solidBase(typ) != ObjectType {
		return false
	}
	// object must be the only built-in class whose __new__ or __init__
	// slots type.__call__ could reach
	for _, m := range typ.MRO {
		if !m.User && m != ObjectType {
			return false
		}
	}
	if !userLookup(typ, dNew).IsNull() || !userLookup(typ, dInit).IsNull() {
		return false
	}
	return typ.flags()&flagAbstract == 0
}
