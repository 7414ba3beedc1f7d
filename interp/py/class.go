package py

import (
	"fmt"
	"unsafe"
	"weak"
)

// Interned dunder names for the user-class slots.
var (
	dBool         = Intern("__bool__")
	dCall         = Intern("__call__")
	dContains     = Intern("__contains__")
	dDelattr      = Intern("__delattr__")
	dDelete       = Intern("__delete__")
	dEq           = Intern("__eq__")
	dFloat        = Intern("__float__")
	dGet          = Intern("__get__")
	dGetattr      = Intern("__getattr__")
	dGetattribute = Intern("__getattribute__")
	dGetitem      = Intern("__getitem__")
	dHash         = Intern("__hash__")
	dIndex        = Intern("__index__")
	dInit         = Intern("__init__")
	dInt          = Intern("__int__")
	dIter         = Intern("__iter__")
	dLen          = Intern("__len__")
	dNew          = Intern("__new__")
	dNext         = Intern("__next__")
	dRepr         = Intern("__repr__")
	dSet          = Intern("__set__")
	dSetattr      = Intern("__setattr__")
	dStr          = Intern("__str__")
	dSetitem      = Intern("__setitem__")
	dDelitem      = Intern("__delitem__")
	cmpDunderStrs = [6]*Str{Intern("__lt__"), Intern("__le__"), Intern("__eq__"), Intern("__ne__"), Intern("__gt__"), Intern("__ge__")}
)

// userLookup finds a dunder defined by a user class in typ's MRO, stopping
// at the first built-in class (whose behaviour lives in its slots).
func userLookup(typ *Type, n *Str) Value {
	if typ.User {
		return typ.cachedLookup(n, true)
	}
	return userLookupSlow(typ, n)
}

func userLookupSlow(typ *Type, n *Str) Value {
	for _, m := range typ.MRO {
		if !m.User {
			return Null
		}
		if v, ok := m.Dict().getStr(n); ok {
			return v
		}
	}
	return Null
}

// callDunder calls a dunder found on the type with self first; the
// descriptor is bound only when it is not a plain function.
func callDunder(t *Thread, f, self Value, args ...Value) (Value, *Exception) {
	if f.Type() == FunctionType {
		a := make([]Value, 0, len(args)+1)
		a = append(a, self)
		a = append(a, args...)
		return CallFunction(t, AsFunction(f), a, nil)
	}
	if dg := f.Type().DescrGet; dg != nil {
		b, err := dg(t, f, self, self.Type())
		if err != nil {
			return Null, err
		}
		return Call(t, b, args, nil)
	}
	return Call(t, f, args, nil)
}

// PlainInit reports whether calling the class is just object.__new__
// followed by a Python __init__ (the VM then runs __init__ inline); it
// returns that __init__ and a fresh instance.
func (typ *Type) PlainInit() (*Function, Value, bool) {
	if !typ.User {
		return nil, Null, false
	}
	if v := typ.Version(); typ.initVer != v {
		// the answer holds while the version does
		typ.initVer, typ.initFn = v, nil
		if typ.typ == TypeType && solidBase(typ) == ObjectType && userLookup(typ, dNew).IsNull() {
			if f := userLookup(typ, dInit); !f.IsNull() && f.Type() == FunctionType {
				typ.initFn = AsFunction(f)
			}
		}
	}
	if typ.initFn == nil {
		return nil, Null, false
	}
	return typ.initFn, typ.Alloc(typ), true
}

// LookupSpecial finds a dunder on v's type and binds it (for with, etc.).
func LookupSpecial(t *Thread, v Value, name string) (Value, *Exception) {
	f := v.Type().Lookup(internFast(name))
	if f.IsNull() {
		return Null, nil
	}
	if dg := f.Type().DescrGet; dg != nil {
		return dg(t, f, v, v.Type())
	}
	return f, nil
}

