package py

import (
	"fmt"
	"sort"
	"unsafe"
)

// Instance is an instance of a user class whose layout base is object.
type Instance struct {
	Object
	Dict *Dict
}

// dictOf returns v's instance __dict__, or nil when it has none.
func dictOf(v Value) *Dict {
	typ := v.Type()
	switch typ.Base {
	case nil:
		return nil
	}
	switch {
	case typ.User && layoutIs(typ, ObjectType):
		return (*Instance)(v.p).Dict
	case typ.IsSubtype(BaseExceptionType):
		return AsException(v).dict()
	case typ == FunctionType:
		f := (*Function)(v.p)
		if f.Dict == nil {
			f.Dict = NewDict()
		}
		return f.Dict
	case typ.IsSubtype(ModuleType):
		return AsModule(v).Dict
	case typ.User:
		return extraDict(v)
	}
	return nil
}

// DictOf is v.__dict__ for the VM (nil when v has none).
func DictOf(v Value) *Dict { return dictOf(v) }

// layoutIs reports whether typ's instances are laid out as base's.
func layoutIs(typ, base *Type) bool {
	for typ.User {
		typ = typ.Base
	}
	return typ == base
}

func solidBase(typ *Type) *Type {
	for typ.User {
		typ = typ.Base
	}
	return typ
}

// extraDict is the __dict__ of an instance of a user subclass of list,
// dict or set (kept in the container's attrs field).
func extraDict(v Value) *Dict {
	var p **Dict
	switch solidBase(v.Type()) {
	case ListType:
		p = &AsList(v).attrs
	case DictType:
		p = &AsDict(v).attrs
	case SetType, FrozenSetType:
		p = &AsSet(v).attrs
	default:
		if p = boxDict(v); p == nil {
			return nil
		}
	}
	if *p == nil {
		*p = NewDict()
	}
	return *p
}

// GenericGetAttr is object.__getattribute__.
func GenericGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	typ := v.Type()
	descr := typ.Lookup(name)
	var dt *Type
	if !descr.IsNull() {
		dt = descr.Type()
		if dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
	}
	if d := dictOf(v); d != nil {
		if x, ok := d.getStr(name); ok {
			return x, nil
		}
	}
	if dt != nil {
		if dt.DescrGet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
		return descr, nil
	}
	return Null, attrError(v, name)
}

// InstanceAttr is the VM's LOAD_ATTR shortcut for instances of plain
// user classes: the instance dict when the class has no descriptor of
// that name. ok false means take the general path.
func InstanceAttr(v Value, name *Str) (Value, bool) {
	typ := v.Type()
	if !typ.PlainAttrs() {
		return Null, false
	}
	if !typ.Lookup(name).IsNull() {
		return Null, false
	}
	return (*Instance)(v.p).Dict.getStr(name)
}

// GenericSetAttr is object.__setattr__ (val Null: __delattr__).
func GenericSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	return genericSetAttrDict(t, v, name, val, dictOf(v))
}

func genericSetAttrDict(t *Thread, v Value, name *Str, val Value, d *Dict) *Exception {
	descr := v.Type().Lookup(name)
	if !descr.IsNull() {
		if ds := descr.Type().DescrSet; ds != nil {
			return ds(t, descr, v, val)
		}
	}
	if d == nil {
		if descr.IsNull() {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name.s)
		}
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(v), name.s)
	}
	if val.IsNull() {
		if _, ok, _ := d.Pop(t, name.V()); !ok {
			return Errorf(AttributeErrorType, "%s", name.s)
		}
		return nil
	}
	d.SetS(name, val)
	// stores the VM's attribute cache does not see count too
	v.Type().NoteInstanceAttrs(d.Len())
	return nil
}

// GetSet is a computed attribute of a built-in type.
type GetSet struct {
	Object
	Name  string
	Owner *Type
	Get   func(t *Thread, v Value) (Value, *Exception)
	Set   func(t *Thread, v, val Value) *Exception
}

var GetSetType = newBuiltinType("getset_descriptor", ObjectType)

func addGetter(typ *Type, name string, get func(t *Thread, v Value) (Value, *Exception)) *GetSet {
	g := &GetSet{Name: name, Owner: typ, Get: get}
	g.typ = GetSetType
	typ.setLazy(name, valueOf(unsafe.Pointer(g)))
	return g
}

func initGetSet() {
	g := GetSetType
	g.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		if obj.IsNull() {
			return descr, nil
		}
		gs := (*GetSet)(descr.p)
		if obj.Type().boxKind != boxNone && boxKindOf(gs.Owner) != boxNone {
			obj = Unbox(obj)
		}
		return gs.Get(t, obj)
	}
	g.DescrSet = func(t *Thread, descr, obj, val Value) *Exception {
		gs := (*GetSet)(descr.p)
		if gs.Set == nil {
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", gs.Name, gs.Owner.Name)
		}
		return gs.Set(t, obj, val)
	}
	g.Repr = func(t *Thread, v Value) (string, *Exception) {
		gs := (*GetSet)(v.p)
		return fmt.Sprintf("<attribute '%s' of '%s' objects>", gs.Name, gs.Owner.Name), nil
	}
}

// AddGetter adds a read-only computed attribute to a type.
func AddGetter(typ *Type, name string, get func(t *Thread, v Value) (Value, *Exception)) {
	addGetter(typ, name, get)
}

// Instance allocation and the object type.

// bareAfter is how many instances of a class newInstance makes with room
// for attributes before, none having been stored, it stops making room.
const bareAfter = 64

