package py

import "unsafe"

// ExposeSlots is exposeSlots for types made outside this package (call
// it once their slots are set): done when the type's dict is built
// (typedict_lazy.go), with the slots set by then.
func ExposeSlots(typ *Type) { exposeLater(typ) }

// exposeSlots puts a built-in type's slots into its dict as dunder
// methods (list.__len__, object.__init__, int.__add__, ...), so that
// explicit calls, super() and hasattr see them, as in CPython.
func exposeSlots(typ *Type) {
	// inherited reports whether the type that name resolves to past typ
	// in the MRO exposes it as its own slot builtin for the very same slot
	// function (same): then typ's dict leaves it to that type, as
	// CPython's does (vars(ValueError) has no __repr__), and start-up
	// makes one builtin per slot rather than one per slot per subclass.
	inherited := func(name string, same func(o *Type) bool) bool {
		if len(typ.MRO) < 2 || typ == BoolType && boolOwnSlots(name) {
			return false
		}
		n := Intern(name)
		for _, o := range typ.MRO[1:] {
			if v, ok := o.Dict().LookupStr(n); ok {
				return v.Type() == BuiltinType && AsBuiltin(v).Owner == o && same(o)
			}
		}
		return false
	}
	add := func(name string, ok bool, fn func(t *Thread, a []Value, kw []string) (Value, *Exception)) {
		if !ok {
			return
		}
		// One Intern for the lookup and the store: this runs ~2,000 times
		// in every process's start-up.
		n := Intern(name)
		if _, has := typ.dictRaw().LookupStr(n); has {
			return
		}
		b := &Builtin{Name: name, Fn: fn, Owner: typ}
		b.typ = BuiltinType
		typ.dictRaw().SetS(n, b.V())
	}
	add("__repr__", typ.Repr != nil && !inherited("__repr__", func(o *Type) bool { return sameFn(typ.Repr, o.Repr) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		s, err := typ.Repr(t, a[0])
		return NewStr(s), err
	})
	add("__str__", !inherited("__str__", func(o *Type) bool { return sameOrNil(typ.Str, o.Str) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if typ.Str != nil {
			s, err := typ.Str(t, a[0])
			return NewStr(s), err
		}
		return ReprV(t, a[0])
	})
	if _, has := typ.dictRaw().GetStr("__hash__"); !has && typ.Hash != nil {
		add("__hash__", true, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			h, err := typ.Hash(t, a[0])
			return MakeInt(h), err
		})
	}
	if typ.Compare != nil && !inherited(cmpDunders[LT], func(o *Type) bool { return sameFn(typ.Compare, o.Compare) }) {
		for op := LT; op <= GE; op++ {
			op := op
			add(cmpDunders[op], true, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				if err := ArgCount(cmpDunders[op], a[1:], 1, 1); err != nil {
					return Null, err
				}
				return typ.Compare(t, a[0], a[1], op)
			})
		}
	}
	add("__len__", typ.Len != nil && !inherited("__len__", func(o *Type) bool { return sameFn(typ.Len, o.Len) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		n, err := typ.Len(t, a[0])
		return MakeInt(int64(n)), err
	})
	add("__getitem__", typ.GetItem != nil && !inherited("__getitem__", func(o *Type) bool { return sameFn(typ.GetItem, o.GetItem) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__getitem__", a[1:], 1, 1); err != nil {
			return Null, err
		}
		return typ.GetItem(t, a[0], a[1])
	})
	add("__setitem__", typ.SetItem != nil && !inherited("__setitem__", func(o *Type) bool { return sameFn(typ.SetItem, o.SetItem) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__setitem__", a[1:], 2, 2); err != nil {
			return Null, err
		}
		return None, typ.SetItem(t, a[0], a[1], a[2])
	})
	add("__delitem__", typ.SetItem != nil && !inherited("__delitem__", func(o *Type) bool { return sameFn(typ.SetItem, o.SetItem) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__delitem__", a[1:], 1, 1); err != nil {
			return Null, err
		}
		return None, typ.SetItem(t, a[0], a[1], Null)
	})
	add("__contains__", typ.Contains != nil && !inherited("__contains__", func(o *Type) bool { return sameFn(typ.Contains, o.Contains) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		r, err := typ.Contains(t, a[0], a[1])
		return MakeBool(r), err
	})
	add("__iter__", typ.Iter != nil && !inherited("__iter__", func(o *Type) bool { return sameFn(typ.Iter, o.Iter) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return typ.Iter(t, a[0])
	})
	add("__next__", typ.Next != nil && !inherited("__next__", func(o *Type) bool { return sameFn(typ.Next, o.Next) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		v, ok, err := typ.Next(t, a[0])
		if err == nil && !ok {
			err = NewException(StopIterationType)
		}
		return v, err
	})
	add("__bool__", typ.Bool != nil && typ.Len == nil && typ != ObjectType, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		r, err := typ.Bool(t, a[0])
		return MakeBool(r), err
	})
	add("__call__", typ.Call != nil && typ != TypeType, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return typ.Call(t, a[0], a[1:], kw)
	})
	for op := 0; op < NumBinOps; op++ {
		op := op
		if f := typ.Binary[op]; f != nil {
			same := func(o *Type) bool { return sameFn(f, o.Binary[op]) }
			add("__"+binOpNames[op]+"__", !inherited("__"+binOpNames[op]+"__", same), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				return f(t, a[0], a[1])
			})
			seq := typ == StrType || typ == ListType || typ == TupleType || typ == BytesType || typ == ByteArrayType
			add("__r"+binOpNames[op]+"__", !(seq && op == OpAdd) && !(!seq && inherited("__r"+binOpNames[op]+"__", same)), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				return f(t, a[1], a[0])
			})
		}
		if f := typ.Inplace[op]; f != nil {
			add("__i"+binOpNames[op]+"__", !inherited("__i"+binOpNames[op]+"__", func(o *Type) bool { return sameFn(f, o.Inplace[op]) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				return f(t, a[0], a[1])
			})
		}
	}
	un := func(name string, f UnaryFn) {
		add(name, f != nil && !inherited(name, func(o *Type) bool { return sameUnary(name, f, o) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) { return f(t, a[0]) })
	}
	un("__neg__", typ.Neg)
	un("__pos__", typ.Pos)
	un("__invert__", typ.Invert)
	un("__abs__", typ.Abs)
	un("__index__", typ.Index)
	un("__int__", typ.ToInt)
	un("__float__", typ.ToFloat)
	add("__get__", typ.DescrGet != nil && !inherited("__get__", func(o *Type) bool { return sameFn(typ.DescrGet, o.DescrGet) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__get__", a[1:], 1, 2); err != nil {
			return Null, err
		}
		obj := a[1]
		var owner *Type
		if len(a) > 2 && !a[2].IsNone() {
			if !IsType(a[2]) {
				return Null, NewTypeError("__get__(None, None) is invalid")
			}
			owner = AsType(a[2])
		}
		if obj.IsNone() {
			if owner == nil {
				return Null, NewTypeError("__get__(None, None) is invalid")
			}
			obj = Null
		} else if owner == nil {
			owner = obj.Type()
		}
		return typ.DescrGet(t, a[0], obj, owner)
	})
	add("__set__", typ.DescrSet != nil && !inherited("__set__", func(o *Type) bool { return sameFn(typ.DescrSet, o.DescrSet) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__set__", a[1:], 2, 2); err != nil {
			return Null, err
		}
		return None, typ.DescrSet(t, a[0], a[1], a[2])
	})
	add("__delete__", typ.DescrSet != nil && !inherited("__delete__", func(o *Type) bool { return sameFn(typ.DescrSet, o.DescrSet) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("__delete__", a[1:], 1, 1); err != nil {
			return Null, err
		}
		return None, typ.DescrSet(t, a[0], a[1], Null)
	})
	add("__getattribute__", typ.GetAttr != nil && !inherited("__getattribute__", func(o *Type) bool { return sameFn(typ.GetAttr, o.GetAttr) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("attribute name must be string")
		}
		return typ.GetAttr(t, a[0], AsStr(a[1]))
	})
	add("__setattr__", typ.SetAttr != nil && !inherited("__setattr__", func(o *Type) bool { return sameFn(typ.SetAttr, o.SetAttr) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 3 || !IsStr(a[1]) {
			return Null, NewTypeError("attribute name must be string")
		}
		return None, typ.SetAttr(t, a[0], Intern(StrOf(a[1])), a[2])
	})
	add("__delattr__", typ.SetAttr != nil && !inherited("__delattr__", func(o *Type) bool { return sameFn(typ.SetAttr, o.SetAttr) }), func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("attribute name must be string")
		}
		return None, typ.SetAttr(t, a[0], Intern(StrOf(a[1])), Null)
	})
	add("__init__", typ.Init != nil, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if typ == ObjectType && len(a) > 1 {
			if err := objectInitArgs(a[0].Type()); err != nil {
				return Null, err
			}
			return None, nil
		}
		return None, typ.Init(t, a[0], a[1:], kw)
	})
	if typ.New != nil {
		if _, has := typ.dictRaw().GetStr("__new__"); !has {
			nb := &Builtin{Name: "__new__", Owner: typ, Static: true}
			nb.typ = BuiltinType
			nb.Fn = func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				if len(a) < 1 || !IsType(a[0]) {
					return Null, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object", typ.Name)
				}
				cls := AsType(a[0])
				if !cls.IsSubtype(typ) {
					return Null, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
				}
				if typ == ObjectType {
					if len(a) > 1 {
						if err := objectNewArgs(cls); err != nil {
							return Null, err
						}
					}
					if cls.Alloc == nil {
						return Null, Errorf(TypeErrorType, "object.__new__(%s) is not safe", cls.Name)
					}
					if cls.User && cls.flags()&flagAbstract != 0 {
						return Null, abstractError(t, cls)
					}
					return cls.Alloc(cls), nil
				}
				return typ.New(t, cls, a[1:], kw)
			}
			typ.dictRaw().SetStr("__new__", staticMethodOf(nb.V()))
		}
	}
}

