package py

import "unsafe"

// Instances of user exception classes nearly always get attributes
// (self.code = code in __init__), so they are allocated together with
// room for a small __dict__; the dict is attached on the first store,
// as before, so an exception without attributes still has Dict nil.

// excWithDict is an exception with its future __dict__ and two entries.
type excWithDict struct {
	e    Exception
	d    Dict
	ents [2]dictEntry
}

// allocException is BaseException's Alloc (inherited by every exception
// class, built-in or user).
func allocException(typ *Type) Value {
	if !typ.User {
		e := &Exception{Args: EmptyTuple}
		e.typ = typ
		return e.V()
	}
	o := &excWithDict{}
	o.e.typ = typ
	o.e.Args = EmptyTuple
	d := &o.d
	d.typ = DictType
	d.entries = o.ents[:0:len(o.ents)]
	d.index = d.small[:]
	for i := range d.small {
		d.small[i] = ixEmpty
	}
	o.e.room = d
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
}

func newException1(typ *Type, arg Value) *Exception {
	o := &excArg1{}
	t := &o.args
	t.a[0] = arg
	t.items = t.a[:]
	t.typ = TupleType
	o.e.Args = valueOf(unsafe.Pointer(&t.Tuple))
	o.e.typ = typ
	return &o.e
}
