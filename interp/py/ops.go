package py

// The abstract object protocol (CPython's Objects/abstract.c): what the
// eval loop and the builtins call. Each dispatches on the type's slots.

// Repr is repr(v).
func Repr(t *Thread, v Value) (string, *Exception) {
	typ := v.Type()
	if typ.Repr == nil {
		return "<" + typ.Name + " object>", nil
	}
	if typ.User && t != nil {
		// PyObject_Repr is a recursion level of its own in CPython
		if t.Depth >= t.RecursionLimit {
			return "", Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.Depth++
		s, err := typ.Repr(t, v)
		t.Depth--
		return s, err
	}
	return typ.Repr(t, v)
}

// Str_ is str(v) as a Go string.
func Str_(t *Thread, v Value) (string, *Exception) {
	if v.Type() == StrType {
		return StrOf(v), nil
	}
	typ := v.Type()
	if typ.Str != nil {
		return typ.Str(t, v)
	}
	return Repr(t, v)
}

// ReprV and StrV return str values.
func ReprV(t *Thread, v Value) (Value, *Exception) {
	s, err := Repr(t, v)
	if err != nil {
		return Null, err
	}
	return NewStr(s), nil
}

func StrV(t *Thread, v Value) (Value, *Exception) {
	if v.Type() == StrType {
		return v, nil
	}
	if v.IsInt() {
		return IntStr(v), nil
	}
	s, err := Str_(t, v)
	if err != nil {
		return Null, err
	}
	return NewStr(s), nil
}

// Hash is hash(v).
func Hash(t *Thread, v Value) (int64, *Exception) {
	if v.IsInt() {
		return intHash(v), nil
	}
	if v.Type() == StrType {
		return AsStr(v).Hash(), nil
	}
	typ := v.Type()
	if typ.Hash == nil {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.Name)
	}
	return typ.Hash(t, v)
}

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, *Exception) {
	switch {
	case v.IsBool():
		return v.n != 0, nil
	case v.IsInt():
		return v.n != 0, nil
	case v.IsNone():
		return false, nil
	}
	typ := v.Type()
	if typ.Bool != nil {
		return typ.Bool(t, v)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, v)
		return n > 0, err
	}
	return true, nil
}

// Truth_ is Truth ignoring errors, for internal flags.
func Truth_(v Value) bool {
	b, _ := Truth(nil, v)
	return b
}

