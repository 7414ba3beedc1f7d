package py

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// __slots__ of user classes. A class whose MRO declares slots gets
// instances with a fixed array of slot values after the Instance header
// (slotted), reached through member descriptors in the class dict; its
// instances have no __dict__ unless some class in the chain lacks
// __slots__ or names "__dict__" in them. Only classes laid out as object
// get slot storage; on subclasses of other built-ins __slots__ names are
// checked but the attributes live in the instance dict as before.

// slotLayout is what a class's instances hold: n slot values, and a
// __dict__ or not.
type slotLayout struct {
	n      int
	noDict bool
	owner  *Type
}

// slotLayouts maps a class to its layout; only classes with slots (or
// without an instance dict) are recorded.
var slotLayouts sync.Map // *Type -> *slotLayout

func layoutOf(typ *Type) *slotLayout {
	if l, ok := slotLayouts.Load(typ); ok {
		return l.(*slotLayout)
	}
	return nil
}

// noInstanceDict reports whether typ's instances have no __dict__.
func noInstanceDict(typ *Type) bool {
	l := layoutOf(typ)
	return l != nil && l.noDict
}

// slotted is the header of an instance with slots; its n slot values
// follow it in the same allocation (slotAlloc), so a two-slot point is
// 48 bytes. The count is its class's layout's n: an instance keeps its
// class (__class__ is not assignable), and every allocator of a slotted
// class is the one setupSlots made for its layout.
type slotted struct {
	Instance
}

// slotsOf is the slot array of obj, an instance of a class whose layout
// has n slots.
func slotsOf(obj Value, n int) []Value {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*Value)(unsafe.Add(obj.p, unsafe.Sizeof(slotted{}))), n)
}

// slotAlloc returns an allocator of zeroed instances with n slots
// following the header: fixed shapes for the usual counts, carved from
// the class's batch (instbatch.go), and a reflect-made struct beyond
// them (the GC must see the header's and the values' pointers, so it is
// a real type, not raw memory).
func slotAlloc(n int) func(typ *Type) unsafe.Pointer {
	switch {
	case n == 0:
		return func(typ *Type) unsafe.Pointer { return carve[slotted](&typ.insts) }
	case n == 1:
		return func(typ *Type) unsafe.Pointer { return carve[slotted1](&typ.insts) }
	case n == 2:
		return func(typ *Type) unsafe.Pointer { return carve[slotted2](&typ.insts) }
	case n == 3:
		return func(typ *Type) unsafe.Pointer { return carve[slotted3](&typ.insts) }
	case n == 4:
		return func(typ *Type) unsafe.Pointer { return carve[slotted4](&typ.insts) }
	case n <= 6:
		return func(*Type) unsafe.Pointer {
			return unsafe.Pointer(&struct {
				slotted
				a [6]Value
			}{})
		}
	case n <= 8:
		return func(*Type) unsafe.Pointer {
			return unsafe.Pointer(&struct {
				slotted
				a [8]Value
			}{})
		}
	}
	rt := reflect.StructOf([]reflect.StructField{
		{Name: "H", Type: reflect.TypeOf(slotted{})},
		{Name: "A", Type: reflect.ArrayOf(n, reflect.TypeOf(Value{}))},
	})
	return func(*Type) unsafe.Pointer { return reflect.New(rt).UnsafePointer() }
}

// The fixed shapes of slotted instances with one to four slots.
type (
	slotted1 struct {
		slotted
		a [1]Value
	}
	slotted2 struct {
		slotted
		a [2]Value
	}
	slotted3 struct {
		slotted
		a [3]Value
	}
	slotted4 struct {
		slotted
		a [4]Value
	}
)

// Member is a slot's descriptor (member_descriptor).
type Member struct {
	Object
	Name  string
	Index int
	Owner *Type
}

var MemberType = newBuiltinType("member_descriptor", ObjectType)

func init() {
	m := MemberType
	m.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		if obj.IsNull() {
			return descr, nil
		}
		md := (*Member)(descr.p)
		s, err := memberSlots(md, obj)
		if err != nil {
			return Null, err
		}
		if v := s[md.Index]; !v.IsNull() {
			return v, nil
		}
		return Null, Errorf(AttributeErrorType, "%s", md.Name)
	}
	m.DescrSet = func(t *Thread, descr, obj, val Value) *Exception {
		md := (*Member)(descr.p)
		s, err := memberSlots(md, obj)
		if err != nil {
			return err
		}
		if val.IsNull() && s[md.Index].IsNull() {
			return Errorf(AttributeErrorType, "%s", md.Name)
		}
		s[md.Index] = val
		return nil
	}
	m.Repr = func(t *Thread, v Value) (string, *Exception) {
		md := (*Member)(v.p)
		return fmt.Sprintf("<member '%s' of '%s' objects>", md.Name, md.Owner.Name), nil
	}
	addGetter(m, "__name__", func(t *Thread, v Value) (Value, *Exception) { return NewStr((*Member)(v.p).Name), nil })
	addGetter(m, "__objclass__", func(t *Thread, v Value) (Value, *Exception) { return (*Member)(v.p).Owner.V(), nil })
	exposeLater(m)
}

