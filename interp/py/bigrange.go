package py

import (
	"math/big"
	"unsafe"
)

// A range whose bounds do not fit in int64 (range(2**89 - 10, 2**89)).
// Range keeps int64 fields for the VM's fast loops, so such ranges are a
// separate object, also named "range", that iterates, indexes, measures
// and prints with big.Int arithmetic. It is rare enough that it need not
// be fast.

type bigRange struct {
	Object
	start, stop, step *big.Int
}

type bigRangeIter struct {
	Object
	next, stop, step *big.Int
}

var (
	bigRangeType     = newBuiltinType("range", ObjectType)
	bigRangeIterType = newBuiltinType("longrange_iterator", ObjectType)
)

// length is the number of items of a big range.
func (r *bigRange) length() *big.Int {
	lo, hi, st := r.start, r.stop, r.step
	if st.Sign() < 0 {
		lo, hi = hi, lo
		st = new(big.Int).Neg(st)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

func newBigRange(t *Thread, args []Value) (Value, *Exception) {
	vals := make([]*big.Int, len(args))
	for i, x := range args {
		n, err := IndexValue(t, x)
		if err != nil {
			return Null, err
		}
		vals[i] = BigOf(n)
	}
	r := &bigRange{start: new(big.Int), step: big.NewInt(1)}
	switch len(vals) {
	case 1:
		r.stop = vals[0]
	case 2:
		r.start, r.stop = vals[0], vals[1]
	default:
		r.start, r.stop, r.step = vals[0], vals[1], vals[2]
		if r.step.Sign() == 0 {
			return Null, NewValueError("range() arg 3 must not be zero")
		}
	}
	r.typ = bigRangeType
	return valueOf(unsafe.Pointer(r)), nil
}

func initBigRange() {
	br := bigRangeType
	get := func(v Value) *bigRange { return (*bigRange)(v.p) }
	br.Repr = func(t *Thread, v Value) (string, *Exception) {
		r := get(v)
		s := "range(" + r.start.String() + ", " + r.stop.String()
		if r.step.Cmp(big.NewInt(1)) != 0 {
			s += ", " + r.step.String()
		}
		return s + ")", nil
	}
	br.Len = func(t *Thread, v Value) (int, *Exception) {
		n := get(v).length()
		if !n.IsInt64() || n.Int64() > 1<<62 {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(n.Int64()), nil
	}
	br.Bool = func(t *Thread, v Value) (bool, *Exception) { return get(v).length().Sign() > 0, nil }
	br.Iter = func(t *Thread, v Value) (Value, *Exception) {
		r := get(v)
		it := &bigRangeIter{next: new(big.Int).Set(r.start), stop: r.stop, step: r.step}
		it.typ = bigRangeIterType
		return valueOf(unsafe.Pointer(it)), nil
	}
	br.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
		r := get(v)
		i, err := IndexValue(t, k)
		if err != nil {
			return Null, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(k))
		}
		idx := BigOf(i)
		n := r.length()
		if idx.Sign() < 0 {
			idx.Add(idx, n)
		}
		if idx.Sign() < 0 || idx.Cmp(n) >= 0 {
			return Null, Errorf(IndexErrorType, "range object index out of range")
		}
		return MakeBigInt(idx.Mul(idx, r.step).Add(idx, r.start)), nil
	}
	br.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
		if !IsIntLike(k) {
			return false, nil
		}
		r := get(v)
		x := BigOf(k)
		off := new(big.Int).Sub(x, r.start)
		if r.step.Sign() > 0 && (x.Cmp(r.start) < 0 || x.Cmp(r.stop) >= 0) {
			return false, nil
		}
		if r.step.Sign() < 0 && (x.Cmp(r.start) > 0 || x.Cmp(r.stop) <= 0) {
			return false, nil
		}
		return new(big.Int).Rem(off, r.step).Sign() == 0, nil
	}
	addGetter(br, "start", func(t *Thread, v Value) (Value, *Exception) { return MakeBigInt(new(big.Int).Set(get(v).start)), nil })
	addGetter(br, "stop", func(t *Thread, v Value) (Value, *Exception) { return MakeBigInt(new(big.Int).Set(get(v).stop)), nil })
	addGetter(br, "step", func(t *Thread, v Value) (Value, *Exception) { return MakeBigInt(new(big.Int).Set(get(v).step)), nil })

	bi := bigRangeIterType
	bi.Iter = func(t *Thread, v Value) (Value, *Exception) { return v, nil }
	bi.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		it := (*bigRangeIter)(v.p)
		if c := it.next.Cmp(it.stop); it.step.Sign() > 0 && c >= 0 || it.step.Sign() < 0 && c <= 0 {
			return Null, false, nil
		}
		x := MakeBigInt(new(big.Int).Set(it.next))
		it.next.Add(it.next, it.step)
		return x, true, nil
	}
}

// RangeFits reports whether range(start, stop, step) can iterate with int64s:
// its loops step an int64 one past the last item (and reversed() one
// before the first), and its length subtracts the bounds, so a range
// whose arithmetic would wrap around int64 (range(2**62, 2**63-1, 2**61)
// would never end) iterates as a bigRange does, though its bounds fit.
func RangeFits(start, stop, step int64) bool {
	const lim = 1 << 61
	return start > -lim && start < lim && stop > -lim && stop < lim && step > -lim && step < lim || rangeFitsBig(start, stop, step)
}

func rangeFitsBig(start, stop, step int64) bool {
	s, e, st := big.NewInt(start), big.NewInt(stop), big.NewInt(step)
	n := (&bigRange{start: s, stop: e, step: st}).length()
	past := new(big.Int).Mul(n, st)
	past.Add(past, s)
	before := new(big.Int).Sub(s, st)
	span := new(big.Int).Sub(e, s)
	return past.IsInt64() && before.IsInt64() && span.IsInt64()
}

// bigRangeIterOf iterates a Range that does not fit (RangeFits) with
// big.Int steps, as CPython's longrange_iterator does.
func bigRangeIterOf(r *Range) Value {
	it := &bigRangeIter{next: big.NewInt(r.Start), stop: big.NewInt(r.Stop), step: big.NewInt(r.Step)}
	it.typ = bigRangeIterType
	return valueOf(unsafe.Pointer(it))
}

// bigRangeReversed is reversed(r) for a Range that does not fit: from
// its last item down to one step before its first.
func bigRangeReversed(r *Range) Value {
	s, st := big.NewInt(r.Start), big.NewInt(r.Step)
	n := (&bigRange{start: s, stop: big.NewInt(r.Stop), step: st}).length()
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, st).Add(last, s)
	it := &bigRangeIter{next: last, stop: new(big.Int).Sub(s, st), step: new(big.Int).Neg(st)}
	it.typ = bigRangeIterType
	return valueOf(unsafe.Pointer(it))
}