// installUserSlots gives a class statement's type slots that dispatch to
// its dunder methods, falling back to the built-in base's slots.
func installUserSlots(typ *Type) {
	base := typ.Base
	typ.Repr = func(t *Thread, v Value) (string, *Exception) {
		f := userLookup(v.Type(), dRepr)
		if f.IsNull() {
			return solidBase(v.Type()).Repr(t, Unbox(v))
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return "", err
		}
		if !IsStr(r) {
			return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
		}
		return StrOf(r), nil
	}
	typ.Str = func(t *Thread, v Value) (string, *Exception) {
		f := userLookup(v.Type(), dStr)
		if f.IsNull() {
			sb := solidBase(v.Type())
			if sb.Str != nil && sb != ObjectType {
				return sb.Str(t, Unbox(v))
			}
			return Repr(t, v)
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return "", err
		}
		if !IsStr(r) {
			return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
		}
		return StrOf(r), nil
	}
	typ.Hash = func(t *Thread, v Value) (int64, *Exception) {
		f := userLookup(v.Type(), dHash)
		if f.IsNull() {
			h := solidBase(v.Type()).Hash
			if h == nil {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
			}
			return h(t, Unbox(v))
		}
		if f.IsNone() {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return 0, err
		}
		if !IsIntLike(r) {
			return 0, NewTypeError("__hash__ method should return an integer")
		}
		if r.IsInt() || r.IsBool() {
			// CPython keeps a result that fits a Py_ssize_t as it is (only
			// -1, its error value, becomes -2), so hash(obj) == hash(key)
			// for a __hash__ that returns hash(key)
			if h := r.Int(); h != -1 {
				return h, nil
			}
			return -2, nil
		}
		return intHash(r), nil
	}
	typ.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		f := userLookup(a.Type(), cmpDunderStrs[op])
		if f.IsNull() {
			if op == NE && neIsObjects(a.Type()) {
				// object's __ne__ inverts __eq__; a built-in base's own
				// __ne__ (str's, int's) compares without it
				if eq := userLookup(a.Type(), dEq); !eq.IsNull() {
					r, err := callDunder(t, eq, a, b)
					if err != nil || r.IsNotImplemented() {
						return r, err
					}
					tr, err := Truth(t, r)
					return MakeBool(!tr), err
				}
			}
			if c := solidBase(a.Type()).Compare; c != nil {
				return c(t, Unbox(a), Unbox(b), op)
			}
			return NotImplemented, nil
		}
		if f.IsNone() {
			return NotImplemented, nil
		}
		return callDunder(t, f, a, b)
	}
	typ.Bool = func(t *Thread, v Value) (bool, *Exception) {
		if f := userLookup(v.Type(), dBool); !f.IsNull() {
			r, err := callDunder(t, f, v)
			if err != nil {
				return false, err
			}
			if !r.IsBool() {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
			}
			return r.Bool(), nil
		}
		if f := userLookup(v.Type(), dLen); !f.IsNull() {
			n, err := typ.Len(t, v)
			return n > 0, err
		}
		sb := solidBase(v.Type())
		if sb.Bool != nil {
			return sb.Bool(t, Unbox(v))
		}
		if sb.Len != nil {
			n, err := sb.Len(t, Unbox(v))
			return n > 0, err
		}
		return true, nil
	}
	typ.Len = func(t *Thread, v Value) (int, *Exception) {
		f := userLookup(v.Type(), dLen)
		if f.IsNull() {
			if l := solidBase(v.Type()).Len; l != nil {
				return l(t, Unbox(v))
			}
			return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(v))
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return 0, err
		}
		// slot_sq_length: the result goes through PyNumber_Index (an int
		// subclass counts as its value), the sign is checked before the
		// size, and a length past Py_ssize_t is an OverflowError
		if r, err = IndexValue(t, r); err != nil {
			return 0, err
		}
		if intCmp(r, MakeInt(0)) < 0 {
			return 0, NewValueError("__len__() should return >= 0")
		}
		if !r.IsInt() {
			return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return int(r.Int()), nil
	}
	typ.GetAttr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		var r Value
		var err *Exception
		fl := v.Type().flags()
		if fl&(flagGetattribute|flagGetattr) == 0 {
			sb := solidBase(v.Type())
			if sb.GetAttr != nil {
				return sb.GetAttr(t, v, name)
			}
			return GenericGetAttr(t, v, name)
		}
		if ga := userLookup(v.Type(), dGetattribute); !ga.IsNull() {
			r, err = callDunder(t, ga, v, name.V())
		} else {
			sb := solidBase(v.Type())
			if sb.GetAttr != nil {
				r, err = sb.GetAttr(t, v, name)
			} else {
				r, err = GenericGetAttr(t, v, name)
			}
		}
		if err != nil && err.Matches(AttributeErrorType) {
			if ga := userLookup(v.Type(), dGetattr); !ga.IsNull() {
				return callDunder(t, ga, v, name.V())
			}
		}
		return r, err
	}
	typ.SetAttr = func(t *Thread, v Value, name *Str, val Value) *Exception {
		if v.Type().flags()&(flagSetattr|flagDelattr) == 0 {
			sb := solidBase(v.Type())
			if sb.SetAttr != nil {
				return sb.SetAttr(t, v, name, val)
			}
			return GenericSetAttr(t, v, name, val)
		}
		if val.IsNull() {
			if f := userLookup(v.Type(), dDelattr); !f.IsNull() {
				_, err := callDunder(t, f, v, name.V())
				return err
			}
		} else if f := userLookup(v.Type(), dSetattr); !f.IsNull() {
			_, err := callDunder(t, f, v, name.V(), val)
			return err
		}
		sb := solidBase(v.Type())
		if sb.SetAttr != nil {
			return sb.SetAttr(t, v, name, val)
		}
		return GenericSetAttr(t, v, name, val)
	}
	typ.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
		f := userLookup(fn.Type(), dCall)
		if f.IsNull() {
			if c := solidBase(fn.Type()).Call; c != nil {
				return c(t, fn, args, kw)
			}
			return Null, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(fn))
		}
		a := make([]Value, 0, len(args)+1)
		a = append(append(a, fn), args...)
		if f.Type() == FunctionType {
			return CallFunction(t, AsFunction(f), a, kw)
		}
		return Call(t, f, a, kw)
	}
	typ.Iter = func(t *Thread, v Value) (Value, *Exception) {
		f := userLookup(v.Type(), dIter)
		if f.IsNull() {
			if it := solidBase(v.Type()).Iter; it != nil {
				return it(t, Unbox(v))
			}
			if !userLookup(v.Type(), dGetitem).IsNull() {
				return NewSeqIter(v), nil
			}
			return Null, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(v))
		}
		if f.IsNone() {
			return Null, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(v))
		}
		return callDunder(t, f, v)
	}
	typ.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		f := userLookup(v.Type(), dNext)
		if f.IsNull() {
			if n := solidBase(v.Type()).Next; n != nil {
				return n(t, v)
			}
			return Null, false, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(v))
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			if err.Matches(StopIterationType) {
				t.Stop, t.StopFrom = err, v
				return Null, false, nil
			}
			return Null, false, err
		}
		return r, true, nil
	}
	typ.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
		f := userLookup(v.Type(), dGetitem)
		if f.IsNull() {
			if g := solidBase(v.Type()).GetItem; g != nil {
				return g(t, Unbox(v), k)
			}
			return Null, Errorf(TypeErrorType, "'%s' object is not subscriptable", TypeName(v))
		}
		return callDunder(t, f, v, k)
	}
	typ.SetItem = func(t *Thread, v, k, val Value) *Exception {
		name := dSetitem
		if val.IsNull() {
			name = dDelitem
		}
		f := userLookup(v.Type(), name)
		if f.IsNull() {
			if s := solidBase(v.Type()).SetItem; s != nil {
				return s(t, v, k, val)
			}
			if val.IsNull() {
				return Errorf(AttributeErrorType, "__delitem__")
			}
			return Errorf(TypeErrorType, "'%s' object does not support item assignment", TypeName(v))
		}
		var err *Exception
		if val.IsNull() {
			_, err = callDunder(t, f, v, k)
		} else {
			_, err = callDunder(t, f, v, k, val)
		}
		return err
	}
	typ.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
		f := userLookup(v.Type(), dContains)
		if f.IsNull() {
			if c := solidBase(v.Type()).Contains; c != nil {
				return c(t, Unbox(v), k)
			}
			it, err := Iter(t, v)
			if err != nil {
				return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", TypeName(v))
			}
			for {
				x, ok, err := Next(t, it)
				if err != nil || !ok {
					return false, err
				}
				eq, err := Equal(t, x, k)
				if err != nil || eq {
					return eq, err
				}
			}
		}
		r, err := callDunder(t, f, v, k)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	for op := 0; op < NumBinOps; op++ {
		op := op
		names := binOpDunderNames()
		name, rname, iname := names[op][0], names[op][1], names[op][2]
		typ.Binary[op] = func(t *Thread, a, b Value) (Value, *Exception) {
			if a.Type().User {
				if f := userLookup(a.Type(), name); !f.IsNull() {
					r, err := callDunder(t, f, a, b)
					if err != nil || !r.IsNotImplemented() {
						return r, err
					}
				} else if sf := solidBase(a.Type()).Binary[op]; sf != nil {
					r, err := sf(t, Unbox(a), Unbox(b))
					if err != nil || !r.IsNotImplemented() {
						return r, err
					}
				}
			}
			if b.Type().User && b.Type() != a.Type() {
				if f := userLookup(b.Type(), rname); !f.IsNull() {
					return callDunder(t, f, b, a)
				}
				if sf := solidBase(b.Type()).Binary[op]; sf != nil && !a.Type().User {
					if op == OpMod && IsStr(a) {
						// b is the format's argument: '%s' % b must see
						// b's own __str__ and __repr__
						return sf(t, a, b)
					}
					return sf(t, a, Unbox(b))
				}
			}
			return NotImplemented, nil
		}
		typ.Inplace[op] = func(t *Thread, a, b Value) (Value, *Exception) {
			if f := userLookup(a.Type(), iname); !f.IsNull() {
				return callDunder(t, f, a, b)
			}
			if sf := solidBase(a.Type()).Inplace[op]; sf != nil {
				return sf(t, Unbox(a), Unbox(b))
			}
			return NotImplemented, nil
		}
	}
	un := func(name string, slot *UnaryFn, baseSlot UnaryFn) {
		nameS := Intern(name)
		*slot = func(t *Thread, v Value) (Value, *Exception) {
			f := userLookup(v.Type(), nameS)
			if f.IsNull() {
				if baseSlot != nil {
					return baseSlot(t, Unbox(v))
				}
				switch name {
				case "__neg__":
					return Null, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", TypeName(v))
				case "__pos__":
					return Null, Errorf(TypeErrorType, "bad operand type for unary +: '%s'", TypeName(v))
				case "__invert__":
					return Null, Errorf(TypeErrorType, "bad operand type for unary ~: '%s'", TypeName(v))
				case "__abs__":
					return Null, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(v))
				case "__index__":
					return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
				case "__int__":
					return Null, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a number, not '%s'", TypeName(v))
				}
				return Null, Errorf(TypeErrorType, "float() argument must be a string or a number, not '%s'", TypeName(v))
			}
			return callDunder(t, f, v)
		}
	}
	sb := solidBase(typ)
	un("__neg__", &typ.Neg, sb.Neg)
	un("__pos__", &typ.Pos, sb.Pos)
	un("__invert__", &typ.Invert, sb.Invert)
	un("__abs__", &typ.Abs, sb.Abs)
	un("__index__", &typ.Index, sb.Index)
	un("__int__", &typ.ToInt, sb.ToInt)
	un("__float__", &typ.ToFloat, sb.ToFloat)
	if sb.Index == nil && userLookup(typ, dIndex).IsNull() {
		typ.Index = nil
	}
	if sb.ToInt == nil && userLookup(typ, dInt).IsNull() {
		typ.ToInt = nil
	}
	if sb.ToFloat == nil && userLookup(typ, dFloat).IsNull() {
		typ.ToFloat = nil
	}
	installDescrSlots(typ)
	typ.New = func(t *Thread, cls *Type, args []Value, kw []string) (Value, *Exception) {
		f := userLookup(cls, dNew)
		if f.IsNull() {
			return solidBase(cls).New(t, cls, args, kw)
		}
		if f.Type() == StaticMethodType {
			f = (*StaticMethod)(f.p).F
		}
		a := make([]Value, 0, len(args)+1)
		a = append(append(a, cls.V()), args...)
		return Call(t, f, a, kw)
	}
	typ.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
		f := userLookup(self.Type(), dInit)
		if f.IsNull() {
			sbt := solidBase(self.Type())
			if sbt == ObjectType {
				return nil
			}
			return sbt.Init(t, self, args, kw)
		}
		a := make([]Value, 0, len(args)+1)
		a = append(append(a, self), args...)
		r, err := Call(t, f, a, kw)
		if err != nil {
			return err
		}
		if !r.IsNone() {
			return Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
		}
		return nil
	}
	_ = base
}

