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
	// metaFree caches whether type (the metaclass) lacks the name: 0
	// unknown, 1 lacks it, 2 has it. type's namespace never changes.
	metaFree uint8
	next     uint8 // the way the next refill replaces
	ways     [acWays]acWay
}

// acArr is how the loop reaches a frame's caches: one pointer, like the
// views of eval.go (valArr), indexed by translate's cache numbers.
type acArr [1 << 20]attrCache

//go:nocheckptr
func aca(s []attrCache) *acArr { return (*acArr)(unsafe.Pointer(unsafe.SliceData(s))) }

// p is &a[i] without the checks of indexing (see valArr.at).
func (a *acArr) p(i int) *attrCache {
	return (*attrCache)(unsafe.Add(unsafe.Pointer(a), uintptr(i)*unsafe.Sizeof(attrCache{})))
}

// acWays is how many receiver types one instruction remembers: call
// sites like task.step() in a scheduler see a handful of classes.
const acWays = 4

// acWay is one cached receiver type and what was found on it.
type acWay struct {
	// key is the receiver's type's address, or for the acByObj kinds
	// the class's address with the low bit set, so one compare tells
	// both apart (an instance of C and C itself).
	key uintptr
	typ *py.Type // the receiver's type, or the class itself (byObj)
	ver uint64
	v   py.Value
	// d and idx locate a plain-data class attribute, which may be rebound
	// without a version change (py.IsPlainData): it is read at each use.
	d    *py.Dict
	idx  int32
	hint int32
	kind uint8
}

// value is the cached class attribute.
func (w *acWay) value() py.Value {
	if w.d != nil {
		return w.d.ValueAt(w.idx)
	}
	return w.v
}

// locate makes w read a plain-data attribute where it lives.
func (w *acWay) locate(typ *py.Type, name *py.Str) {
	if py.IsPlainData(w.v) {
		_, w.d, w.idx = typ.LookupEntry(name, false)
	}
}

// Cache kinds. Those from acByObj on are keyed on the receiver itself
// (a class), the others on the receiver's type.
const (
	acEmpty uint8 = iota
	// LOAD_ATTR
	acInstDict  // the instance dict only (the type has no such name)
	acInstValue // the instance dict, else v (a plain class attribute)
	acProperty  // v is a property's getter, a Python function
	// LOAD_METHOD
	acMethod       // v binds to the instance unless the dict shadows it
	acMethodStatic // v (a staticmethod's function) unless shadowed
	acMethodClass  // v (a classmethod's function) gets the type
	acMethodBuilt  // instance of a built-in type or of a class without __dict__: v binds to it
	// STORE_ATTR
	acStoreDict // store in the instance dict
	acStoreProp // v is a property's setter, a Python function
	acSlotLoad  // LOAD_ATTR: __slots__ member: slot hint of the instance
	acSlotStore // STORE_ATTR: __slots__ member: slot hint of the instance
	acModule    // LOAD_ATTR, LOAD_METHOD on a module: its dict, at the hint
	acExcDict   // LOAD_ATTR: an exception's __dict__ only (excattr.go)
	acExcValue  // LOAD_ATTR: an exception's __dict__, else v
	acExcStore  // STORE_ATTR: store in an exception's __dict__
	// keyed on the class itself
	acClassAttr // LOAD_ATTR: v
	acClassFunc // LOAD_METHOD: v called without self
	acClassCM   // LOAD_METHOD: v (a classmethod's function) gets the class
	acClassData // STORE_ATTR: rebind the class's own plain-data attribute at d/idx
)

const acByObj = acClassAttr

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
	ins := rt.instrs
	for i := 0; i+1 < len(ins); i++ {
		switch ins[i].op {
		case opLoadFast2:
			if i+2 < len(ins) && ins[i+2].op == opStoreAttrC {
				ins[i].op = opFastFastStoreAttr
			}
		case opLoadGlobal:
			if i+2 < len(ins) && rt.names[ins[i].arg].S() == "super" && ins[i+1] == (instr{opCallFunction, 0}) && ins[i+2].op == opLoadMethodC {
				ins[i].op = opSuperMethod
			}
		case opLoadFast:
			switch ins[i+1].op {
			case opLoadAttrC:
				ins[i].op = opFastLoadAttr
			case opLoadMethodC:
				ins[i].op = opFastLoadMethod
			case opStoreAttrC:
				ins[i].op = opFastStoreAttr
			}
		}
	}
}

