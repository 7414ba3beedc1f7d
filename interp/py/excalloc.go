package py

import (
	"reflect"
	"sync"
	"unsafe"
)

// Instances of user exception classes nearly always get attributes
// (self.code = code in __init__), so they are allocated together with
// room for a small __dict__; the dict is attached on the first store,
// as before, so an exception without attributes still has Dict nil.

// An exception is nearly always raised, and its first traceback entry
// (the frame that raised it) is then made at once, so the entry comes
// in the exception's allocation as well (TracebackRoom).

// excWithDict is an exception with its future __dict__ and two entries.
type excWithDict struct {
	e    Exception
	d    Dict
	ents [2]dictEntry
	tb   Traceback
}

// excBare is an exception of a built-in class without arguments.
type excBare struct {
	e  Exception
	tb Traceback
}

// allocException is BaseException's Alloc (inherited by every exception
// class, built-in or user).
func allocException(typ *Type) Value {
	if !typ.User {
		o := &excBare{}
		o.e.typ = typ
		o.e.Args = EmptyTuple
		o.e.tbRoom = &o.tb
		return o.e.V()
	}
	o := &excWithDict{}
	o.e.typ = typ
	o.e.Args = EmptyTuple
	o.e.tbRoom = &o.tb
	giveRoom(&o.e, &o.d, o.ents[:0:len(o.ents)])
	return o.e.V()
}

// dict is the exception's __dict__, made on first use.
func (e *Exception) dict() *Dict {
	if e.Dict == nil {
		if e.room != nil {
			e.Dict, e.room = e.room, nil
		} else {
			e.Dict = NewDict()
		}
	}
	return e.Dict
}

// tupleCopy is a new tuple of items' values (one allocation when short).
func tupleCopy(items []Value) Value {
	v, dst := MakeTuple(len(items))
	copy(dst, items)
	return v
}

// excArg1 is an exception raised from Go with one argument (the message,
// the missing key) together with its args tuple: one allocation where
// the exception, a copy of the arguments and the tuple were three.
type excArg1 struct {
	e    Exception
	args tuple1
	tb   Traceback
}

func newException1(typ *Type, arg Value) *Exception {
	exc1Slab.Lock()
	o := exc1Slab.New()
	exc1Slab.Unlock()
	o.e.Args, o.e.argsOwn = o.args.of(arg), true
	o.e.typ = typ
	o.e.tbRoom = &o.tb
	return &o.e
}

// Exceptions with one argument (every error raised from Go with a
// message or key, KeyError(k), ValueError("bad")) are made a batch at a
// time, as a Slab makes tuples: one trip through the Go allocator per
// batch. They are nearly always dropped once handled; one that is kept
// keeps its batch alive. Threads share the batch under the lock, which
// is uncontended in practice and cheaper than the allocator.
var exc1Slab struct {
	sync.Mutex
	Batch[excArg1]
}

// excRoomSlab makes the instances of user classes called with one
// argument (raise AppError(code)) the same way.
var excRoomSlab struct {
	sync.Mutex
	Batch[excArg1Room]
}

// excArg1Room is a user exception with its one-item args tuple and room
// for a small __dict__, in one allocation.
type excArg1Room struct {
	e    Exception
	args tuple1
	d    Dict
	ents [2]dictEntry
	tb   Traceback
}

// giveRoom makes d, with ents as its entries, the dict e attaches on its
// first attribute store.
func giveRoom(e *Exception, d *Dict, ents []dictEntry) {
	d.typ = DictType
	d.entries = ents
	d.useSmall() // dictsmall.go
	e.room = d
}

// newExcArgs is BaseException.__new__(typ, *args): the instance and, for
// one argument, its args tuple in one allocation (with the room for a
// __dict__ that allocException gives user classes).
func newExcArgs(typ *Type, args []Value) *Exception {
	if len(args) != 1 {
		e := AsException(allocException(typ))
		if len(args) > 0 {
			e.Args = tupleCopy(args)
		}
		return e
	}
	if !typ.User {
		return newException1(typ, args[0])
	}
	excRoomSlab.Lock()
	o := excRoomSlab.New()
	excRoomSlab.Unlock()
	o.e.Args, o.e.argsOwn = o.args.of(args[0]), true
	o.e.typ = typ
	o.e.tbRoom = &o.tb
	giveRoom(&o.e, &o.d, o.ents[:0:len(o.ents)])
	return &o.e
}

// markPlainExceptions sets excPlain on the built-in exception classes
// whose __new__ and __init__ are BaseException's (most of them; OSError,
// SyntaxError, ImportError and the Unicode errors have their own). Go
// functions do not compare, but their code pointers do, and a class
// inheriting BaseException's slots holds the same closures.
func markPlainExceptions() {
	code := func(f any) uintptr { return reflect.ValueOf(f).Pointer() }
	b := BaseExceptionType
	newP, initP := code(b.New), code(b.Init)
	for _, x := range ExceptionTypes {
		x.excPlain = code(x.New) == newP && code(x.Init) == initP
	}
}

// NewPlainException is typ(*args) (positional only) when that call is
// just BaseException's __new__ and __init__: a built-in exception class
// that keeps them, or a class statement deriving from one that defines
// neither __new__ nor __init__ and has no metaclass. The instance comes
// with its args in one allocation; ok is false for any other class,
// which the caller then calls as usual.
func NewPlainException(typ *Type, args []Value) (v Value, ok bool) {
	if typ.User {
		if typ.typ != TypeType || !solidBase(typ).excPlain || !userLookup(typ, dNew).IsNull() || !userLookup(typ, dInit).IsNull() {
			return Null, false
		}
		// such classes seldom get attributes: no room for a __dict__
		if len(args) == 1 {
			return newException1(typ, args[0]).V(), true
		}
	} else if !typ.excPlain {
		return Null, false
	}
	return newExcArgs(typ, args).V(), true
}

// NewForInit is typ.__new__(typ, *args) for a class statement whose
// __new__ is a plain built-in exception's and whose __init__ is Python
// (the VM then runs that __init__): ok is false when the class's base
// has a __new__ of its own.
func NewForInit(typ *Type, args []Value) (v Value, ok bool) {
	if !typ.User || !solidBase(typ).excPlain {
		return Null, false
	}
	return newExcArgs(typ, args).V(), true
}

// TracebackRoom is a blank traceback entry from the room e has for one
// (its own allocation's, for its first entry, or one SetTracebackRoom
// gave it), nil when it has none. Each is handed out once: an entry may
// be kept by Python code after e's traceback is replaced.
func (e *Exception) TracebackRoom() *Traceback {
	tb := e.tbRoom
	e.tbRoom = nil
	return tb
}

// SetTracebackRoom gives e room for its next traceback entry (the VM
// makes it with the frame object of a frame the exception is sure to
// leave, for the caller's entry).
func (e *Exception) SetTracebackRoom(tb *Traceback) { e.tbRoom = tb }

// of makes t the one-item tuple (arg,) and returns it.
func (t *tuple1) of(arg Value) Value {
	t.a[0] = arg
	t.items = t.a[:]
	t.typ = TupleType
	return valueOf(unsafe.Pointer(&t.Tuple))
}
