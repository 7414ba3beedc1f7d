package vm

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

// Inline attribute caches.
//
// translate gives every LOAD_ATTR, STORE_ATTR and LOAD_METHOD its own
// attrCache (codeRT.acache) and rewrites the instruction to the cached
// form, whose argument is the cache index. An entry records what the
// last lookup at that instruction found, keyed on a type and that type's
// version tag (py.Type.Version): while the version is unchanged nothing
// a lookup on the type could find has changed, so the work of the
// generic algorithm (MRO walk, descriptor checks, __getattr__ checks)
// reduces to a pointer compare and a version compare. A miss re-analyses
// the object and refills the entry; what cannot be cached takes the
// generic path.
//
// The key is the object's type, except for attributes read from a class
// object itself (C.attr, cls.attr), where it is the class: then the
// metaclass must be exactly type, whose namespace never changes.
//
// Instance dicts are still read per access (a __dict__ may be replaced or
// mutated at any time); the entry keeps a hint, the entry index where
// the name was last found, so a hit compares one key pointer instead of
// hashing.
type attrCache struct {
	name *py.Str
	typ  *py.Type
	ver  uint64
	v    py.Value
	hint int32
	kind uint8
}

// Cache kinds.
const (
	acEmpty uint8 = iota
	// LOAD_ATTR
	acInstDict  // instance of typ: the instance dict only (type has no such name)
	acInstValue // instance of typ: the instance dict, else v (a plain class attribute)
	acProperty  // instance of typ: v is a property's getter, a Python function
	acClassAttr // the class typ itself: v
	// LOAD_METHOD
	acMethod       // instance of typ: v binds to the instance unless the dict shadows it
	acMethodStatic // instance of typ: v (a staticmethod's function) unless shadowed
	acMethodClass  // instance of typ: v (a classmethod's function) gets typ
	acMethodBuilt  // instance of built-in typ (no instance dict): v binds to it
	acClassFunc    // the class typ itself: v called without self
	acClassCM      // the class typ itself: v (a classmethod's function) gets typ
	// STORE_ATTR
	acStoreDict // instance of typ: store in the instance dict
	acStoreProp // instance of typ: v is a property's setter, a Python function
)

// Outcomes of a cached access.
const (
	acMiss = iota
	acHit
	acCall // call v (a Python function) instead
)

// attachAttrCaches rewrites attribute instructions to their cached forms.
func attachAttrCaches(rt *codeRT) {
	n := 0
	for _, in := range rt.instrs {
		switch in.op {
		case opLoadAttr, opStoreAttr, opLoadMethod:
			n++
		}
	}
	if n == 0 {
		return
	}
	rt.acache = make([]attrCache, 0, n)
	for i, in := range rt.instrs {
		var op uint8
		switch in.op {
		case opLoadAttr:
			op = opLoadAttrC
		case opStoreAttr:
			op = opStoreAttrC
		case opLoadMethod:
			op = opLoadMethodC
		default:
			continue
		}
		rt.instrs[i] = instr{op, int32(len(rt.acache))}
		rt.acache = append(rt.acache, attrCache{name: rt.names[in.arg]})
	}
}

// plainInstanceType reports whether obj's attributes follow the generic
// algorithm over an Instance with a dict, so caches may stand in for it.
func plainInstanceType(typ *py.Type) bool { return typ.User && typ.PlainAttrs() }

// classOf returns obj as a class whose metaclass is exactly type, or nil.
func classOf(obj py.Value) *py.Type {
	if obj.Type() != py.TypeType {
		return nil
	}
	return py.AsType(obj)
}

// isPyFunc reports whether v is a Python function a frame can run.
func isPyFunc(v py.Value) bool {
	return v.Type() == py.FunctionType && !fnRuntime(py.AsFunction(v)).isGen
}

// load is LOAD_ATTR through the cache.
func (c *attrCache) load(obj py.Value) (py.Value, int) {
	switch c.kind {
	case acInstDict, acInstValue, acProperty:
		typ := obj.Type()
		if typ != c.typ || typ.Version() != c.ver {
			return py.Null, acMiss
		}
		if c.kind == acProperty {
			return c.v, acCall
		}
		d := py.InstanceDict(obj)
		if v, ok := d.StrAt(c.hint, c.name); ok {
			return v, acHit
		}
		if i := d.StrIndex(c.name); i >= 0 {
			c.hint = i
			v, _ := d.StrAt(i, c.name)
			return v, acHit
		}
		if c.kind == acInstValue {
			return c.v, acHit
		}
	case acClassAttr:
		if obj.Ptr() == unsafe.Pointer(c.typ) && c.typ.Version() == c.ver {
			return c.v, acHit
		}
	}
	return py.Null, acMiss
}

// fillLoad analyses obj for LOAD_ATTR; false leaves the entry empty.
func (c *attrCache) fillLoad(obj py.Value) bool {
	c.kind = acEmpty
	typ := obj.Type()
	if plainInstanceType(typ) {
		descr := typ.Lookup(c.name)
		switch {
		case descr.IsNull():
			c.kind, c.v = acInstDict, py.Null
		case descr.Type() == py.PropertyType:
			get := py.AsPtr[py.Property](descr).Get
			if !isPyFunc(get) {
				return false
			}
			c.kind, c.v = acProperty, get
		case descr.Type().DescrGet == nil:
			c.kind, c.v = acInstValue, descr
		default:
			return false
		}
		c.typ, c.ver = typ, typ.Version()
		return true
	}
	if cls := classOf(obj); cls != nil {
		if !py.TypeType.Lookup(c.name).IsNull() {
			return false
		}
		attr := cls.Lookup(c.name)
		switch {
		case attr.IsNull():
			return false
		case attr.Type() == py.StaticMethodType:
			attr = py.AsPtr[py.StaticMethod](attr).F
		case attr.Type() == py.FunctionType, attr.Type().DescrGet == nil:
		default:
			return false
		}
		c.kind, c.v, c.typ, c.ver = acClassAttr, attr, cls, cls.Version()
		return true
	}
	return false
}