// plainInstanceType reports whether obj's attributes follow the generic
// algorithm over an Instance with a dict, so caches may stand in for it.
func plainInstanceType(typ *py.Type) bool { return typ.CachedAttrs() }

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

// find returns the way that holds obj's receiver at its current
// version, or nil. Only a class whose metaclass is type can be a
// by-object key (the way holds the class, so its address is not
// reused); any other receiver is looked for by its type alone, the four
// compares written out since polymorphic sites (task.step() over a
// scheduler's task classes) come here at every access.
func (c *attrCache) find(obj py.Value) *acWay {
	t := obj.Type()
	if t == py.TypeType {
		return c.findClass(obj)
	}
	var w *acWay
	switch k := uintptr(unsafe.Pointer(t)); k {
	case c.ways[0].key:
		w = &c.ways[0]
	case c.ways[1].key:
		w = &c.ways[1]
	case c.ways[2].key:
		w = &c.ways[2]
	case c.ways[3].key:
		w = &c.ways[3]
	default:
		return nil
	}
	if w.typ.Version() != w.ver {
		return nil
	}
	return w
}

// the switch of find names every way
var _ = [1]int{}[acWays-4]

// findClass is find for a class object: keyed by itself or by type.
func (c *attrCache) findClass(obj py.Value) *acWay {
	tk := uintptr(unsafe.Pointer(obj.Type()))
	ok := uintptr(obj.Ptr()) | 1
	for i := range c.ways {
		w := &c.ways[i]
		if w.key == tk || w.key == ok {
			if w.typ.Version() != w.ver {
				return nil
			}
			return w
		}
	}
	return nil
}

// install puts a freshly analysed way in place of the one for the same
// receiver, else in the next way round. A type without a version yet
// (still being built) is not cached.
func (c *attrCache) install(nw acWay) bool {
	if nw.ver == 0 {
		return false
	}
	nw.key = uintptr(unsafe.Pointer(nw.typ))
	if nw.kind >= acByObj {
		nw.key |= 1
	}
	for i := range c.ways {
		if w := &c.ways[i]; w.key == nw.key {
			*w = nw
			return true
		}
	}
	c.ways[c.next] = nw
	c.next = (c.next + 1) % acWays
	return true
}

// metaLacks reports whether type itself has no attribute of the name, so
// that a class's own attribute is what C.name finds.
func (c *attrCache) metaLacks() bool {
	if c.metaFree == 0 {
		c.metaFree = 2
		if py.TypeType.Lookup(c.name).IsNull() {
			c.metaFree = 1
		}
	}
	return c.metaFree == 1
}

// load is LOAD_ATTR through the cache.
func (c *attrCache) load(obj py.Value) (py.Value, int) {
	var w *acWay
	if t := obj.Type(); t != py.TypeType {
		// find, written out: a polymorphic site comes here at every read
		switch k := uintptr(unsafe.Pointer(t)); k {
		case c.ways[0].key:
			w = &c.ways[0]
		case c.ways[1].key:
			w = &c.ways[1]
		case c.ways[2].key:
			w = &c.ways[2]
		case c.ways[3].key:
			w = &c.ways[3]
		default:
			return py.Null, acMiss
		}
		if w.typ.Version() != w.ver {
			return py.Null, acMiss
		}
	} else if w = c.findClass(obj); w == nil {
		return py.Null, acMiss
	}
	if w.kind == acInstDict {
		// a polymorphic site's usual way, as the loop writes it out
		if es := py.InstanceDict(obj).Ents(); uint(w.hint) < uint(len(es)) && es[w.hint].KeyIs(c.name) {
			return es[w.hint].Val(), acHit
		}
	}
	switch w.kind {
	case acInstDict, acInstValue:
		d := py.InstanceDict(obj)
		if v, ok := d.StrAt(w.hint, c.name); ok {
			return v, acHit
		}
		if i := d.StrIndex(c.name); i >= 0 {
			w.hint = i
			v, _ := d.StrAt(i, c.name)
			return v, acHit
		}
		if w.kind == acInstValue {
			return w.value(), acHit
		}
	case acProperty:
		return w.v, acCall
	case acSlotLoad:
		if v := py.SlotAt(obj, w.hint); !v.IsNull() {
			return v, acHit
		}
	case acModule:
		if v, ok := moduleAttr(w, obj, c.name); ok {
			return v, acHit
		}
	case acClassAttr:
		return w.value(), acHit
	case acExcDict, acExcValue:
		return excLoad(w, obj, c.name)
	}
	return py.Null, acMiss
}