// NewClass is type(name, bases, dict) for a class statement.
func NewClass(t *Thread, meta *Type, name string, bases []*Type, dict *Dict) (*Type, *Exception) {
	return newClassKw(t, meta, name, bases, dict, nil, nil)
}

// newClassKw is NewClass passing the class statement's keywords (kwv
// named by kw) on to the bases' __init_subclass__.
func newClassKw(t *Thread, meta *Type, name string, bases []*Type, dict *Dict, kwv []Value, kw []string) (*Type, *Exception) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		for _, b2 := range bases[:i] {
			if b2 == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
		if b.Final {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	typ := &Type{Name: name, User: true, Bases: bases, dict: NewDict()}
	typ.typ = meta
	mro, err := c3MRO(typ, bases)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	// The layout base: the first base with a non-object solid base wins.
	typ.Base = bases[0]
	for _, b := range bases {
		if solidBase(b) != ObjectType {
			if sb := solidBase(typ.Base); sb != ObjectType && sb != solidBase(b) && !solidBase(b).IsSubtype(sb) && !sb.IsSubtype(solidBase(b)) {
				return nil, NewTypeError("multiple bases have instance lay-out conflict")
			}
			typ.Base = b
			break
		}
	}
	dict.settle()
	for _, e := range dict.entries {
		if !e.key.IsNull() {
			typ.Dict().setHashed(t, e.key, e.value, e.hash)
		}
	}
	typ.Qualname = name
	if q, ok := typ.Dict().GetStr("__qualname__"); ok && IsStr(q) {
		typ.Qualname = StrOf(q)
		typ.Dict().Pop(t, InternV("__qualname__"))
	}
	typ.Module = "__main__"
	if m, ok := typ.Dict().GetStr("__module__"); ok && IsStr(m) {
		typ.Module = StrOf(m)
	}
	if _, ok := typ.Dict().GetStr("__doc__"); !ok {
		typ.Dict().SetStr("__doc__", None)
	}
	// __eq__ without __hash__ makes instances unhashable.
	if _, ok := typ.Dict().GetStr("__eq__"); ok {
		if _, ok := typ.Dict().GetStr("__hash__"); !ok {
			typ.Dict().SetStr("__hash__", None)
		}
	}
	for _, n := range []string{"__new__"} {
		if f, ok := typ.Dict().GetStr(n); ok && f.Type() == FunctionType {
			typ.Dict().SetStr(n, staticMethodOf(f))
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := typ.Dict().GetStr(n); ok && f.Type() == FunctionType {
			typ.Dict().SetStr(n, classMethodOf(f))
		}
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, weak.Make(typ))
	}
	registerType(typ)
	typ.Alloc = solidBase(typ).Alloc
	if err := setupSlots(typ); err != nil {
		return nil, err
	}
	setupBoxedClass(typ)
	installUserSlots(typ)
	// __set_name__ and __init_subclass__
	var setErr *Exception
	typ.Dict().Range(func(k, v Value) bool {
		if f := v.Type().LookupS("__set_name__"); !f.IsNull() && v.Type().User {
			if _, err := callDunder(t, f, v, typ.V(), k); err != nil {
				setErr = err
				return false
			}
		}
		return true
	})
	if setErr != nil {
		return nil, setErr
	}
	if len(typ.MRO) > 1 {
		sup := NewSuper(typ, typ.V())
		if f, err := GetAttrS(t, sup, "__init_subclass__"); err == nil {
			if _, err := Call(t, f, kwv, kw); err != nil {
				return nil, err
			}
		}
	}
	return typ, nil
}

// Super is a super() proxy.
type Super struct {
	Object
	Typ *Type
	Obj Value
	// ObjType is the type whose MRO is searched.
	ObjType *Type
}

var SuperType = &Type{Name: "super"}

// NewSuper is super(typ, obj).
func NewSuper(typ *Type, obj Value) Value {
	s := &Super{Typ: typ, Obj: obj}
	if IsType(obj) && AsType(obj).IsSubtype(typ) {
		s.ObjType = AsType(obj)
	} else {
		s.ObjType = obj.Type()
	}
	s.typ = SuperType
	return valueOf(unsafe.Pointer(s))
}

func initSuper() {
	s := SuperType
	s.GetAttr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		sp := (*Super)(v.p)
		switch name.s {
		case "__thisclass__":
			return sp.Typ.V(), nil
		case "__self__":
			return sp.Obj, nil
		case "__self_class__":
			return sp.ObjType.V(), nil
		}
		if name.s != "__class__" {
			mro := sp.ObjType.MRO
			i := 0
			for i < len(mro) && mro[i] != sp.Typ {
				i++
			}
			for i++; i < len(mro); i++ {
				if x, ok := mro[i].Dict().getStr(name); ok {
					if dg := x.Type().DescrGet; dg != nil {
						obj := sp.Obj
						if obj.p == unsafe.Pointer(sp.ObjType) {
							obj = Null
						}
						return dg(t, x, obj, sp.ObjType)
					}
					return x, nil
				}
			}
		}
		return GenericGetAttr(t, v, name)
	}
	s.Repr = func(t *Thread, v Value) (string, *Exception) {
		sp := (*Super)(v.p)
		return fmt.Sprintf("<super: <class '%s'>, <%s object>>", sp.Typ.Name, sp.ObjType.Name), nil
	}
	s.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		switch {
		case len(kw) > 0:
			return Null, Errorf(TypeErrorType, "super() takes no keyword arguments")
		case len(args) > 2:
			return Null, Errorf(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
		case !IsType(args[0]):
			return Null, Errorf(TypeErrorType, "super() argument 1 must be type, not %s", TypeName(args[0]))
		case len(args) != 2:
			return Null, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		st := AsType(args[0])
		obj := args[1]
		if !obj.Type().IsSubtype(st) && !(IsType(obj) && AsType(obj).IsSubtype(st)) {
			return Null, NewTypeError("super(type, obj): obj must be an instance or subtype of type")
		}
		return NewSuper(st, obj), nil
	}
	initType(s, ObjectType)
}

func typeRepr(t *Thread, v Value) (string, *Exception) {
	typ := AsType(v)
	if typ.Module != "builtins" && typ.Module != "" {
		return "<class '" + typ.Module + "." + typ.Qualname + "'>", nil
	}
	return "<class '" + typ.Qualname + "'>", nil
}

func typeGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	typ := AsType(v)
	meta := v.Type()
	metaAttr := meta.Lookup(name)
	if !metaAttr.IsNull() {
		if mt := metaAttr.Type(); mt.DescrGet != nil && mt.DescrSet != nil {
			return mt.DescrGet(t, metaAttr, v, meta)
		}
	}
	if attr := typ.Lookup(name); !attr.IsNull() {
		if dg := attr.Type().DescrGet; dg != nil {
			return dg(t, attr, Null, typ)
		}
		return attr, nil
	}
	if !metaAttr.IsNull() {
		if dg := metaAttr.Type().DescrGet; dg != nil {
			return dg(t, metaAttr, v, meta)
		}
		return metaAttr, nil
	}
	if meta.User {
		if ga := userLookup(meta, dGetattr); !ga.IsNull() {
			return callDunder(t, ga, v, name.V())
		}
	}
	return Null, attrError(v, name)
}

func typeSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	typ := AsType(v)
	if !typ.User {
		return Errorf(TypeErrorType, "can't set attributes of built-in/extension type '%s'", typ.Name)
	}
	if descr := v.Type().Lookup(name); !descr.IsNull() {
		if ds := descr.Type().DescrSet; ds != nil {
			return ds(t, descr, v, val)
		}
	}
	if typ.replaceData(name, val) {
		return nil
	}
	typ.Modified()
	switch name.s {
	case "__get__", "__set__", "__delete__", "__index__", "__int__", "__float__":
		// slots whose presence (nil or not) depends on these names
		defer reinstallDescrSlots(typ)
	}
	if val.IsNull() {
		if _, ok, _ := typ.Dict().Pop(t, name.V()); !ok {
			return attrError(v, name)
		}
		return nil
	}
	typ.Dict().SetS(name, val)
	return nil
}

// installDescrSlots sets typ's descriptor slots from whether it (or a
// base) defines __get__, __set__ or __delete__. Whether DescrSet is nil
// decides data vs non-data descriptor, so typeSetAttr re-runs this when
// one of those names is assigned or deleted after the class statement.
func installDescrSlots(typ *Type) {
	if userLookup(typ, dGet).IsNull() {
		// a subclass of property, classmethod, ... keeps its base's
		typ.DescrGet = solidBase(typ).DescrGet
	} else {
		typ.DescrGet = func(t *Thread, descr, obj Value, owner *Type) (Value, *Exception) {
			o := obj
			if o.IsNull() {
				o = None
			}
			ov := None
			if owner != nil {
				ov = owner.V()
			}
			return callDunder(t, userLookup(descr.Type(), dGet), descr, o, ov)
		}
	}
	if userLookup(typ, dSet).IsNull() && userLookup(typ, dDelete).IsNull() {
		typ.DescrSet = solidBase(typ).DescrSet
	} else {
		typ.DescrSet = func(t *Thread, descr, obj, val Value) *Exception {
			var err *Exception
			if val.IsNull() {
				f := userLookup(descr.Type(), dDelete)
				if f.IsNull() {
					return Errorf(AttributeErrorType, "__delete__")
				}
				_, err = callDunder(t, f, descr, obj)
			} else {
				f := userLookup(descr.Type(), dSet)
				if f.IsNull() {
					return Errorf(AttributeErrorType, "__set__")
				}
				_, err = callDunder(t, f, descr, obj, val)
			}
			return err
		}
	}
}

