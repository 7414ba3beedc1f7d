package py

import (
	"strings"
	"unsafe"
)

// Tuple is a tuple.
type Tuple struct {
	Object
	items []Value
}

// TupleType is `tuple`.
var TupleType = &Type{Name: "tuple"}

// EmptyTuple is ().
var EmptyTuple Value

// NewTuple makes a tuple that owns items.
func NewTuple(items []Value) Value {
	if len(items) == 0 && !EmptyTuple.IsNull() {
		return EmptyTuple
	}
	tp := &Tuple{items: items}
	tp.typ = TupleType
	return valueOf(unsafe.Pointer(tp))
}

// Tuple1 makes a one-item tuple (`(c,)`, BUILD_TUPLE 1) without
// MakeTuple's size switch and slice copy.
func Tuple1(a Value) Value {
	o := &tuple1{a: [1]Value{a}}
	o.items = o.a[:]
	o.typ = TupleType
	return valueOf(unsafe.Pointer(&o.Tuple))
}

// Tuple2 makes a pair.
func Tuple2(a, b Value) Value {
	o := &tuple2{a: [2]Value{a, b}}
	o.items = o.a[:]
	o.typ = TupleType
	return valueOf(unsafe.Pointer(&o.Tuple))
}

// AsTuple returns a tuple's items (do not modify).
func AsTuple(v Value) []Value { return (*Tuple)(v.p).items }

// IsTuple reports whether v is a tuple (or subclass).
func IsTuple(v Value) bool { return v.Type().IsSubtype(TupleType) }

// TupleOf is tuple(iterable).
func TupleOf(t *Thread, v Value) (Value, *Exception) {
	if v.Type() == TupleType {
		return v, nil
	}
	if v.Type() == ListType {
		// the list's items now, in one allocation when short
		items := AsList(v).items
		r, out := MakeTuple(len(items))
		copy(out, items)
		return r, nil
	}
	items, err := Collect(t, v)
	if err != nil {
		return Null, err
	}
	return NewTuple(items), nil
}

// seqRepr prints items between open and close, guarding recursion.
func seqRepr(t *Thread, v Value, items []Value, open, close string) (string, *Exception) {
	if !t.enterRepr(v) {
		return open + "..." + close, nil
	}
	defer t.leaveRepr()
	var sb strings.Builder
	sb.WriteString(open)
	for i, x := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteString(close)
	return sb.String(), nil
}

// seqCompare is lexicographic comparison of two sequences.
func seqCompare(t *Thread, a, b []Value, op int) (Value, *Exception) {
	if (op == EQ || op == NE) && len(a) != len(b) {
		return MakeBool(op == NE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return MakeBool(cmpResult(len(a)-len(b), op)), nil
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

func seqIndexArg(t *Thread, k Value, n int, what string) (int, *Exception) {
	i, ok, err := indexOf(t, k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeName(k))
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return -1, nil
	}
	return int(i), nil
}

func seqSlice(t *Thread, items []Value, k Value) ([]Value, *Exception) {
	start, _, step, n, err := AsSlice(k).Indices(t, len(items))
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, max(n, 0))
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out = append(out, items[j])
	}
	return out, nil
}

func initTuple() {
	t := TupleType
	t.Repr = func(t *Thread, v Value) (string, *Exception) {
		items := AsTuple(v)
		if len(items) == 1 {
			s, err := Repr(t, items[0])
			return "(" + s + ",)", err
		}
		return seqRepr(t, v, items, "(", ")")
	}
	t.Hash = tupleHash // dictkeyeq.go
	t.Len = func(_ *Thread, v Value) (int, *Exception) { return len(AsTuple(v)), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return len(AsTuple(v)) > 0, nil }
	t.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if !IsTuple(b) {
			return NotImplemented, nil
		}
		return seqCompare(t, AsTuple(a), AsTuple(b), op)
	}
	t.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
		items := AsTuple(v)
		if k.Type() == SliceType {
			s, err := seqSlice(t, items, k)
			if err != nil {
				return Null, err
			}
			return NewTuple(s), nil
		}
		i, err := seqIndexArg(t, k, len(items), "tuple")
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(IndexErrorType, "tuple index out of range")
		}
		return items[i], nil
	}
	t.Contains = func(t *Thread, v, k Value) (bool, *Exception) { return seqContains(t, AsTuple(v), k) }
	t.Iter = func(_ *Thread, v Value) (Value, *Exception) {
		it := &SeqIter{seq: v}
		it.typ = TupleIterType
		return valueOf(unsafe.Pointer(it)), nil
	}
	t.Binary[OpAdd] = func(_ *Thread, a, b Value) (Value, *Exception) {
		if !IsTuple(a) {
			return NotImplemented, nil
		}
		if !IsTuple(b) {
			return NotImplemented, nil
		}
		x, y := AsTuple(a), AsTuple(b)
		r, out := MakeTuple(len(x) + len(y))
		copy(out[copy(out, x):], y)
		return r, nil
	}
	t.Binary[OpMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsTuple(a) {
			a, b = b, a
		}
		n, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		items, err := repeatItems(AsTuple(a), n)
		if err != nil {
			return Null, err
		}
		return NewTuple(items), nil
	}
	t.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(kw) > 0 {
			return Null, NewTypeError("tuple() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "tuple expected at most 1 arguments, got %d", len(args))
		}
		if len(args) == 0 {
			return EmptyTuple, nil
		}
		return TupleOf(t, args[0])
	}
	initType(t, ObjectType)
	EmptyTuple = valueOf(unsafe.Pointer(&Tuple{Object: Object{typ: TupleType}}))
	addMethod(t, "index", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return seqIndex(t, AsTuple(a[0]), a[1:], "tuple.index(x): x not in tuple")
	})
	addMethod(t, "count", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return seqCount(t, AsTuple(a[0]), a[1])
	})
}

// maxItems bounds a sequence built in one step. CPython's malloc fails for
// absurd sizes and it raises MemoryError; Go would abort the process, so
// the size is checked before allocating (16 bytes a Value, 1 TiB at most).
const maxItems = 1 << 36

func repeatItems(items []Value, n int) ([]Value, *Exception) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if int64(len(items))*int64(n) > maxItems || int64(n) > maxItems {
		return nil, NewException(MemoryErrorType)
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

func seqContains(t *Thread, items []Value, k Value) (bool, *Exception) {
	for _, x := range items {
		eq, err := Equal(t, x, k)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func seqCount(t *Thread, items []Value, k Value) (Value, *Exception) {
	n := 0
	for _, x := range items {
		eq, err := Equal(t, x, k)
		if err != nil {
			return Null, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}

func seqIndex(t *Thread, items []Value, a []Value, msg string) (Value, *Exception) {
	if len(a) < 1 {
		return Null, NewTypeError("index expected at least 1 argument, got 0")
	}
	start, stop := 0, len(items)
	if len(a) > 1 {
		s, err := IndexInt(t, a[1])
		if err != nil {
			return Null, err
		}
		start = clampIndex(int(s), len(items))
	}
	if len(a) > 2 {
		s, err := IndexInt(t, a[2])
		if err != nil {
			return Null, err
		}
		stop = clampIndex(int(s), len(items))
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(t, items[i], a[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return MakeInt(int64(i)), nil
		}
	}
	return Null, NewValueError(msg)
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}