// moduleAttr reads a module's global as module.__getattribute__ does
// first: its dict.
func moduleAttr(w *acWay, obj py.Value, name *py.Str) (py.Value, bool) {
	d := py.AsModule(obj).Dict
	if v, ok := d.StrAt(w.hint, name); ok {
		return v, true
	}
	if i := d.StrIndex(name); i >= 0 {
		w.hint = i
		return d.ValueAt(i), true
	}
	return py.Null, false
}

// fillLoad analyses obj for LOAD_ATTR; false: the generic path.
func (c *attrCache) fillLoad(obj py.Value) bool {
	typ := obj.Type()
	if typ == py.ModuleType {
		return c.install(acWay{typ: typ, ver: typ.Version(), kind: acModule})
	}
	if plainInstanceType(typ) {
		nw := acWay{typ: typ, ver: typ.Version()}
		descr := typ.Lookup(c.name)
		switch {
		case descr.IsNull():
			nw.kind = acInstDict
		case descr.Type() == py.PropertyType:
			get := py.AsPtr[py.Property](descr).Get
			if !isPyFunc(get) {
				return false
			}
			nw.kind, nw.v = acProperty, get
		case descr.Type() == py.MemberType:
			i, ok := py.SlotIndex(descr, typ)
			if !ok {
				return false
			}
			nw.kind, nw.hint = acSlotLoad, i
		case descr.Type().DescrGet == nil:
			nw.kind, nw.v = acInstValue, descr
			nw.locate(typ, c.name)
		default:
			return false
		}
		return c.install(nw)
	}
	if typ.ExcCachedAttrs() {
		return c.fillExcLoad(typ)
	}
	if cls := classOf(obj); cls != nil && c.metaLacks() {
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
		nw := acWay{typ: cls, ver: cls.Version(), v: attr, kind: acClassAttr}
		if attr.Type().DescrGet == nil {
			nw.locate(cls, c.name)
		}
		return c.install(nw)
	}
	return false
}

// method is LOAD_METHOD through the cache: the two stack entries
// CALL_METHOD expects (callable and self, or Null and callable).
func (c *attrCache) method(obj py.Value) (py.Value, py.Value, bool) {
	w := c.find(obj)
	if w == nil {
		return py.Null, py.Null, false
	}
	switch w.kind {
	case acMethod, acMethodStatic, acMethodClass:
		if py.InstanceDict(obj).HasStr(c.name) {
			break
		}
		switch w.kind {
		case acMethod:
			return w.v, obj, true
		case acMethodStatic:
			return py.Null, w.v, true
		}
		return w.v, w.typ.V(), true
	case acMethodBuilt:
		return w.v, obj, true
	case acModule:
		if v, ok := moduleAttr(w, obj, c.name); ok {
			return py.Null, v, true
		}
	case acClassFunc:
		return py.Null, w.v, true
	case acClassCM:
		return w.v, obj, true
	}
	return py.Null, py.Null, false
}