// reinstallDescrSlots re-derives the slots of typ and its subclasses
// whose presence depends on a dunder (descriptor slots, Index, ToInt,
// ToFloat) after one is assigned or deleted. Attribute
// caches of other classes may hold typ's instances as plain class
// attributes (or as non-data descriptors), so every type's version is
// renewed too: such assignments are rare, lookups are not.
func reinstallDescrSlots(typ *Type) {
	installDescrSlotsTree(typ)
	TypesChanged()
}

func installDescrSlotsTree(typ *Type) {
	if !typ.User {
		return
	}
	installUserSlots(typ) // idempotent: it only derives slots
	for _, w := range typ.subclasses {
		if c := w.Value(); c != nil {
			installDescrSlotsTree(c)
		}
	}
}

func typeCall(t *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	typ := AsType(fn)
	if typ == TypeType && len(args) == 1 && len(kw) == 0 {
		return ClassOf(args[0]).V(), nil
	}
	if typ == DictType && len(args) == 1 && len(kw) == 0 && args[0].Type() == DictType && copyRunsNoEq(AsDict(args[0])) {
		return copyDict(AsDict(args[0])).V(), nil // dict(d): one allocation
	}
	if typ.New == nil {
		return Null, Errorf(TypeErrorType, "cannot create '%s' instances", typ.Name)
	}
	obj, err := typ.New(t, typ, args, kw)
	if err != nil {
		return Null, err
	}
	if !obj.Type().IsSubtype(typ) {
		return obj, nil
	}
	if init := obj.Type().Init; init != nil {
		if err := init(t, obj, args, kw); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

func initTypeType() {
	tt := TypeType
	tt.typ = TypeType
	tt.Repr = typeRepr
	tt.GetAttr = typeGetAttr
	tt.SetAttr = typeSetAttr
	tt.Call = typeCall
	tt.Hash = func(_ *Thread, v Value) (int64, *Exception) { return int64(uintptr(v.p)) >> 4, nil }
	tt.Alloc = func(typ *Type) Value {
		n := &Type{}
		n.typ = typ
		return n.V()
	}
	tt.New = func(t *Thread, meta *Type, args []Value, kw []string) (Value, *Exception) {
		pos := args[:len(args)-len(kw)]
		if len(pos) != 3 {
			return Null, NewTypeError("type() takes 1 or 3 arguments")
		}
		if !IsStr(pos[0]) || !IsTuple(pos[1]) || !IsDict(pos[2]) {
			return Null, NewTypeError("type.__new__() argument types")
		}
		var bases []*Type
		for _, b := range AsTuple(pos[1]) {
			if !IsType(b) {
				// CPython reaches the metaclass check first: type(b) is
				// not a subclass of type
				return Null, NewTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
			bases = append(bases, AsType(b))
		}
		// the most derived metaclass of the bases wins
		for _, b := range bases {
			if b.Meta().IsSubtype(meta) {
				meta = b.Meta()
			}
		}
		typ, err := newClassKw(t, meta, StrOf(pos[0]), bases, AsDict(pos[2]), args[len(pos):], kw)
		if err != nil {
			return Null, err
		}
		return typ.V(), nil
	}
	tt.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception { return nil }
	initType(tt, ObjectType)
	tt.GetAttr = typeGetAttr
	get := func(name string, f func(typ *Type) Value) {
		addGetter(tt, name, func(t *Thread, v Value) (Value, *Exception) { return f(AsType(v)), nil })
	}
	get("__name__", func(typ *Type) Value { return NewStr(typ.Name) })
	get("__qualname__", func(typ *Type) Value { return NewStr(typ.Qualname) })
	get("__module__", func(typ *Type) Value {
		if m, ok := typ.Dict().GetStr("__module__"); ok && typ.User {
			return m
		}
		return NewStr(typ.Module)
	})
	get("__mro__", func(typ *Type) Value {
		out := make([]Value, len(typ.MRO))
		for i, m := range typ.MRO {
			out[i] = m.V()
		}
		return NewTuple(out)
	})
	get("__bases__", func(typ *Type) Value {
		out := make([]Value, len(typ.Bases))
		for i, m := range typ.Bases {
			out[i] = m.V()
		}
		return NewTuple(out)
	})
	get("__base__", func(typ *Type) Value {
		if len(typ.Bases) == 0 {
			return None
		}
		return typ.Bases[0].V()
	})
	get("__dict__", func(typ *Type) Value { return typ.Dict().Copy().V() })
	get("__doc__", func(typ *Type) Value {
		if !typ.User {
			typ.Dict() // the VM sets a built-in type's Doc as its dict is built (OnBuilt)
		}
		if !typ.User && !typ.Doc.IsNull() {
			// a built-in type whose __doc__ slot describes its instances'
			// attribute (function, type) keeps its own text here
			return typ.Doc
		}
		if d, ok := typ.Dict().GetStr("__doc__"); ok {
			if d.Type() == GetSetType {
				return None
			}
			return d
		}
		return None
	})
	addMethod(tt, "__call__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return typeCall(t, a[0], a[1:], kw)
	})
	addMethod(tt, "mro", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		typ := AsType(a[0])
		out := make([]Value, len(typ.MRO))
		for i, m := range typ.MRO {
			out[i] = m.V()
		}
		return NewList(out), nil
	})
	addMethod(tt, "__subclasses__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		typ := AsType(a[0])
		var out []Value
		live := typ.subclasses[:0]
		for _, w := range typ.subclasses {
			if c := w.Value(); c != nil {
				out = append(out, c.V())
				live = append(live, w)
			}
		}
		typ.subclasses = live
		return NewList(out), nil
	})
	addMethod(tt, "__instancecheck__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return MakeBool(a[1].Type().IsSubtype(AsType(a[0]))), nil
	})
	addMethod(tt, "__subclasscheck__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return MakeBool(IsType(a[1]) && AsType(a[1]).IsSubtype(AsType(a[0]))), nil
	})
}
