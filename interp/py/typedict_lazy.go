package py

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Lazy type dicts.
//
// Every process builds some ninety built-in types, and their dicts hold
// a few thousand methods and slot wrappers (int.__add__, str.upper,
// ValueError.__init__, ...): interning the names, a Builtin and a
// closure for each, and the dicts' growth were a third of `bytepy run`'s
// start-up, for types most programs never look inside. So a built-in
// type's dict is only written down: initType, addMethod and the other
// init-time stores append an operation to the type's lazy list, and the
// first call of Type.Dict — every read of a type's namespace goes through
// it: MRO lookups, dir(), vars(), __dict__, class creation, the VM's
// caches — replays the list in order and then exposes the slots
// (exposeSlots), making exactly the dict the eager build made. A type's
// bases are built first, because exposeSlots leaves to a base the slot
// wrappers it already has.
//
// Slots themselves (Type.Repr, Type.Binary, ...) are set eagerly: the VM
// and the abstract operations call them without looking at the dict.
//
// A type read during package py's init (initX code that copies a base's
// entry) is built then, with the operations recorded so far; what comes
// later is stored directly, and its slots are exposed at the end of init
// in the eager order.

// lazyDict is the not yet replayed part of a type's dict: a list of
// operations in order. The lists of all types are carved from shared
// blocks (newLazyOp): start-up records some six hundred operations for
// about a hundred and thirty types, and a slice per type grown by append
// cost an allocation per doubling.
type lazyDict struct {
	head, tail *lazyOp
}

// lazyOps and lazyDicts are the blocks newLazyOp and newLazyDict carve
// from (under lazyBuild).
var (
	lazyOps   []lazyOp
	lazyDicts []lazyDict
)

// newLazyOp is a place for one more operation.
func newLazyOp() *lazyOp {
	if len(lazyOps) == 0 {
		lazyOps = make([]lazyOp, 128)
	}
	op := &lazyOps[0]
	lazyOps = lazyOps[1:]
	return op
}

func newLazyDict() *lazyDict {
	if len(lazyDicts) == 0 {
		lazyDicts = make([]lazyDict, 64)
	}
	l := &lazyDicts[0]
	lazyDicts = lazyDicts[1:]
	return l
}

// lazyOp is one recorded store: a method (fn, a Builtin owned by the
// type), a class method (fn, class set), a value (v), or, with expose
// set, the exposure of the type's slots.
type lazyOp struct {
	name   string
	fn     func(t *Thread, args []Value, kwnames []string) (Value, *Exception)
	v      Value
	class  bool
	expose bool
	// wrap makes the entry name a class method of itself; ifNone
	// stores v only over a missing or None entry
	wrap   bool
	ifNone bool
	// hook is called with the dict as built so far (OnBuilt)
	hook func(d *Dict)
	next *lazyOp
}

// lazyBuild serialises building: a built type's dict is then read
// without it, as every other dict is.
var lazyBuild sync.Mutex

// Dict is the type's namespace (tp_dict), built on first use for a
// built-in type.
func (typ *Type) Dict() *Dict {
	if typ.lazy.Load() != nil {
		typ.buildDict()
	}
	return typ.dict
}

// SetDict gives a type its namespace (a new class's).
func (typ *Type) SetDict(d *Dict) {
	typ.lazy.Store(nil)
	typ.dict = d
}

func (typ *Type) buildDict() {
	lazyBuild.Lock()
	defer lazyBuild.Unlock()
	typ.buildLocked()
}