// fillMethod analyses obj for LOAD_METHOD.
func (c *attrCache) fillMethod(obj py.Value) bool {
	typ := obj.Type()
	if typ == py.ModuleType {
		return c.install(acWay{typ: typ, ver: typ.Version(), kind: acModule})
	}
	if typ.User {
		if !plainInstanceType(typ) {
			return false
		}
		nw := acWay{typ: typ, ver: typ.Version()}
		descr := typ.Lookup(c.name)
		switch {
		case descr.IsNull():
			return false
		case descr.Type() == py.FunctionType:
			nw.kind, nw.v = acMethod, descr
			if py.NoInstanceDict(typ) {
				// no __dict__ to shadow it: bound as a built-in type's
				// method is, without the dict check
				nw.kind = acMethodBuilt
			}
		case descr.Type() == py.StaticMethodType:
			nw.kind, nw.v = acMethodStatic, py.AsPtr[py.StaticMethod](descr).F
		case descr.Type() == py.ClassMethodType:
			nw.kind, nw.v = acMethodClass, py.AsPtr[py.ClassMethod](descr).F
		default:
			return false
		}
		return c.install(nw)
	}
	if cls := classOf(obj); cls != nil {
		if !c.metaLacks() {
			return false
		}
		nw := acWay{typ: cls, ver: cls.Version()}
		attr := cls.Lookup(c.name)
		switch {
		case attr.IsNull():
			return false
		case attr.Type() == py.FunctionType:
			nw.kind, nw.v = acClassFunc, attr
		case attr.Type() == py.StaticMethodType:
			nw.kind, nw.v = acClassFunc, py.AsPtr[py.StaticMethod](attr).F
		case attr.Type() == py.ClassMethodType:
			nw.kind, nw.v = acClassCM, py.AsPtr[py.ClassMethod](attr).F
		default:
			return false
		}
		return c.install(nw)
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
	return c.install(acWay{typ: typ, ver: typ.Version(), v: descr, kind: acMethodBuilt})
}

// store is STORE_ATTR through the cache.
func (c *attrCache) store(obj, val py.Value) (py.Value, int) {
	w := c.find(obj)
	if w == nil {
		return py.Null, acMiss
	}
	switch w.kind {
	case acStoreDict:
		d := py.InstanceDict(obj)
		if d.SetStrAt(w.hint, c.name, val) {
			return py.Null, acHit
		}
		if d == nil {
			break
		}
		w.hint = d.SetStrIndex(c.name, val)
		w.typ.NoteInstanceAttrs(d.Len())
		return py.Null, acHit
	case acStoreProp:
		return w.v, acCall
	case acSlotStore:
		py.SetSlotAt(obj, w.hint, val)
		return py.Null, acHit
	case acClassData:
		if py.IsPlainData(val) {
			w.d.SetValueAt(w.idx, val)
			return py.Null, acHit
		}
	case acExcStore:
		excStore(w, obj, c.name, val)
		return py.Null, acHit
	}
	return py.Null, acMiss
}

// fillStore analyses obj for STORE_ATTR.
func (c *attrCache) fillStore(obj py.Value) bool {
	if cls := classOf(obj); cls != nil && cls.User && c.metaLacks() && !isDunder(c.name.S()) {
		// C.attr = value where C's own attribute is plain data: what
		// type.__setattr__ would do without a version change (py.IsPlainData)
		i := cls.Dict().StrIndex(c.name)
		if i < 0 || !py.IsPlainData(cls.Dict().ValueAt(i)) {
			return false
		}
		return c.install(acWay{typ: cls, ver: cls.Version(), d: cls.Dict(), idx: i, kind: acClassData})
	}
	typ := obj.Type()
	if typ.ExcCachedAttrs() {
		return c.fillExcStore(typ)
	}
	if !plainInstanceType(typ) {
		return false
	}
	nw := acWay{typ: typ, ver: typ.Version()}
	descr := typ.Lookup(c.name)
	switch {
	case descr.IsNull(), descr.Type().DescrSet == nil:
		nw.kind = acStoreDict
	case descr.Type() == py.PropertyType:
		set := py.AsPtr[py.Property](descr).Set
		if !isPyFunc(set) {
			return false
		}
		nw.kind, nw.v = acStoreProp, set
	case descr.Type() == py.MemberType:
		i, ok := py.SlotIndex(descr, typ)
		if !ok {
			return false
		}
		nw.kind, nw.hint = acSlotStore, i
	default:
		return false
	}
	return c.install(nw)
}

func isDunder(s string) bool {
	return len(s) >= 4 && s[:2] == "__" && s[len(s)-2:] == "__"
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
		if x, ok := mro[i].Dict().LookupStr(name); ok {
			if x.Type() == py.FunctionType {
				return x, sp.Obj, true
			}
			return py.Null, py.Null, false
		}
	}
	return py.Null, py.Null, false
}

