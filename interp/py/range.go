package py

import (
	"math/big"
	"unsafe"
)

// Range is a range object (int64 bounds; bigger ranges are not supported).
type Range struct {
	Object
	Start, Stop, Step int64
}

// Slice is a slice object.
type Slice struct {
	Object
	Start, Stop, Step Value
}

// SeqIter walks a list, tuple or str by index (the list may grow).
type SeqIter struct {
	Object
	seq Value
	i   int
}

// RangeIter is range's iterator; the VM's FOR_ITER special-cases it.
type RangeIter struct {
	Object
	Next, Stop, Step int64
}

var (
	RangeType     = &Type{Name: "range"}
	SliceType     = &Type{Name: "slice"}
	RangeIterType = newBuiltinType("range_iterator", ObjectType)
	ListIterType  = newBuiltinType("list_iterator", ObjectType)
	TupleIterType = newBuiltinType("tuple_iterator", ObjectType)
	StrIterType   = newBuiltinType("str_iterator", ObjectType)
	SeqIterType   = newBuiltinType("iterator", ObjectType)
)

// AsSlice returns the *Slice of a slice value.
func AsSlice(v Value) *Slice { return (*Slice)(v.p) }

// NewSlice makes a slice object.
func NewSlice(start, stop, step Value) Value {
	s := &Slice{Start: start, Stop: stop, Step: step}
	s.typ = SliceType
	return valueOf(unsafe.Pointer(s))
}

// AsRangeIter returns a range iterator's state.
func AsRangeIter(v Value) *RangeIter { return (*RangeIter)(v.p) }

// NewRange makes a range.
func NewRange(start, stop, step int64) Value {
	r := &Range{Start: start, Stop: stop, Step: step}
	r.typ = RangeType
	return valueOf(unsafe.Pointer(r))
}

func (r *Range) length() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// Indices is slice.indices(n): clamped start, stop, step and the count.
func (s *Slice) Indices(t *Thread, n int) (start, stop, step, count int, err *Exception) {
	step = 1
	if !s.Step.IsNone() {
		st, err := sliceIndex(t, s.Step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, 0, NewValueError("slice step cannot be zero")
		}
		step = st
	}
	lo, hi := 0, n
	if step < 0 {
		lo, hi = -1, n-1
	}
	conv := func(v Value, def int) (int, *Exception) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceIndex(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lo {
				i = lo
			}
		} else if i > hi {
			i = hi
		}
		return i, nil
	}
	if step > 0 {
		start, err = conv(s.Start, 0)
		if err == nil {
			stop, err = conv(s.Stop, n)
		}
	} else {
		start, err = conv(s.Start, n-1)
		if err == nil {
			stop, err = conv(s.Stop, -1)
		}
	}
	if err != nil {
		return
	}
	if step > 0 {
		if stop > start {
			count = (stop-start-1)/step + 1
		}
	} else if start > stop {
		count = (start-stop-1)/(-step) + 1
	}
	return
}

func sliceIndex(t *Thread, v Value) (int, *Exception) {
	if v.IsInt() || v.IsBool() {
		i := v.Int()
		if i > 1<<40 {
			i = 1 << 40
		} else if i < -(1 << 40) {
			i = -(1 << 40)
		}
		return int(i), nil
	}
	if isBig(v) {
		if bigRO(v).Sign() < 0 {
			return -(1 << 40), nil
		}
		return 1 << 40, nil
	}
	i, ok, err := indexOf(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, NewTypeError("slice indices must be integers or None or have an __index__ method")
	}
	return int(i), nil
}

func rangeArg(t *Thread, v Value) (int64, *Exception) {
	if isBig(v) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return IndexInt(t, v)
}

