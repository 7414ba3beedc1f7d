package py

import "unsafe"

// The lazy iterator classes of builtins: enumerate, zip, map, filter,
// reversed. Each holds its source iterators and does one step per Next.

type enumerateObj struct {
	Object
	it Value
	n  Value
}

type zipObj struct {
	Object
	its []Value
	// last is the tuple ZipListCopy handed out, which it may refill
	last Value
}

type mapObj struct {
	Object
	fn  Value
	its []Value
	// buf holds the arguments of one call of fn, reused from call to
	// call (callees copy their arguments, as they do from the VM's
	// stack); busy marks it taken while fn runs, for reentrant next().
	buf  []Value
	busy bool
	// the usual map(f, x) keeps its one iterator and argument here, in
	// the object's own allocation
	it1, arg1 [1]Value
	sit       SeqIter // the one iterator, when embedIter could make it
}

type filterObj struct {
	Object
	fn   Value
	it   Value
	args [1]Value // as mapObj.args
}

type reversedObj struct {
	Object
	seq Value
	i   int
}

var (
	EnumerateType = &Type{Name: "enumerate"}
	ZipType       = &Type{Name: "zip"}
	MapType       = &Type{Name: "map"}
	FilterType    = &Type{Name: "filter"}
	ReversedType  = &Type{Name: "reversed"}
)

func mkObj[T any](typ *Type, o *T) Value {
	(*Object)(unsafe.Pointer(o)).typ = typ
	return valueOf(unsafe.Pointer(o))
}

// enumerateSeq is enumerate over an exact list or tuple with the
// sequence's iterator in the same allocation: `for i, x in
// enumerate(xs)` makes one object, not two.
type enumerateSeq struct {
	enumerateObj
	si SeqIter
}

// enumerateSeqOf is enumerate(seq, start) for an exact list or tuple seq,
// whose iterator is what Iter would make: a SeqIter of list_iterator or
// tuple_iterator type.
func enumerateSeqOf(typ *Type, seq, start Value) Value {
	o := &enumerateSeq{}
	o.si.typ = ListIterType
	if seq.Type() == TupleType {
		o.si.typ = TupleIterType
	}
	o.si.seq = seq
	o.it = valueOf(unsafe.Pointer(&o.si))
	o.n = start
	return mkObj(typ, &o.enumerateObj)
}

// zipSmall is a zip of one or two iterables with its iterator slice,
// and the iterators of exact lists and tuples among them, in its own
// allocation: `for a, b in zip(xs, ys)` makes one object, not four.
type zipSmall struct {
	zipObj
	a  [2]Value
	si [2]SeqIter
}

// zipSmallOf is zip(*args) for at most two args.
func zipSmallOf(t *Thread, typ *Type, args []Value) (Value, *Exception) {
	o := &zipSmall{}
	for i, a := range args {
		switch a.Type() {
		case ListType, TupleType:
			// what Iter makes for them, without Iter's allocation
			si := &o.si[i]
			si.typ = ListIterType
			if a.Type() == TupleType {
				si.typ = TupleIterType
			}
			si.seq = a
			o.a[i] = valueOf(unsafe.Pointer(si))
			continue
		}
		it, err := Iter(t, a)
		if err != nil {
			if err.Matches(TypeErrorType) {
				return Null, Errorf(TypeErrorType, "zip argument #%d must support iteration", i+1)
			}
			return Null, err
		}
		o.a[i] = it
	}
	o.its = o.a[:len(args):len(args)]
	return mkObj(typ, &o.zipObj), nil
}