// buildLocked replays typ's operations after building its bases. The
// type stays marked lazy until its dict is complete, so another goroutine
// never reads a half-built one; code below reads the dicts it builds
// through dictRaw.
func (typ *Type) buildLocked() {
	l := typ.lazy.Load()
	if l == nil {
		return
	}
	for _, b := range typ.MRO[1:] {
		b.buildLocked()
	}
	if typ.dict == nil {
		typ.dict = NewDict()
	}
	for op := l.head; op != nil; op = op.next {
		switch {
		case op.hook != nil:
			op.hook(typ.dict)
		case op.expose:
			exposeSlots(typ)
		case op.wrap:
			typ.dict.SetStr(op.name, classMethodOf(typ.dict.mustGet(op.name)))
		case op.ifNone:
			if cur, ok := typ.dict.GetStr(op.name); !ok || cur.IsNone() {
				typ.dict.SetStr(op.name, op.v)
			}
		case op.fn != nil:
			b := &Builtin{Name: op.name, Fn: op.fn}
			b.typ = BuiltinType
			if op.class {
				typ.dict.SetStr(op.name, classMethodOf(valueOf(unsafe.Pointer(b))))
			} else {
				b.Owner = typ
				typ.dict.SetStr(op.name, valueOf(unsafe.Pointer(b)))
			}
		default:
			typ.dict.SetStr(op.name, op.v)
		}
	}
	typ.lazy.Store(nil)
}

// dictRaw is the type's dict as built so far: for the builder, and for
// stores that are known to come before any read.
func (typ *Type) dictRaw() *Dict {
	if typ.dict == nil {
		typ.dict = NewDict()
	}
	return typ.dict
}

// record appends op to a lazy type's list, or reports false when the
// type's dict is built (the caller stores directly).
func (typ *Type) record(op lazyOp) bool {
	typ.startLazy()
	l := typ.lazy.Load()
	if l == nil {
		return false
	}
	lazyBuild.Lock()
	p := newLazyOp()
	*p = op
	if l.tail == nil {
		l.head = p
	} else {
		l.tail.next = p
	}
	l.tail = p
	lazyBuild.Unlock()
	return true
}

// setLazy is typ.Dict().SetStr(name, v), recorded while the type is lazy.
func (typ *Type) setLazy(name string, v Value) {
	if !typ.record(lazyOp{name: name, v: v}) {
		typ.dictRaw().SetStr(name, v)
	}
}

// startLazy makes a new built-in type's dict lazy (initType).
func (typ *Type) startLazy() {
	if typ.dict == nil && typ.lazy.Load() == nil {
		lazyBuild.Lock()
		l := newLazyDict()
		lazyBuild.Unlock()
		typ.lazy.Store(l)
	}
}

// exposeLater exposes typ's slots: at build time for a lazy type, now
// for a built one.
func exposeLater(typ *Type) {
	if !typ.record(lazyOp{expose: true}) {
		exposeSlots(typ)
	}
}

// atomicLazy is the Type field holding the lazy list.
type atomicLazy = atomic.Pointer[lazyDict]

// hasOwn reports whether typ's dict has name, without building it.
func (typ *Type) hasOwn(name string) bool {
	if l := typ.lazy.Load(); l != nil {
		for op := l.head; op != nil; op = op.next {
			if op.name == name && !op.expose {
				return true
			}
		}
		if typ.dict == nil {
			return false
		}
	}
	_, ok := typ.dictRaw().GetStr(name)
	return ok
}

// wrapClassLazy turns the method name in typ's dict into a class method.
func (typ *Type) wrapClassLazy(name string) {
	if !typ.record(lazyOp{name: name, wrap: true}) {
		d := typ.dictRaw()
		d.SetStr(name, classMethodOf(d.mustGet(name)))
	}
}

// SetAttrLazy stores v under name in a built-in type's dict, when the
// dict is built if it is not yet: for the packages that finish built-in
// types (the VM's docs, a module's classes).
func (typ *Type) SetAttrLazy(name string, v Value) { typ.setLazy(name, v) }

// SetDefaultLazy is SetAttrLazy that keeps a present value other than
// None (a type's __doc__ set by its own package).
func (typ *Type) SetDefaultLazy(name string, v Value) {
	if !typ.record(lazyOp{name: name, v: v, ifNone: true}) {
		d := typ.dictRaw()
		if cur, ok := d.GetStr(name); !ok || cur.IsNone() {
			d.SetStr(name, v)
		}
	}
}

// OnBuilt calls f with typ's dict once it holds what has been stored so
// far: now for a built dict, else when it is built. For init code that
// reads a built-in type's entries (a method's identity for a fast path)
// without building the dict at start-up.
func (typ *Type) OnBuilt(f func(d *Dict)) {
	if !typ.record(lazyOp{hook: f}) {
		f(typ.dictRaw())
	}
}