// superFast is opSuperMethod: zero-argument super().name(...) in a method
// whose first argument is an instance, when the global super is the
// built-in and name is a Python function after __class__ in the MRO:
// the function and self, as LOAD_METHOD would push them, with no proxy
// object. ok false: run the instructions as written.
func superFast(f *Frame, global int32, name *py.Str) (py.Value, py.Value, bool) {
	sup := py.SuperType.V()
	if c := &f.rt.gcache[global]; c.globals == f.globals && c.gver == f.globals.Version && c.bver == f.builtins.Version {
		if c.v != sup {
			return py.Null, py.Null, false
		}
	} else if v, ok := f.globals.LookupStr(f.rt.names[global]); ok && v != sup {
		return py.Null, py.Null, false
	} else if !ok {
		if v, ok := f.builtins.LookupStr(f.rt.names[global]); !ok || v != sup {
			return py.Null, py.Null, false
		}
	}
	co := f.rt.code
	if co.ArgCount == 0 || len(f.fast) == 0 {
		return py.Null, py.Null, false
	}
	self := f.fast[0]
	if self.IsNull() || py.IsType(self) {
		return py.Null, py.Null, false
	}
	var cls *py.Type
	for i, n := range co.FreeVars {
		if n == "__class__" {
			if c := f.cells[len(co.CellVars)+i].V; !c.IsNull() && py.IsType(c) {
				cls = py.AsType(c)
			}
			break
		}
	}
	if cls == nil {
		return py.Null, py.Null, false
	}
	mro := self.Type().MRO
	i := 0
	for i < len(mro) && mro[i] != cls {
		i++
	}
	if i == len(mro) {
		return py.Null, py.Null, false // self is not an instance of __class__: let super() say so
	}
	for i++; i < len(mro); i++ {
		if x, ok := mro[i].Dict().LookupStr(name); ok {
			// a built-in type's method (BaseException.__init__ under an
			// exception subclass) binds to self as a function does
			if x.Type() == py.FunctionType || py.IsMethodDescr(x) && py.AsBuiltin(x).Self.IsNull() {
				return x, self, true
			}
			return py.Null, py.Null, false
		}
	}
	return py.Null, py.Null, false
}

// pooledFrame is the call fast path as a helper (for the inline __init__
// of a class call): a pooled frame for fn with positional args, when fn
// takes exactly those, the pool has a frame big enough, and the call
// and type.__call__'s level both fit under the recursion limit. nil: use
// setupFrame.
func (th *thread) pooledFrame(fn *py.Function, builtins *py.Dict, args []py.Value) *Frame {
	rt := (*codeRT)(fn.RT)
	t := th.pt
	if rt == nil || !rt.simple || rt.argc != len(args) || th.npool >= len(th.pool) || t.Depth+1 >= t.RecursionLimit {
		return nil
	}
	nf := th.pool[th.npool]
	if nf.rt != rt {
		if nf = th.poolFor(rt); nf == nil {
			return nil
		}
	}
	th.npool++
	nf.fn = fn
	nf.globals, nf.builtins = fn.Globals, builtins
	nf.sp, nf.pc, nf.nblocks, nf.entry = 0, 0, 0, false
	// element by element: copy and clear of pointerful memory go
	// through the runtime's bulk barriers
	mem := nf.loc
	switch len(args) {
	case 1: // a property's getter
		*mem.p(0) = args[0]
	case 2: // a setter
		*mem.p(0), *mem.p(1) = args[0], args[1]
	case 3: // __init__(self, a, b)
		*mem.p(0), *mem.p(1), *mem.p(2) = args[0], args[1], args[2]
	case 4: // a with statement's __exit__(self, typ, val, tb)
		*mem.p(0), *mem.p(1), *mem.p(2), *mem.p(3) = args[0], args[1], args[2], args[3]
	default:
		for i, a := range args {
			*mem.p(i) = a
		}
	}
	for i := len(args); i < rt.nlocals; i++ {
		*mem.p(i) = py.Value{}
	}
	if rt.nfree > 0 {
		nf.cells = fn.Closure // simple code has free variables but no cells of its own
	}
	return nf
}
