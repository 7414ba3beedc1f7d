package py

// BuiltinNewInit reports whether calling the class is its built-in
// base's __new__ (not object's: PlainInit covers that) followed by a
// Python __init__, as for an exception class with its own __init__;
// the VM then makes the instance with New and runs __init__ inline.
func (typ *Type) BuiltinNewInit() (*Function, bool) {
	if !typ.User || typ.typ != TypeType {
		return nil, false
	}
	if v := typ.Version(); typ.bniVer != v {
		// the answer holds while the version does
		f, ok := builtinNewInitAnswer(typ)
		if !ok {
			f = nil
		}
		typ.bniVer, typ.bniFn = v, f
	}
	return typ.bniFn, typ.bniFn != nil
}

// builtinNewInitAnswer decides BuiltinNewInit for the type's current
// version.
func builtinNewInitAnswer(typ *Type) (*Function, bool) {
	if typ.New == nil {
		return nil, false
	}
	if sb := solidBase(typ); sb == ObjectType || !sb.IsSubtype(BaseExceptionType) {
		// other built-in bases may do their work in __init__
		return nil, false
	}
	if !userLookup(typ, dNew).IsNull() {
		return nil, false
	}
	f := userLookup(typ, dInit)
	if f.IsNull() || f.Type() != FunctionType {
		return nil, false
	}
	return AsFunction(f), true
}