func memberSlots(md *Member, obj Value) ([]Value, *Exception) {
	typ := obj.Type()
	if !typ.IsSubtype(md.Owner) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", md.Name, md.Owner.Name, typ.Name)
	}
	l := layoutOf(typ)
	if l == nil || l.n <= md.Index {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", md.Name, md.Owner.Name, typ.Name)
	}
	return slotsOf(obj, l.n), nil
}

// setupSlots reads a new class's __slots__, puts a member descriptor in
// its dict for each and gives the class an allocator of slotted
// instances when it or a base has slots.
func setupSlots(typ *Type) *Exception {
	var base *slotLayout
	for _, b := range typ.Bases {
		l := layoutOf(b)
		if l == nil || l.n == 0 {
			continue
		}
		if base != nil && !l.owner.IsSubtype(base.owner) && !base.owner.IsSubtype(l.owner) {
			return NewTypeError("multiple bases have instance lay-out conflict")
		}
		if base == nil || l.n > base.n {
			base = l
		}
	}
	// a base without __slots__ (other than object) gives instances a dict
	inheritsDict := false
	for _, b := range typ.Bases {
		if b != ObjectType && !noInstanceDict(b) {
			inheritsDict = true
		}
	}
	decl, ok := typ.Dict().GetStr("__slots__")
	if !ok && base == nil {
		return nil
	}
	l := &slotLayout{owner: typ}
	if base != nil {
		l.n, l.owner = base.n, base.owner
	}
	if ok {
		names, err := slotNames(decl)
		if err != nil {
			return err
		}
		wantDict := false
		for _, n := range names {
			if !isIdentifier(n) {
				return NewTypeError("__slots__ must be identifiers")
			}
			if n == "__dict__" {
				if wantDict || inheritsDict {
					return NewTypeError("__dict__ slot disallowed: we already got one")
				}
				wantDict = true
				continue
			}
			if n == "__weakref__" {
				continue
			}
			n = mangleSlot(typ.Name, n)
			if _, clash := typ.Dict().GetStr(n); clash {
				return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
			}
		}
		if !layoutIs(typ, ObjectType) {
			return nil
		}
		for _, n := range names {
			if n == "__dict__" || n == "__weakref__" {
				continue
			}
			n = mangleSlot(typ.Name, n)
			md := &Member{Name: n, Index: l.n, Owner: typ}
			md.typ = MemberType
			typ.Dict().SetStr(n, valueOf(unsafe.Pointer(md)))
			l.n++
		}
		l.owner = typ
		l.noDict = !wantDict && !inheritsDict
	}
	if !layoutIs(typ, ObjectType) {
		return nil
	}
	slotLayouts.Store(typ, l)
	n, noDict := l.n, l.noDict
	if noDict && n <= 4 {
		typ.Alloc = batchAlloc(n) // instbatch.go
		return nil
	}
	alloc := slotAlloc(n)
	typ.Alloc = func(typ *Type) Value {
		o := (*slotted)(alloc(typ))
		if !noDict {
			o.Dict = NewDict()
		}
		o.typ = typ
		return valueOf(unsafe.Pointer(o))
	}
	return nil
}

// slotNames lists a __slots__ value: one str, or an iterable of strs.
func slotNames(decl Value) ([]string, *Exception) {
	if IsStr(decl) {
		return []string{StrOf(decl)}, nil
	}
	var items []Value
	switch {
	case IsTuple(decl):
		items = AsTuple(decl)
	case decl.Type() == ListType:
		items = AsList(decl).Items()
	case IsDict(decl):
		items = AsDict(decl).Keys()
	default:
		return nil, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(decl))
	}
	out := make([]string, 0, len(items))
	for _, v := range items {
		if !IsStr(v) {
			return nil, Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(v))
		}
		out = append(out, StrOf(v))
	}
	return out, nil
}

// mangleSlot applies private name mangling (__x in class C is _C__x).
func mangleSlot(class, n string) string {
	if len(n) < 3 || n[:2] != "__" || n[len(n)-2:] == "__" {
		return n
	}
	i := 0
	for i < len(class) && class[i] == '_' {
		i++
	}
	if i == len(class) {
		return n
	}
	return "_" + class[i:] + n
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80
		if i > 0 && r >= '0' && r <= '9' {
			ok = true
		}
		if !ok {
			return false
		}
	}
	return true
}