// method is LOAD_METHOD through the cache: the two stack entries CALL_METHOD
// expects (callable and self, or Null and callable).
func (c *attrCache) method(obj py.Value) (py.Value, py.Value, bool) {
	switch c.kind {
	case acMethod, acMethodStatic, acMethodClass:
		typ := obj.Type()
		if typ != c.typ || typ.Version() != c.ver || py.InstanceDict(obj).HasStr(c.name) {
			break
		}
		switch c.kind {
		case acMethod:
			return c.v, obj, true
		case acMethodStatic:
			return py.Null, c.v, true
		}
		return c.v, typ.V(), true
	case acMethodBuilt:
		if typ := obj.Type(); typ == c.typ && typ.Version() == c.ver {
			return c.v, obj, true
		}
	case acClassFunc, acClassCM:
		if obj.Ptr() != unsafe.Pointer(c.typ) || c.typ.Version() != c.ver {
			break
		}
		if c.kind == acClassFunc {
			return py.Null, c.v, true
		}
		return c.v, obj, true
	}
	return py.Null, py.Null, false
}

// fillMethod analyses obj for LOAD_METHOD.
func (c *attrCache) fillMethod(obj py.Value) bool {
	c.kind = acEmpty
	typ := obj.Type()
	if typ.User {
		if !plainInstanceType(typ) {
			return false
		}
		descr := typ.Lookup(c.name)
		switch {
		case descr.IsNull():
			return false
		case descr.Type() == py.FunctionType:
			c.kind, c.v = acMethod, descr
		case descr.Type() == py.StaticMethodType:
			c.kind, c.v = acMethodStatic, py.AsPtr[py.StaticMethod](descr).F
		case descr.Type() == py.ClassMethodType:
			c.kind, c.v = acMethodClass, py.AsPtr[py.ClassMethod](descr).F
		default:
			return false
		}
		c.typ, c.ver = typ, typ.Version()
		return true
	}
	if cls := classOf(obj); cls != nil {
		if !py.TypeType.Lookup(c.name).IsNull() {
			return false
		}
		attr := cls.Lookup(c.name)
		switch {
		case attr.IsNull():
			return false
		case attr.Type() == py.FunctionType:
			c.kind, c.v = acClassFunc, attr
		case attr.Type() == py.StaticMethodType:
			c.kind, c.v = acClassFunc, py.AsPtr[py.StaticMethod](attr).F
		case attr.Type() == py.ClassMethodType:
			c.kind, c.v = acClassCM, py.AsPtr[py.ClassMethod](attr).F
		default:
			return false
		}
		c.typ, c.ver = cls, cls.Version()
		return true
	}
	// Built-in instances: only types without an instance dict, whose
	// methods nothing can shadow.
	if typ == py.ModuleType || typ == py.SuperType || typ == py.FunctionType || py.IsType(obj) || typ.IsSubtype(py.BaseExceptionType) {
		return false
	}
	descr := typ.Lookup(c.name)
	if descr.IsNull() || !py.IsMethodDescr(descr) {
		return false
	}
	c.kind, c.v, c.typ, c.ver = acMethodBuilt, descr, typ, typ.Version()
	return true
}

// store is STORE_ATTR through the cache.
func (c *attrCache) store(obj, val py.Value) int {
	typ := obj.Type()
	if typ != c.typ || typ.Version() != c.ver {
		return acMiss
	}
	switch c.kind {
	case acStoreDict:
		d := py.InstanceDict(obj)
		if d.SetStrAt(c.hint, c.name, val) {
			return acHit
		}
		d.SetS(c.name, val)
		c.hint = d.StrIndex(c.name)
		return acHit
	case acStoreProp:
		return acCall
	}
	return acMiss
}

// fillStore analyses obj for STORE_ATTR.
func (c *attrCache) fillStore(obj py.Value) bool {
	c.kind = acEmpty
	typ := obj.Type()
	if !plainInstanceType(typ) {
		return false
	}
	descr := typ.Lookup(c.name)
	switch {
	case descr.IsNull(), descr.Type().DescrSet == nil:
		c.kind = acStoreDict
	case descr.Type() == py.PropertyType:
		set := py.AsPtr[py.Property](descr).Set
		if set.Type() != py.FunctionType {
			return false
		}
		c.kind, c.v = acStoreProp, set
	default:
		return false
	}
	c.typ, c.ver = typ, typ.Version()
	return true
}

// superMethod is LOAD_METHOD on a super() proxy: a Python function found
// after the proxy's class in the MRO is pushed unbound with the proxy's
// object as self, so no bound method is made. ok false: the generic path.
func superMethod(obj py.Value, name *py.Str) (py.Value, py.Value, bool) {
	sp := py.AsPtr[py.Super](obj)
	if sp.Obj.Ptr() == unsafe.Pointer(sp.ObjType) {
		return py.Null, py.Null, false
	}
	switch name.S() {
	case "__class__", "__thisclass__", "__self__", "__self_class__":
		return py.Null, py.Null, false
	}
	mro := sp.ObjType.MRO
	i := 0
	for i < len(mro) && mro[i] != sp.Typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if x, ok := mro[i].Dict.LookupStr(name); ok {
			if x.Type() == py.FunctionType {
				return x, sp.Obj, true
			}
			return py.Null, py.Null, false
		}
	}
	return py.Null, py.Null, false
}