func initRange() {
	r := RangeType
	r.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(kw) > 0 {
			return Null, NewTypeError("range() does not take keyword arguments")
		}
		if len(args) >= 1 && len(args) <= 3 {
			for _, x := range args {
				if isBig(x) {
					return newBigRange(t, args)
				}
			}
		}
		var a [3]int64
		for i, x := range args {
			if i >= 3 {
				break
			}
			v, err := rangeArg(t, x)
			if err != nil {
				return Null, err
			}
			a[i] = v
		}
		switch len(args) {
		case 1:
			return NewRange(0, a[0], 1), nil
		case 2:
			return NewRange(a[0], a[1], 1), nil
		case 3:
			if a[2] == 0 {
				return Null, NewValueError("range() arg 3 must not be zero")
			}
			return NewRange(a[0], a[1], a[2]), nil
		case 0:
			return Null, NewTypeError("range expected 1 arguments, got 0")
		}
		return Null, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	r.Repr = func(t *Thread, v Value) (string, *Exception) {
		x := (*Range)(v.p)
		s := "range(" + IntString(MakeInt(x.Start)) + ", " + IntString(MakeInt(x.Stop))
		if x.Step != 1 {
			s += ", " + IntString(MakeInt(x.Step))
		}
		return s + ")", nil
	}
	r.Len = func(_ *Thread, v Value) (int, *Exception) { return int((*Range)(v.p).length()), nil }
	r.Bool = func(_ *Thread, v Value) (bool, *Exception) { return (*Range)(v.p).length() > 0, nil }
	r.Iter = func(_ *Thread, v Value) (Value, *Exception) {
		x := (*Range)(v.p)
		if !RangeFits(x.Start, x.Stop, x.Step) {
			return bigRangeIterOf(x), nil
		}
		it := &RangeIter{Next: x.Start, Stop: x.Stop, Step: x.Step}
		it.typ = RangeIterType
		return valueOf(unsafe.Pointer(it)), nil
	}
	r.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
		x := (*Range)(v.p)
		n := x.length()
		if k.Type() == SliceType {
			start, stop, step, _, err := AsSlice(k).Indices(t, int(n))
			if err != nil {
				return Null, err
			}
			return NewRange(x.Start+int64(start)*x.Step, x.Start+int64(stop)*x.Step, x.Step*int64(step)), nil
		}
		if k.Type().Index == nil && !k.Type().IsSubtype(IntType) {
			return Null, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(k))
		}
		iv, err := IndexValue(t, k)
		if err != nil {
			return Null, err
		}
		if !iv.IsInt() && !iv.IsBool() {
			// past int64: out of range either way (range_item compares
			// ints of any size)
			return Null, Errorf(IndexErrorType, "range object index out of range")
		}
		i := iv.Int()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, Errorf(IndexErrorType, "range object index out of range")
		}
		return MakeInt(x.Start + i*x.Step), nil
	}
	r.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
		x := (*Range)(v.p)
		if k.IsInt() || k.IsBool() {
			i := k.Int()
			if x.Step > 0 && (i < x.Start || i >= x.Stop) || x.Step < 0 && (i > x.Start || i <= x.Stop) {
				return false, nil
			}
			return (i-x.Start)%x.Step == 0, nil
		}
		items, _ := Collect(t, v)
		return seqContains(t, items, k)
	}
	r.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if b.Type() != RangeType || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		x, y := (*Range)(a.p), (*Range)(b.p)
		nx, ny := x.length(), y.length()
		eq := nx == ny && (nx == 0 || x.Start == y.Start && (nx == 1 || x.Step == y.Step))
		return MakeBool(eq == (op == EQ)), nil
	}
	r.Hash = func(t *Thread, v Value) (int64, *Exception) {
		x := (*Range)(v.p)
		return Hash(t, NewTuple([]Value{MakeInt(x.length()), MakeInt(x.Start), MakeInt(x.Step)}))
	}
	initType(r, ObjectType)
	r.Final = true
	addGetter(r, "start", func(t *Thread, v Value) (Value, *Exception) { return MakeInt((*Range)(v.p).Start), nil })
	addGetter(r, "stop", func(t *Thread, v Value) (Value, *Exception) { return MakeInt((*Range)(v.p).Stop), nil })
	addGetter(r, "step", func(t *Thread, v Value) (Value, *Exception) { return MakeInt((*Range)(v.p).Step), nil })
	addMethod(r, "index", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		items, _ := Collect(t, a[0])
		return seqIndex(t, items, a[1:], "")
	})
	addMethod(r, "count", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		items, _ := Collect(t, a[0])
		return seqCount(t, items, a[1])
	})
	RangeIterType.Iter = selfIter
	RangeIterType.Next = func(_ *Thread, v Value) (Value, bool, *Exception) {
		it := (*RangeIter)(v.p)
		if it.Step > 0 && it.Next < it.Stop || it.Step < 0 && it.Next > it.Stop {
			x := it.Next
			it.Next += it.Step
			return MakeInt(x), true, nil
		}
		return Null, false, nil
	}
	// An iterator has no len() (and so is always true); what it has left
	// is only a hint, as in 3.7.
	addLengthHint(RangeIterType, func(v Value) int64 {
		it := (*RangeIter)(v.p)
		return (&Range{Start: it.Next, Stop: it.Stop, Step: it.Step}).length()
	})

	s := SliceType
	s.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		}
		return Null, Errorf(TypeErrorType, "slice expected at least 1 arguments, got %d", len(args))
	}
	s.Repr = func(t *Thread, v Value) (string, *Exception) {
		x := AsSlice(v)
		return seqRepr(t, v, []Value{x.Start, x.Stop, x.Step}, "slice(", ")")
	}
	s.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if b.Type() != SliceType {
			return NotImplemented, nil
		}
		x, y := AsSlice(a), AsSlice(b)
		return seqCompare(t, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
	}
	initType(s, ObjectType)
	s.Final = true
	addGetter(s, "start", func(t *Thread, v Value) (Value, *Exception) { return AsSlice(v).Start, nil })
	addGetter(s, "stop", func(t *Thread, v Value) (Value, *Exception) { return AsSlice(v).Stop, nil })
	addGetter(s, "step", func(t *Thread, v Value) (Value, *Exception) { return AsSlice(v).Step, nil })
	addMethod(s, "indices", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		n, err := IndexInt(t, a[1])
		if err != nil {
			return Null, err
		}
		start, stop, step, _, err := AsSlice(a[0]).Indices(t, int(n))
		if err != nil {
			return Null, err
		}
		return NewTuple([]Value{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}), nil
	})

	for _, it := range []*Type{ListIterType, TupleIterType, StrIterType} {
		it.Iter = selfIter
	}
	ListIterType.Next = func(_ *Thread, v Value) (Value, bool, *Exception) {
		it := (*SeqIter)(v.p)
		if it.seq.IsNull() {
			return Null, false, nil
		}
		items := AsList(it.seq).items
		if it.i < len(items) {
			it.i++
			return items[it.i-1], true, nil
		}
		it.seq = Null
		return Null, false, nil
	}
	addLengthHint(ListIterType, func(v Value) int64 {
		it := (*SeqIter)(v.p)
		if it.seq.IsNull() {
			return 0
		}
		return int64(max(0, len(AsList(it.seq).items)-it.i))
	})
	TupleIterType.Next = func(_ *Thread, v Value) (Value, bool, *Exception) {
		it := (*SeqIter)(v.p)
		items := AsTuple(it.seq)
		if it.i < len(items) {
			it.i++
			return items[it.i-1], true, nil
		}
		return Null, false, nil
	}
	addLengthHint(TupleIterType, func(v Value) int64 {
		it := (*SeqIter)(v.p)
		return int64(max(0, len(AsTuple(it.seq))-it.i))
	})
	addLengthHint(StrIterType, func(v Value) int64 {
		it := (*SeqIter)(v.p)
		return int64(max(0, AsStr(it.seq).Len()-it.i))
	})
	StrIterType.Next = func(_ *Thread, v Value) (Value, bool, *Exception) {
		it := (*SeqIter)(v.p)
		s := AsStr(it.seq)
		if s.kind() == 1 {
			if it.i < len(s.s) {
				it.i++
				return asciiChars[s.s[it.i-1]], true, nil
			}
			return Null, false, nil
		}
		if it.i < s.Len() {
			it.i++
			return s.charAt(it.i - 1), true, nil
		}
		return Null, false, nil
	}
	SeqIterType.Iter = selfIter
	SeqIterType.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		it := (*SeqIter)(v.p)
		if it.seq.IsNull() {
			return Null, false, nil
		}
		x, err := GetItem(t, it.seq, MakeInt(int64(it.i)))
		if err != nil {
			if err.Matches(IndexErrorType) || err.Matches(StopIterationType) {
				it.seq = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		it.i++
		return x, true, nil
	}
	_ = big.NewInt
}

// NewSeqIter iterates any object with __getitem__ (the old protocol).
func NewSeqIter(v Value) Value {
	it := &SeqIter{seq: v}
	it.typ = SeqIterType
	return valueOf(unsafe.Pointer(it))
}

// InitRangeIter sets up a range iterator in caller-owned memory (the VM
// keeps them in frames so `for i in range(n)` allocates nothing).
func InitRangeIter(it *RangeIter, start, stop, step int64) Value {
	it.typ = RangeIterType
	it.Next, it.Stop, it.Step = start, stop, step
	return valueOf(unsafe.Pointer(it))
}

// addLengthHint gives an iterator type __length_hint__ (what operator.length_hint
// and list() read): an iterator has no len() and is always true, so the count
// of what is left is only a hint, as in 3.7.
func addLengthHint(typ *Type, left func(it Value) int64) {
	addMethod(typ, "__length_hint__", func(_ *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := NoKw("__length_hint__", kw); err != nil {
			return Null, err
		}
		if err := ArgCount("__length_hint__", a[1:], 0, 0); err != nil {
			return Null, err
		}
		return MakeInt(left(a[0])), nil
	})
}