// RichCompare is a <op> b (do_richcompare), with the reflected operand
// tried first when its type is a subclass of the left one.
func RichCompare(t *Thread, a, b Value, op int) (Value, *Exception) {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		var r bool
		switch op {
		case LT:
			r = x < y
		case LE:
			r = x <= y
		case EQ:
			r = x == y
		case NE:
			r = x != y
		case GT:
			r = x > y
		default:
			r = x >= y
		}
		return MakeBool(r), nil
	}
	ta, tb := a.Type(), b.Type()
	if ta == StrType && tb == StrType {
		return MakeBool(strCompare(AsStr(a), AsStr(b), op)), nil
	}
	checkedReverse := false
	if ta != tb && tb.Compare != nil && tb.IsSubtype(ta) {
		checkedReverse = true
		r, err := tb.Compare(t, b, a, cmpSwapped[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(t, a, b, op)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, err := tb.Compare(t, b, a, cmpSwapped[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	switch op {
	case EQ:
		return MakeBool(a == b), nil
	case NE:
		return MakeBool(a != b), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.Name, tb.Name)
}

// Equal is a == b as a Go bool (identity implies equality, as in
// PyObject_RichCompareBool).
func Equal(t *Thread, a, b Value) (bool, *Exception) {
	if a == b {
		// identity implies equality (PyObject_RichCompareBool), so
		// [nan] == [nan]; an inline float is "identical" to another
		// with the same bits, the price of not boxing floats
		return true, nil
	}
	if a.IsInt() && b.IsInt() {
		return false, nil
	}
	if a.Type() == StrType && b.Type() == StrType {
		return StrOf(a) == StrOf(b), nil
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.n != 0, nil
	}
	return Truth(t, r)
}

// BinaryOp is a <op> b (binary_op1 with the subclass rule).
func BinaryOp(t *Thread, op int, a, b Value) (Value, *Exception) {
	ta, tb := a.Type(), b.Type()
	sa := ta.Binary[op]
	var sb BinaryFn
	if tb != ta {
		sb = tb.Binary[op]
	}
	if sa != nil {
		if sb != nil && tb.IsSubtype(ta) {
			r, err := sb(t, a, b)
			if err != nil || !r.IsNotImplemented() {
				return r, err
			}
			sb = nil
		}
		r, err := sa(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if sb != nil {
		r, err := sb(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if op == OpMod && ta == StrType {
		return Null, NewTypeError("not all arguments converted during string formatting")
	}
	if op == OpAdd {
		switch {
		case ta.IsSubtype(StrType):
			return Null, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", tb.Name)
		case ta.IsSubtype(ListType):
			return Null, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", tb.Name)
		case ta.IsSubtype(TupleType):
			return Null, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", tb.Name)
		}
	}
	if op == OpMul {
		for _, pair := range [][2]*Type{{ta, tb}, {tb, ta}} {
			if pair[0].IsSubtype(StrType) || pair[0].IsSubtype(ListType) || pair[0].IsSubtype(TupleType) || pair[0] == BytesType {
				if pair[1].Index == nil {
					return Null, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", pair[1].Name)
				}
			}
		}
	}
	return Null, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", BinOpSymbols[op], ta.Name, tb.Name)
}

// InplaceOp is a <op>= b: the in-place slot, then the binary operator.
func InplaceOp(t *Thread, op int, a, b Value) (Value, *Exception) {
	if f := a.Type().Inplace[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	r, err := BinaryOp(t, op, a, b)
	if err != nil && err.typ == TypeErrorType && len(err.ArgsSlice()) == 1 {
		if s := StrOf(err.ArgsSlice()[0]); len(s) > 30 && s[:30] == "unsupported operand type(s) fo" {
			return Null, Errorf(TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'", BinOpSymbols[op], TypeName(a), TypeName(b))
		}
	}
	return r, err
}

func unary(t *Thread, v Value, f UnaryFn, sym string) (Value, *Exception) {
	if f == nil {
		return Null, Errorf(TypeErrorType, "bad operand type for %s: '%s'", sym, TypeName(v))
	}
	return f(t, v)
}

// Neg, Pos, Invert and Abs are the unary operators.
func Neg(t *Thread, v Value) (Value, *Exception)    { return unary(t, v, v.Type().Neg, "unary -") }
func Pos(t *Thread, v Value) (Value, *Exception)    { return unary(t, v, v.Type().Pos, "unary +") }
func Invert(t *Thread, v Value) (Value, *Exception) { return unary(t, v, v.Type().Invert, "unary ~") }
func Abs(t *Thread, v Value) (Value, *Exception)    { return unary(t, v, v.Type().Abs, "abs()") }

// GetItem is v[k].
func GetItem(t *Thread, v, k Value) (Value, *Exception) {
	typ := v.Type()
	if typ.GetItem == nil {
		if typ == TypeType || IsType(v) {
			if cg := AsType(v).LookupS("__class_getitem__"); !cg.IsNull() {
				if cg.Type() == ClassMethodType { // implicit in 3.7's type_new
					cg = (*ClassMethod)(cg.p).F
				}
				return Call(t, cg, []Value{v, k}, nil)
			}
		}
		return Null, Errorf(TypeErrorType, "'%s' object is not subscriptable", typ.Name)
	}
	return typ.GetItem(t, v, k)
}

// SetItem is v[k] = val.
func SetItem(t *Thread, v, k, val Value) *Exception {
	typ := v.Type()
	if typ.SetItem == nil {
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", typ.Name)
	}
	return typ.SetItem(t, v, k, val)
}

// DelItem is del v[k].
func DelItem(t *Thread, v, k Value) *Exception {
	typ := v.Type()
	if typ.SetItem == nil {
		return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", typ.Name)
	}
	return typ.SetItem(t, v, k, Null)
}

// Len is len(v).
func Len(t *Thread, v Value) (int, *Exception) {
	typ := v.Type()
	if typ.Len == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", typ.Name)
	}
	return typ.Len(t, v)
}

// Iter is iter(v).
func Iter(t *Thread, v Value) (Value, *Exception) {
	typ := v.Type()
	if typ.Iter != nil {
		it, err := typ.Iter(t, v)
		if err != nil {
			return Null, err
		}
		if it.Type().Next == nil {
			return Null, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(it))
		}
		return it, nil
	}
	if typ.GetItem != nil && !typ.IsSubtype(DictType) {
		return NewSeqIter(v), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
}

// Next advances an iterator; ok false means it is exhausted.
func Next(t *Thread, it Value) (Value, bool, *Exception) {
	typ := it.Type()
	if typ.Next == nil {
		return Null, false, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	return typ.Next(t, it)
}

// CollectFast, when set (by the VM, for generators), drains an iterator
// the VM can drain faster than item by item; ok false leaves it to
// Collect.
var CollectFast func(t *Thread, it Value) (items []Value, ok bool, err *Exception)

// Collect drains an iterable into a slice. A tuple's items are returned
// without copying (do not modify the result); a list's are copied, since
// callers keep the slice and the list may change afterwards.
func Collect(t *Thread, v Value) ([]Value, *Exception) {
	switch v.Type() {
	case ListType:
		return append([]Value(nil), AsList(v).items...), nil
	case TupleType:
		return AsTuple(v), nil
	case DictType, DictKeysType, DictValuesType, DictItemsType:
		return dictCollect(v), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	if CollectFast != nil {
		if out, ok, err := CollectFast(t, it); ok {
			return out, err
		}
	}
	var out []Value
	next := it.Type().Next
	for {
		x, ok, err := next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// Contains is k in v.
func Contains(t *Thread, v, k Value) (bool, *Exception) {
	typ := v.Type()
	if typ.Contains != nil {
		return typ.Contains(t, v, k)
	}
	if typ.Iter == nil && typ.GetItem == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
	}
	it, err := Iter(t, v)
	if err != nil {
		return false, err
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

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	typ := v.Type()
	if typ.GetAttr == nil {
		return GenericGetAttr(t, v, name)
	}
	return typ.GetAttr(t, v, name)
}

// GetAttrS is GetAttr with a Go string.
func GetAttrS(t *Thread, v Value, name string) (Value, *Exception) {
	return GetAttr(t, v, internFast(name))
}

// SetAttr is setattr(v, name, val); val Null deletes.
func SetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	typ := v.Type()
	if typ.SetAttr == nil {
		if typ.Lookup(name).IsNull() {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name.s)
		}
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
	}
	return typ.SetAttr(t, v, name, val)
}

// Call calls any callable. The last len(kwnames) args are keyword
// arguments with those names (the vectorcall convention).
func Call(t *Thread, fn Value, args []Value, kwnames []string) (Value, *Exception) {
	typ := fn.Type()
	if typ == FunctionType {
		return CallFunction(t, (*Function)(fn.p), args, kwnames)
	}
	if typ.Call == nil {
		return Null, Errorf(TypeErrorType, "'%s' object is not callable", typ.Name)
	}
	return typ.Call(t, fn, args, kwnames)
}

// CallMethod calls v.name(args...).
func CallMethod(t *Thread, v Value, name string, args ...Value) (Value, *Exception) {
	m, err := GetAttrS(t, v, name)
	if err != nil {
		return Null, err
	}
	return Call(t, m, args, nil)
}

// IsInstance is isinstance(v, typ) for one class (honours __class__ only
// through the type).
func IsInstance(v Value, typ *Type) bool { return v.Type().IsSubtype(typ) }

// Callable is callable(v).
func Callable(v Value) bool { return v.Type().Call != nil || v.Type() == FunctionType }
