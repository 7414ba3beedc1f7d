package py

import (
	"fmt"
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

type slotted struct {
	Instance
	slots []Value
}

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
	exposeSlots(m)
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
	return (*slotted)(obj.p).slots, nil
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
	decl, ok := typ.Dict.GetStr("__slots__")
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
			if _, clash := typ.Dict.GetStr(n); clash {
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
			typ.Dict.SetStr(n, valueOf(unsafe.Pointer(md)))
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
	typ.Alloc = func(typ *Type) Value {
		var o *slotted
		if n <= 2 {
			// a point, a pair, a link: the 80-byte size class, not 112
			b := &struct {
				slotted
				a [2]Value
			}{}
			b.slots = b.a[:n:n]
			o = &b.slotted
		} else if n <= 4 {
			// one allocation for the instance and its slots
			b := &struct {
				slotted
				a [4]Value
			}{}
			b.slots = b.a[:n:n]
			o = &b.slotted
		} else {
			o = &slotted{slots: make([]Value, n)}
		}
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