func initIterators() {
	e := EnumerateType
	e.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		a := args
		if len(kw) > 0 || len(args) != 1 { // enumerate(xs) needs no parsing, which allocates
			var err *Exception
			if a, err = ParseArgs("enumerate", args, kw, []string{"iterable", "start"}, 1); err != nil {
				return Null, err
			}
		}
		start := MakeInt(0)
		if len(a) > 1 && !a[1].IsNull() {
			// PyNumber_Index, before the iterable is iterated as in 3.7:
			// True counts from 1, an __index__ object from its int
			var err *Exception
			if start, err = IndexValue(t, a[1]); err != nil {
				return Null, err
			}
		}
		if it := a[0].Type(); it == ListType || it == TupleType {
			return enumerateSeqOf(typ, a[0], start), nil
		}
		it, err := Iter(t, a[0])
		if err != nil {
			return Null, err
		}
		return mkObj(typ, &enumerateObj{it: it, n: start}), nil
	}
	e.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		n, x, ok, err := EnumerateNextPair(t, v)
		if !ok || err != nil {
			return Null, ok, err
		}
		return Tuple2(n, x), true, nil
	}
	z := ZipType
	z.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := NoKw("zip", kw); err != nil {
			return Null, err
		}
		if len(args) <= 2 {
			return zipSmallOf(t, typ, args)
		}
		its := make([]Value, len(args))
		for i, a := range args {
			it, err := Iter(t, a)
			if err != nil {
				if err.Matches(TypeErrorType) {
					return Null, Errorf(TypeErrorType, "zip argument #%d must support iteration", i+1)
				}
				return Null, err
			}
			its[i] = it
		}
		return mkObj(typ, &zipObj{its: its}), nil
	}
	z.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		o := (*zipObj)(v.p)
		if len(o.its) == 0 {
			return Null, false, nil
		}
		tv, items := MakeTuple(len(o.its))
		for i, it := range o.its {
			var x Value
			var ok bool
			var err *Exception
			if it.Type() == ListIterType {
				x, ok = ListIterNext(it)
			} else {
				x, ok, err = Next(t, it)
			}
			if !ok || err != nil {
				return Null, false, err
			}
			items[i] = x
		}
		return tv, true, nil
	}
	m := MapType
	m.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := NoKw("map", kw); err != nil {
			return Null, err
		}
		if len(args) < 2 {
			return Null, NewTypeError("map() must have at least two arguments.")
		}
		o := &mapObj{fn: args[0]}
		its := o.it1[:]
		if len(args) > 2 {
			its = make([]Value, len(args)-1)
		} else {
			o.buf = o.arg1[:]
		}
		for i, a := range args[1:] {
			if it, ok := o.embedIter(a, len(args)); ok {
				its[i] = it
				continue
			}
			it, err := Iter(t, a)
			if err != nil {
				return Null, err
			}
			its[i] = it
		}
		o.its = its
		return mkObj(typ, o), nil
	}
	m.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		o := (*mapObj)(v.p)
		if len(o.its) == 1 && !o.busy && o.fn.Type() == BuiltinType && AsBuiltin(o.fn).Owner == nil {
			return mapNextBuiltin(t, o)
		}
		var items []Value
		if o.busy || len(o.buf) != len(o.its) {
			items = make([]Value, len(o.its))
		} else {
			items = o.buf
		}
		for i, it := range o.its {
			x, ok, err := Next(t, it)
			if !ok || err != nil {
				return Null, false, err
			}
			items[i] = x
		}
		reuse := !o.busy
		if reuse {
			o.buf, o.busy = items, true
		}
		r, err := Call(t, o.fn, items, nil)
		if reuse {
			clear(items)
			o.busy = false
		}
		if err != nil {
			return Null, false, stopIsEnd(err)
		}
		return r, true, nil
	}
	f := FilterType
	f.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := NoKw("filter", kw); err != nil {
			return Null, err
		}
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		it, err := Iter(t, args[1])
		if err != nil {
			return Null, err
		}
		return mkObj(typ, &filterObj{fn: args[0], it: it}), nil
	}
	f.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		o := (*filterObj)(v.p)
		for {
			x, ok, err := Next(t, o.it)
			if !ok || err != nil {
				return Null, ok, err
			}
			var keep bool
			if o.fn.IsNone() {
				keep, err = Truth(t, x)
			} else {
				var r Value
				var err2 *Exception
				if o.fn.Type() == FunctionType {
					o.args[0] = x
					r, err2 = CallFunction(t, AsFunction(o.fn), o.args[:], nil)
					o.args[0] = Null
				} else {
					r, err2 = Call(t, o.fn, []Value{x}, nil)
				}
				if err2 != nil {
					return Null, false, stopIsEnd(err2)
				}
				keep, err = Truth(t, r)
			}
			if err != nil {
				return Null, false, err
			}
			if keep {
				return x, true, nil
			}
		}
	}
	r := ReversedType
	r.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := NoKw("reversed", kw); err != nil {
			return Null, err
		}
		if err := ArgCount("reversed", args, 1, 1); err != nil {
			return Null, err
		}
		seq := args[0]
		if rv, err := LookupSpecial(t, seq, "__reversed__"); err != nil {
			return Null, err
		} else if !rv.IsNull() && seq.Type().User {
			return Call(t, rv, nil, nil)
		}
		if seq.Type() == RangeType {
			rg := (*Range)(seq.p)
			if !RangeFits(rg.Start, rg.Stop, rg.Step) {
				return bigRangeReversed(rg), nil
			}
			n := rg.length()
			it := &RangeIter{Next: rg.Start + (n-1)*rg.Step, Stop: rg.Start - rg.Step, Step: -rg.Step}
			it.typ = RangeIterType
			return valueOf(unsafe.Pointer(it)), nil
		}
		if seq.Type().IsSubtype(DictType) || seq.Type().GetItem == nil || seq.Type().Len == nil {
			return Null, Errorf(TypeErrorType, "'%s' object is not reversible", TypeName(seq))
		}
		n, err := Len(t, seq)
		if err != nil {
			return Null, err
		}
		if seq.Type() == ListType && typ == ReversedType {
			// list.__reversed__'s iterator has its own type name
			return mkObj(listRevIterType, &reversedObj{seq: seq, i: n - 1}), nil
		}
		return mkObj(typ, &reversedObj{seq: seq, i: n - 1}), nil
	}
	r.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		o := (*reversedObj)(v.p)
		if o.i < 0 {
			return Null, false, nil
		}
		x, err := GetItem(t, o.seq, MakeInt(int64(o.i)))
		o.i--
		if err != nil {
			if err.Matches(IndexErrorType) {
				o.i = -1
				return Null, false, nil
			}
			return Null, false, err
		}
		return x, true, nil
	}
	for _, typ := range []*Type{e, z, m, f, r} {
		typ.Iter = selfIter
		initType(typ, ObjectType)
	}
	listRevIterType.Iter = selfIter
	listRevIterType.Next = r.Next
	// what is left: the next index + 1, or 0 once the sequence shrank
	// below it, as 3.7's reversed_len
	revHint := func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := NoKw("__length_hint__", kw); err != nil {
			return Null, err
		}
		if err := ArgCount("__length_hint__", a[1:], 0, 0); err != nil {
			return Null, err
		}
		o := (*reversedObj)(a[0].p)
		if o.i < 0 {
			return MakeInt(0), nil
		}
		n, err := Len(t, o.seq)
		if err != nil {
			return Null, err
		}
		if n < o.i+1 {
			return MakeInt(0), nil
		}
		return MakeInt(int64(o.i + 1)), nil
	}
	addMethod(r, "__length_hint__", revHint)
	addMethod(listRevIterType, "__length_hint__", revHint)
	exposeLater(listRevIterType)
}

// listRevIterType is reversed(list)'s type (list_reverseiterator).
var listRevIterType = newBuiltinType("list_reverseiterator", ObjectType)
