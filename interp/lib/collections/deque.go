package collections

import (
	"strings"

	"github.com/bytepy/bytepy/interp/py"
)

// deque is a ring buffer: the items are buf[head], buf[head+1], ...
// (indices mod len(buf)), n of them. Both ends are O(1); the buffer
// doubles when full. state counts mutations so iterators can detect a
// deque changed under them, as CPython's do.
type deque struct {
	py.Object
	buf    []py.Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

var dequeType = py.NewType("deque", py.ObjectType)

func asDeque(v py.Value) *deque { return py.AsPtr[deque](v) }

func (d *deque) at(i int) py.Value { return d.buf[(d.head+i)%len(d.buf)] }

func (d *deque) set(i int, v py.Value) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]py.Value, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

// items copies the contents out in order.
func (d *deque) items() []py.Value {
	out := make([]py.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) pushRight(v py.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeft()
	}
	d.grow()
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
}

func (d *deque) pushLeft(v py.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRight()
	}
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

func (d *deque) popRight() py.Value {
	d.state++
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = py.Null
	d.n--
	return v
}

func (d *deque) popLeft() py.Value {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = py.Null
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

func (d *deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// reset replaces the contents with vs (keeping the maxlen rule: only
// the last maxlen survive).
func (d *deque) reset(vs []py.Value) {
	d.clear()
	for _, v := range vs {
		d.pushRight(v)
	}
}

func (d *deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	vs := d.items()
	d.reset(append(vs[d.n-k:], vs[:d.n-k]...))
}

func newDeque(typ *py.Type) *deque {
	d := &deque{maxlen: -1}
	d.SetType(typ)
	return d
}

// dequeIndex resolves an index argument to a position, raising
// "deque index out of range" as CPython does.
func dequeIndex(t *py.Thread, d *deque, k py.Value) (int, *py.Exception) {
	if !k.IsInt() && !py.IsIntLike(k) && k.Type().Index == nil {
		return 0, py.Errorf(py.TypeErrorType, "sequence index must be integer, not '%s'", py.TypeName(k))
	}
	i, err := py.IndexInt(t, k)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, py.Errorf(py.IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

func dequeRepr(t *py.Thread, v py.Value) (string, *py.Exception) {
	d := asDeque(v)
	s, err := py.SeqRepr(t, v, d.items(), "[", "]")
	if err != nil {
		return "", err
	}
	if s == "[...]" && d.n > 0 {
		// the deque is already being printed further out
		return s, nil
	}
	name := v.Type().Name
	if d.maxlen >= 0 {
		return name + "(" + s + ", maxlen=" + itoa(d.maxlen) + ")", nil
	}
	return name + "(" + s + ")", nil
}

func itoa(i int) string { return py.IntString(py.MakeInt(int64(i))) }

// dequeIter walks a deque forwards or backwards.
type dequeIter struct {
	py.Object
	d     *deque
	i     int
	state uint64
	back  bool
}

var (
	dequeIterType    = py.NewType("_collections._deque_iterator", py.ObjectType)
	dequeRevIterType = py.NewType("_collections._deque_reverse_iterator", py.ObjectType)
)

func newDequeIter(d *deque, back bool) py.Value {
	it := &dequeIter{d: d, state: d.state, back: back}
	if back {
		it.SetType(dequeRevIterType)
	} else {
		it.SetType(dequeIterType)
	}
	return py.FromPtr(it)
}

func dequeIterNext(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
	it := py.AsPtr[dequeIter](v)
	if it.d == nil {
		return py.Null, false, nil
	}
	if it.d.state != it.state {
		it.d = nil
		return py.Null, false, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return py.Null, false, nil
	}
	j := it.i
	if it.back {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return it.d.at(j), true, nil
}

func self(a []py.Value) *deque { return asDeque(a[0]) }

func method(name string, min, max int, fn func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception)) {
	py.AddMethod(dequeType, name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(kw) > 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if err := argCount(name, len(a)-1, min, max); err != nil {
			return py.Null, err
		}
		return fn(t, self(a), a[1:])
	})
}

// argCount gives CPython's messages for METH_O / METH_NOARGS /
// METH_VARARGS methods.
func argCount(name string, n, min, max int) *py.Exception {
	switch {
	case min == max && max == 0 && n != 0:
		return py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case min == max && max == 1 && n != 1:
		return py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case n < min:
		return py.Errorf(py.TypeErrorType, "%s expected at least %d arguments, got %d", name, min, n)
	case n > max:
		return py.Errorf(py.TypeErrorType, "%s expected at most %d arguments, got %d", name, max, n)
	}
	return nil
}

func initDeque() {
	dt := dequeType
	dt.Module = "collections"
	dt.Doc = py.NewStr("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.")
	dt.Hash = func(t *py.Thread, v py.Value) (int64, *py.Exception) {
		// CPython's tp_name is "collections.deque"; only this message shows it
		return 0, py.Errorf(py.TypeErrorType, "unhashable type: 'collections.deque'")
	}
	dt.Alloc = func(typ *py.Type) py.Value { return py.FromPtr(newDeque(typ)) }
	dt.New = func(t *py.Thread, typ *py.Type, args []py.Value, kw []string) (py.Value, *py.Exception) {
		return typ.Alloc(typ), nil
	}
	dt.Init = func(t *py.Thread, v py.Value, args []py.Value, kw []string) *py.Exception {
		p, err := py.ParseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0)
		if err != nil {
			return err
		}
		d := asDeque(v)
		d.maxlen = -1
		if !p[1].IsNull() && !p[1].IsNone() {
			if !p[1].IsInt() && !py.IsIntLike(p[1]) {
				return py.Errorf(py.TypeErrorType, "an integer is required")
			}
			m, err := py.IndexInt(t, p[1])
			if err != nil {
				return err
			}
			if m < 0 {
				return py.Errorf(py.ValueErrorType, "maxlen must be non-negative")
			}
			d.maxlen = int(m)
		}
		var vs []py.Value
		if !p[0].IsNull() {
			if vs, err = py.Collect(t, p[0]); err != nil {
				return err
			}
		}
		d.reset(vs)
		return nil
	}
	// subclasses reach the initialiser through super().__init__
	py.AddMethod(dt, "__init__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := dt.Init(t, a[0], a[1:], kw); err != nil {
			return py.Null, err
		}
		return py.None, nil
	})
	dt.Repr = dequeRepr
	dt.Len = func(t *py.Thread, v py.Value) (int, *py.Exception) { return asDeque(v).n, nil }
	dt.Bool = func(t *py.Thread, v py.Value) (bool, *py.Exception) { return asDeque(v).n > 0, nil }
	dt.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return newDequeIter(asDeque(v), false), nil }
	dt.Contains = func(t *py.Thread, v, k py.Value) (bool, *py.Exception) {
		d := asDeque(v)
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(t, d.at(i), k)
			if err != nil {
				return false, err
			}
			if d.state != st {
				return false, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				return true, nil
			}
		}
		return false, nil
	}
	dt.GetItem = func(t *py.Thread, v, k py.Value) (py.Value, *py.Exception) {
		d := asDeque(v)
		i, err := dequeIndex(t, d, k)
		if err != nil {
			return py.Null, err
		}
		return d.at(i), nil
	}
	dt.SetItem = func(t *py.Thread, v, k, val py.Value) *py.Exception {
		d := asDeque(v)
		i, err := dequeIndex(t, d, k)
		if err != nil {
			return err
		}
		if val.IsNull() {
			vs := d.items()
			d.reset(append(vs[:i], vs[i+1:]...))
			return nil
		}
		d.set(i, val)
		return nil
	}
	dt.Compare = func(t *py.Thread, a, b py.Value, op int) (py.Value, *py.Exception) {
		if !b.Type().IsSubtype(dequeType) {
			return py.NotImplemented, nil
		}
		return py.SeqCompare(t, asDeque(a).items(), asDeque(b).items(), op)
	}
	dt.Binary[py.OpAdd] = func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		if !a.Type().IsSubtype(dequeType) {
			return py.NotImplemented, nil
		}
		if !b.Type().IsSubtype(dequeType) {
			return py.Null, py.Errorf(py.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", py.TypeName(b))
		}
		da := asDeque(a)
		r := newDeque(dequeType)
		r.maxlen = da.maxlen
		r.reset(append(da.items(), asDeque(b).items()...))
		return py.FromPtr(r), nil
	}
	dt.Inplace[py.OpAdd] = func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		if _, err := dequeExtend(t, asDeque(a), b, false); err != nil {
			return py.Null, err
		}
		return a, nil
	}
	mul := func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		if !a.Type().IsSubtype(dequeType) {
			a, b = b, a
		}
		if !b.IsInt() && !py.IsIntLike(b) {
			return py.NotImplemented, nil
		}
		n, err := py.IndexInt(t, b)
		if err != nil {
			return py.Null, err
		}
		da := asDeque(a)
		r := newDeque(dequeType)
		r.maxlen = da.maxlen
		vs := da.items()
		var out []py.Value
		for i := int64(0); i < n; i++ {
			out = append(out, vs...)
		}
		r.reset(out)
		return py.FromPtr(r), nil
	}
	dt.Binary[py.OpMul] = mul
	dt.Inplace[py.OpMul] = func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		r, err := mul(t, a, b)
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		asDeque(a).reset(asDeque(r).items())
		return a, nil
	}

	method("append", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		d.pushRight(a[0])
		return py.None, nil
	})
	method("appendleft", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		d.pushLeft(a[0])
		return py.None, nil
	})
	method("pop", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		if d.n == 0 {
			return py.Null, py.Errorf(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	method("popleft", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		if d.n == 0 {
			return py.Null, py.Errorf(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	method("extend", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		return dequeExtend(t, d, a[0], false)
	})
	method("extendleft", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		return dequeExtend(t, d, a[0], true)
	})
	method("rotate", 0, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		k := int64(1)
		if len(a) == 1 {
			var err *py.Exception
			if k, err = py.IndexInt(t, a[0]); err != nil {
				return py.Null, err
			}
		}
		if d.n > 0 {
			d.rotate(int(k % int64(d.n)))
		}
		return py.None, nil
	})
	method("clear", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		d.clear()
		return py.None, nil
	})
	copyFn := func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		r := newDeque(dequeType)
		r.maxlen = d.maxlen
		r.reset(d.items())
		return py.FromPtr(r), nil
	}
	method("copy", 0, 0, copyFn)
	method("__copy__", 0, 0, copyFn)
	method("reverse", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			x, y := d.at(i), d.at(j)
			d.set(i, y)
			d.set(j, x)
		}
		d.state++
		return py.None, nil
	})
	method("count", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		c := 0
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(t, d.at(i), a[0])
			if err != nil {
				return py.Null, err
			}
			if d.state != st {
				return py.Null, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				c++
			}
		}
		return py.MakeInt(int64(c)), nil
	})
	method("index", 1, 3, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		start, stop := 0, d.n
		bound := func(v py.Value) (int, *py.Exception) {
			i, err := py.IndexInt(t, v)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i += int64(d.n)
				if i < 0 {
					i = 0
				}
			}
			if i > int64(d.n) {
				i = int64(d.n)
			}
			return int(i), nil
		}
		var err *py.Exception
		if len(a) > 1 {
			if start, err = bound(a[1]); err != nil {
				return py.Null, err
			}
		}
		if len(a) > 2 {
			if stop, err = bound(a[2]); err != nil {
				return py.Null, err
			}
		}
		st := d.state
		for i := start; i < stop && i < d.n; i++ {
			eq, err := py.Equal(t, d.at(i), a[0])
			if err != nil {
				return py.Null, err
			}
			if d.state != st {
				return py.Null, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				return py.MakeInt(int64(i)), nil
			}
		}
		r, rerr := py.Repr(t, a[0])
		if rerr != nil {
			return py.Null, rerr
		}
		return py.Null, py.Errorf(py.ValueErrorType, "%s is not in deque", r)
	})
	method("remove", 1, 1, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(t, d.at(i), a[0])
			if err != nil {
				return py.Null, err
			}
			if eq {
				vs := d.items()
				d.reset(append(vs[:i], vs[i+1:]...))
				return py.None, nil
			}
		}
		return py.Null, py.Errorf(py.ValueErrorType, "deque.remove(x): x not in deque")
	})
	method("insert", 2, 2, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		i, err := py.IndexInt(t, a[0])
		if err != nil {
			return py.Null, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return py.Null, py.Errorf(py.IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		vs := d.items()
		out := append(append(append([]py.Value{}, vs[:i]...), a[1]), vs[i:]...)
		d.reset(out)
		return py.None, nil
	})
	method("__reversed__", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		return newDequeIter(d, true), nil
	})
	method("__reduce__", 0, 0, func(t *py.Thread, d *deque, a []py.Value) (py.Value, *py.Exception) {
		ml := py.None
		if d.maxlen >= 0 {
			ml = py.MakeInt(int64(d.maxlen))
		}
		return py.NewTuple([]py.Value{dequeType.V(), py.Tuple2(py.NewList(d.items()), ml)}), nil
	})
	py.AddGetter(dt, "maxlen", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if m := asDeque(v).maxlen; m >= 0 {
			return py.MakeInt(int64(m)), nil
		}
		return py.None, nil
	})

	for _, it := range []*py.Type{dequeIterType, dequeRevIterType} {
		it.Name = strings.TrimPrefix(it.Name, "_collections.")
		it.Module = "_collections"
		it.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
		it.Next = dequeIterNext
	}
}

// dequeExtend appends (or prepends, one by one) the items of src; a
// deque extended by itself sees a snapshot.
func dequeExtend(t *py.Thread, d *deque, src py.Value, left bool) (py.Value, *py.Exception) {
	vs, err := py.Collect(t, src)
	if err != nil {
		return py.Null, err
	}
	for _, v := range vs {
		if left {
			d.pushLeft(v)
		} else {
			d.pushRight(v)
		}
	}
	return py.None, nil
}
