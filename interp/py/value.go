package py

import (
	"math"
	"unsafe"
)

// Object is the header every heap object starts with. The type word is
// what makes a Value's type one load away.
type Object struct {
	typ *Type
}

// Value is a Python value; see the package doc for the representation.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// The sentinels that inline values point at. Their addresses are link-time
// constants, so a kind check is a compare with an immediate.
var (
	intObj      Object
	floatObj    Object
	boolObj     Object
	noneObj     Object
	notImplObj  Object
	ellipsisObj Object
)

// Singletons.
var (
	None           = Value{p: unsafe.Pointer(&noneObj)}
	NotImplemented = Value{p: unsafe.Pointer(&notImplObj)}
	Ellipsis       = Value{p: unsafe.Pointer(&ellipsisObj)}
	True           = Value{p: unsafe.Pointer(&boolObj), n: 1}
	False          = Value{p: unsafe.Pointer(&boolObj), n: 0}
	Null           = Value{}
)

// Type is the value's type (type(v)).
func (v Value) Type() *Type { return *(**Type)(v.p) }

// IsNull reports whether v is the empty value.
func (v Value) IsNull() bool { return v.p == nil }

// IsInt reports whether v is an inline (int64) int; bools are not.
func (v Value) IsInt() bool { return v.p == unsafe.Pointer(&intObj) }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.p == unsafe.Pointer(&floatObj) }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.p == unsafe.Pointer(&boolObj) }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == unsafe.Pointer(&noneObj) }

// IsNotImplemented reports whether v is NotImplemented.
func (v Value) IsNotImplemented() bool { return v.p == unsafe.Pointer(&notImplObj) }

// Int returns the int64 of an inline int (or bool).
func (v Value) Int() int64 { return int64(v.n) }

// Float returns the float64 of a float value.
func (v Value) Float() float64 { return math.Float64frombits(v.n) }

// Bool returns the truth of a bool value.
func (v Value) Bool() bool { return v.n != 0 }

// Ptr is the object pointer, for identity and id().
func (v Value) Ptr() unsafe.Pointer { return v.p }

// Is is Python's `is`.
func Is(a, b Value) bool { return a == b }

// MakeInt returns the inline int i.
func MakeInt(i int64) Value { return Value{p: unsafe.Pointer(&intObj), n: uint64(i)} }

// MakeFloat returns the float f.
func MakeFloat(f float64) Value { return Value{p: unsafe.Pointer(&floatObj), n: math.Float64bits(f)} }

// MakeBool returns True or False.
func MakeBool(b bool) Value {
	if b {
		return True
	}
	return False
}

// ValueOf wraps a heap object pointer (any struct starting with Object).
func valueOf(p unsafe.Pointer) Value { return Value{p: p} }

// FromPtr wraps a pointer to a struct whose first field is Object; used
// by other packages (vm) that define their own object kinds.
func FromPtr[T any](p *T) Value { return Value{p: unsafe.Pointer(p)} }

// AsPtr returns v's object as *T; the caller must have checked the type.
func AsPtr[T any](v Value) *T { return (*T)(v.p) }

// SetType sets a heap object's header; for packages that define objects.
func (o *Object) SetType(t *Type) { o.typ = t }