// V is the builtin as a value.
func (b *Builtin) V() Value { return valueOf(ptrOf(b)) }

// sameFn reports whether two non-nil slot functions are the one function
// value (a subclass's inherited slot is its base's, copied).
func sameFn[F any](a, b F) bool {
	pa := *(*unsafe.Pointer)(unsafe.Pointer(&a))
	pb := *(*unsafe.Pointer)(unsafe.Pointer(&b))
	return pa != nil && pa == pb
}

// sameOrNil is sameFn where both being nil also counts as the same.
func sameOrNil[F any](a, b F) bool {
	pa := *(*unsafe.Pointer)(unsafe.Pointer(&a))
	pb := *(*unsafe.Pointer)(unsafe.Pointer(&b))
	return pa == pb
}

// sameUnary is sameFn for the unary slot exposed as name.
func sameUnary(name string, f UnaryFn, base *Type) bool {
	var g UnaryFn
	switch name {
	case "__neg__":
		g = base.Neg
	case "__pos__":
		g = base.Pos
	case "__invert__":
		g = base.Invert
	case "__abs__":
		g = base.Abs
	case "__index__":
		g = base.Index
	case "__int__":
		g = base.ToInt
	case "__float__":
		g = base.ToFloat
	}
	return sameFn(f, g)
}

// boolOwnSlots are the dunders CPython's bool defines itself although
// they behave as int's (bool_and, bool_repr, ...): vars(bool) lists them
// and bool.__and__ is a slot wrapper "of 'bool' objects".
// (a switch: a package-level map is built at every process start)
func boolOwnSlots(name string) bool {
	switch name {
	case "__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__", "__repr__", "__str__":
		return true
	}
	return false
}
