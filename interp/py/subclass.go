package py

import "unsafe"

// Instances of user subclasses of the immutable built-in types.
//
// A plain int or float is inline and a plain str, tuple or bytes is a
// struct typed by its header, so an instance of `class P(tuple)` needs a
// heap object of its own that carries P as its type and a __dict__. For
// str, tuple and bytes that object starts with the base's struct, so
// StrOf, AsTuple and bytesOf read it unchanged and every function taking
// a str or tuple argument accepts the subclass, as CPython's
// PyUnicode_Check and PyTuple_Check do. int, float and complex instances
// box the plain value.
//
// The built-in slots and methods are written for exact types (an inline
// int's payload, a float's bits); the user-class slots and the method
// call path therefore hand them Unbox(v), the plain value inside. The
// result of an operation is of the base type, as in CPython
// (I(1) + 1 is an int).

// Box kinds: which immutable built-in a user class's instances extend.
const (
	boxNone = iota
	boxInt
	boxFloat
	boxComplex
	boxStr
	boxTuple
	boxBytes
)

type boxed struct {
	Object
	base Value
	dict *Dict
}

type strSub struct {
	Str
	dict *Dict
}

type tupleSub struct {
	Tuple
	dict *Dict
}

type bytesSub struct {
	Bytes
	dict *Dict
}

// boxKindOf is the box kind of a class whose instance layout is solid's.
func boxKindOf(solid *Type) uint8 {
	switch solid {
	case IntType:
		return boxInt
	case FloatType:
		return boxFloat
	case ComplexType:
		return boxComplex
	case StrType:
		return boxStr
	case TupleType:
		return boxTuple
	case BytesType:
		return boxBytes
	}
	return boxNone
}

// boxAs makes an instance of cls (a subclass of plain's type) holding the
// plain value.
func boxAs(cls *Type, plain Value) Value {
	switch cls.boxKind {
	case boxStr:
		s := AsStr(plain)
		o := &strSub{Str: Str{s: s.s, meta: s.meta}}
		o.typ = cls
		return valueOf(unsafe.Pointer(o))
	case boxTuple:
		o := &tupleSub{Tuple: Tuple{items: AsTuple(plain)}}
		o.typ = cls
		return valueOf(unsafe.Pointer(o))
	case boxBytes:
		o := &bytesSub{Bytes: Bytes{b: (*Bytes)(plain.p).b}}
		o.typ = cls
		return valueOf(unsafe.Pointer(o))
	}
	o := &boxed{base: plain}
	o.typ = cls
	return valueOf(unsafe.Pointer(o))
}

// Unbox returns the plain built-in value inside an instance of a user
// subclass of int, float, complex, str, tuple or bytes; any other value
// is returned unchanged.
func Unbox(v Value) Value {
	typ := v.Type()
	if !typ.User {
		return v
	}
	switch typ.boxKind {
	case boxNone:
		return v
	case boxStr:
		s := AsStr(v)
		o := &Str{s: s.s, meta: s.meta}
		if s.kind() >= 2 {
			o.ext = s.ext // the shared rune table; a growBuf stays with s
		}
		o.typ = StrType
		return valueOf(unsafe.Pointer(o))
	case boxTuple:
		return NewTuple(AsTuple(v))
	case boxBytes:
		o := &Bytes{b: (*Bytes)(v.p).b}
		o.typ = BytesType
		return valueOf(unsafe.Pointer(o))
	}
	return (*boxed)(v.p).base
}

// boxDict is the __dict__ slot of a boxed instance (nil when v is none).
func boxDict(v Value) **Dict {
	switch v.Type().boxKind {
	case boxNone:
		return nil
	case boxStr:
		return &(*strSub)(v.p).dict
	case boxTuple:
		return &(*tupleSub)(v.p).dict
	case boxBytes:
		return &(*bytesSub)(v.p).dict
	}
	return &(*boxed)(v.p).dict
}

// boxZero is the value object.__new__-style allocation gives a boxed
// class (int() and friends with no argument).
func boxZero(kind uint8) Value {
	switch kind {
	case boxInt:
		return MakeInt(0)
	case boxFloat:
		return MakeFloat(0)
	case boxComplex:
		return MakeComplex(0)
	case boxStr:
		return NewStr("")
	case boxTuple:
		return EmptyTuple
	}
	return valueOf(unsafe.Pointer(&Bytes{Object: Object{typ: BytesType}}))
}

// setupBoxedClass gives a new user class extending an immutable built-in
// its box kind and allocator.
func setupBoxedClass(typ *Type) {
	typ.boxKind = boxKindOf(solidBase(typ))
	if typ.boxKind == boxNone {
		return
	}
	kind := typ.boxKind
	typ.Alloc = func(c *Type) Value { return boxAs(c, boxZero(kind)) }
}

// wrapBoxingNew makes the immutable built-ins' constructors box their
// result when called for a subclass (int.__new__(I, 5), I(5)).
func wrapBoxingNew() {
	for _, typ := range []*Type{IntType, FloatType, ComplexType, StrType, TupleType, BytesType} {
		typ := typ
		orig := typ.New
		typ.New = func(t *Thread, cls *Type, args []Value, kw []string) (Value, *Exception) {
			v, err := orig(t, typ, args, kw)
			if err != nil || cls == typ || cls.boxKind == boxNone {
				return v, err
			}
			if v.Type() != typ {
				v = Unbox(v)
				if v.Type() != typ {
					return v, nil
				}
			}
			return boxAs(cls, v), nil
		}
	}
}

// keepsBox names the built-in methods that act on the object itself, not
// its value, so they receive the subclass instance unchanged.
// (a switch: a package-level map is built at every process start)
func keepsBox(name string) bool {
	switch name {
	case "__getattribute__", "__setattr__", "__delattr__", "__init__", "__dir__", "__reduce_ex__", "__init_subclass__":
		return true
	case "split", "rsplit":
		// a str subclass's split can give self itself (strsplit.go)
		return true
	}
	return false
}