func newInstance(typ *Type) Value {
	// one allocation for the instance and its __dict__, with room for
	// as many attributes as the class's instances were seen to get
	switch n := typ.instAttrs; {
	case n == 0 && typ.instBare >= bareAfter:
		// instances of this class keep no attributes (context managers,
		// marker objects): the dict grows on the first store
		o := &struct {
			Instance
			d Dict
		}{}
		return o.Instance.init(typ, &o.d, nil)
	case n == 0:
		typ.instBare++
		fallthrough
	case n > 4:
		o := &struct {
			Instance
			d Dict
			e [6]dictEntry
		}{}
		return o.Instance.init(typ, &o.d, o.e[:0:len(o.e)])
	case n <= 2:
		o := &struct {
			Instance
			d Dict
			e [2]dictEntry
		}{}
		return o.Instance.init(typ, &o.d, o.e[:0:len(o.e)])
	default:
		o := &struct {
			Instance
			d Dict
			e [4]dictEntry
		}{}
		return o.Instance.init(typ, &o.d, o.e[:0:len(o.e)])
	}
}

func (o *Instance) init(typ *Type, d *Dict, e []dictEntry) Value {
	d.typ = DictType
	if e != nil {
		d.entries = e
		// the index is ready too, so the first attribute store does not grow
		d.useSmall() // dictsmall.go
	}
	o.Dict = d
	o.typ = typ
	return valueOf(unsafe.Pointer(o))
}

// NoteInstanceAttrs records that an instance of typ holds n attributes,
// so later instances are allocated with room for them.
func (typ *Type) NoteInstanceAttrs(n int) {
	if n > int(typ.instAttrs) && n < 256 {
		typ.instAttrs = uint8(n)
	}
}

// IDOf is id(v): the object's address; inline values get a stable
// number derived from their payload.
func IDOf(v Value) int64 {
	if v.IsInt() || v.IsFloat() || v.IsBool() {
		return int64(uintptr(v.p)) + int64(v.n%1000003)*16
	}
	return int64(uintptr(v.p))
}

func defaultRepr(t *Thread, v Value) (string, *Exception) {
	typ := v.Type()
	if typ.Module != "builtins" {
		return fmt.Sprintf("<%s.%s object at %#x>", typ.Module, typ.Qualname, IDOf(v)), nil
	}
	return fmt.Sprintf("<%s object at %#x>", typ.Qualname, IDOf(v)), nil
}

func initObject() {
	o := ObjectType
	o.typ = TypeType
	o.Alloc = newInstance
	o.Repr = defaultRepr
	o.Hash = func(_ *Thread, v Value) (int64, *Exception) { return IDOf(v) >> 4, nil }
	o.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		switch op {
		case EQ:
			if a == b {
				return True, nil
			}
		case NE:
			// object.__ne__ inverts __eq__ (see userCompare for user classes)
			if a == b {
				return False, nil
			}
		}
		return NotImplemented, nil
	}
	o.GetAttr = GenericGetAttr
	o.SetAttr = GenericSetAttr
	o.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(args) > 0 && (typ == ObjectType || typ.User && userLookup(typ, dInit).IsNull()) {
			return Null, Errorf(TypeErrorType, "%s() takes no arguments", typ.Name)
		}
		if typ.Alloc == nil {
			return Null, Errorf(TypeErrorType, "cannot create '%s' instances", typ.Name)
		}
		if typ.User && typ.flags()&flagAbstract != 0 {
			return Null, abstractError(t, typ)
		}
		return typ.Alloc(typ), nil
	}
	o.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception { return nil }
	o.startLazy()
	o.MRO = []*Type{o}
	o.Qualname = "object"
	o.Module = "builtins"
	addGetter(o, "__class__", func(t *Thread, v Value) (Value, *Exception) { return ClassOf(v).V(), nil })
	dg := addGetter(o, "__dict__", func(t *Thread, v Value) (Value, *Exception) {
		if d := dictOf(v); d != nil {
			return d.V(), nil
		}
		return Null, Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", TypeName(v))
	})
	dg.Set = func(t *Thread, v, val Value) *Exception {
		if !IsDict(val) {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(val))
		}
		if v.Type().User && layoutIs(v.Type(), ObjectType) {
			if noInstanceDict(v.Type()) {
				return Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", TypeName(v))
			}
			(*Instance)(v.p).Dict = AsDict(val)
			return nil
		}
		return Errorf(AttributeErrorType, "__dict__ is read-only")
	}
	addMethod(o, "__dir__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return Dir(t, a[0])
	})
	addMethod(o, "__format__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("__format__() argument must be str")
		}
		if StrOf(a[1]) != "" {
			return Null, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(a[0]))
		}
		return StrV(t, a[0])
	})
	addMethod(o, "__init_subclass__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(kw) > 0 {
			return Null, NewTypeError("__init_subclass__() takes no keyword arguments")
		}
		return None, nil
	})
	o.wrapClassLazy("__init_subclass__")
	addMethod(o, "__reduce_ex__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return Null, NewTypeError("cannot pickle")
	})
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

// Dir is dir(v) for objects: instance dict plus the class attributes.
func Dir(t *Thread, v Value) (Value, *Exception) {
	seen := map[string]bool{}
	if d := dictOf(v); d != nil {
		for _, k := range d.Keys() {
			if IsStr(k) {
				seen[StrOf(k)] = true
			}
		}
	}
	mro := v.Type().MRO
	if IsType(v) {
		mro = AsType(v).MRO
	}
	for _, m := range mro {
		for _, k := range m.Dict().Keys() {
			if IsStr(k) {
				seen[StrOf(k)] = true
			}
		}
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return NewList(out), nil
}
