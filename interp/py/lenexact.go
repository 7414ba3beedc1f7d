package py

// LenExact is len(v) for an exact str, list, tuple or dict, whose length
// needs no method call and cannot fail: the VM's len() fast path. ok is
// false for any other type (a subclass may define __len__).
func LenExact(v Value) (int, bool) {
	switch v.Type() {
	case StrType:
		s := (*Str)(v.p)
		if s.kind() == 1 {
			return len(s.s), true
		}
		return s.Len(), true
	case ListType:
		return len((*List)(v.p).items), true
	case TupleType:
		return len((*Tuple)(v.p).items), true
	case DictType:
		return (*Dict)(v.p).Len(), true
	}
	return 0, false
}

// OrdExact is ord(v) for an exact str of one code point; ok is false
// otherwise (the builtin then raises or handles bytes and subclasses).
func OrdExact(v Value) (Value, bool) {
	if v.Type() != StrType {
		return Null, false
	}
	s := (*Str)(v.p)
	if len(s.s) == 1 && s.s[0] < 0x80 {
		return MakeInt(int64(s.s[0])), true
	}
	if r, n := Ord(s); n == 1 {
		return MakeInt(int64(r)), true
	}
	return Null, false
}
