package itertools

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The iterators that select from or split one source: compress,
// dropwhile, takewhile, filterfalse, groupby and tee.

func initFilters() {
	register("compress", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("compress", a, kw, []string{"data", "selectors"}, 2)
		if err != nil {
			return py.Null, err
		}
		srcs, err := iters(t, p)
		if err != nil {
			return py.Null, err
		}
		data, sel := srcs[0], srcs[1]
		v, _ := newIter(types["compress"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			for {
				x, ok, err := py.Next(t, data)
				if !ok || err != nil {
					return py.Null, false, err
				}
				s, ok, err := py.Next(t, sel)
				if !ok || err != nil {
					return py.Null, false, err
				}
				keep, err := py.Truth(t, s)
				if err != nil {
					return py.Null, false, err
				}
				if keep {
					return x, true, nil
				}
			}
		})
		return v, nil
	})

	register("dropwhile", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := unpack("dropwhile", a, kw, 2, 2); err != nil {
			return py.Null, err
		}
		pred := a[0]
		src, err := py.Iter(t, a[1])
		if err != nil {
			return py.Null, err
		}
		dropping := true
		v, _ := newIter(types["dropwhile"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			for {
				x, ok, err := py.Next(t, src)
				if !ok || err != nil {
					return py.Null, false, err
				}
				if !dropping {
					return x, true, nil
				}
				r, err := py.Call(t, pred, []py.Value{x}, nil)
				if err != nil {
					return py.Null, false, err
				}
				b, err := py.Truth(t, r)
				if err != nil {
					return py.Null, false, err
				}
				if !b {
					dropping = false
					return x, true, nil
				}
			}
		})
		return v, nil
	})

	register("takewhile", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := unpack("takewhile", a, kw, 2, 2); err != nil {
			return py.Null, err
		}
		pred := a[0]
		src, err := py.Iter(t, a[1])
		if err != nil {
			return py.Null, err
		}
		v, _ := newIter(types["takewhile"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			x, ok, err := py.Next(t, src)
			if !ok || err != nil {
				return py.Null, false, err
			}
			r, err := py.Call(t, pred, []py.Value{x}, nil)
			if err != nil {
				return py.Null, false, err
			}
			b, err := py.Truth(t, r)
			if err != nil || !b {
				return py.Null, false, err
			}
			return x, true, nil
		})
		return v, nil
	})

	register("filterfalse", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := unpack("filterfalse", a, kw, 2, 2); err != nil {
			return py.Null, err
		}
		pred := a[0]
		src, err := py.Iter(t, a[1])
		if err != nil {
			return py.Null, err
		}
		v, _ := newIter(types["filterfalse"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			for {
				x, ok, err := py.Next(t, src)
				if !ok || err != nil {
					return py.Null, false, err
				}
				b, err := truth(t, pred, x)
				if err != nil {
					return py.Null, false, err
				}
				if !b {
					return x, true, nil
				}
			}
		})
		return v, nil
	})

	register("groupby", newGroupby)
	newKind("_grouper")
	newKind("_tee")
	py.AddMethod(types["_tee"], "__copy__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		ref := py.AsPtr[iterObj](a[0]).tee
		return ref.b.copyAt(*ref.p), nil
	})
}

// groupState is what a groupby shares with its _grouper objects: the
// source, the current (key, value) read from it, and the key of the
// group handed out last. As in CPython 3.7, advancing the groupby makes
// older groups see a different current key, so they end.
type groupState struct {
	src, keyfn         py.Value
	currKey, currValue py.Value
	tgtKey             py.Value
	// current is the newest group; older groups stop (3.7.16 behaviour)
	current *iterObj
}

func (g *groupState) step(t *py.Thread) (bool, *py.Exception) {
	x, ok, err := py.Next(t, g.src)
	if !ok || err != nil {
		return false, err
	}
	k := x
	if !g.keyfn.IsNull() && !g.keyfn.IsNone() {
		if k, err = py.Call(t, g.keyfn, []py.Value{x}, nil); err != nil {
			return false, err
		}
	}
	g.currKey, g.currValue = k, x
	return true, nil
}

func newGroupby(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("groupby", a, kw, []string{"iterable", "key"}, 1)
	if err != nil {
		return py.Null, err
	}
	src, err := py.Iter(t, p[0])
	if err != nil {
		return py.Null, err
	}
	g := &groupState{src: src, keyfn: p[1]}
	v, _ := newIter(types["groupby"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
		g.current = nil
		// skip what is left of the current group
		for {
			if !g.currKey.IsNull() {
				if g.tgtKey.IsNull() {
					break
				}
				same, err := py.Equal(t, g.tgtKey, g.currKey)
				if err != nil {
					return py.Null, false, err
				}
				if !same {
					break
				}
			}
			ok, err := g.step(t)
			if !ok || err != nil {
				return py.Null, false, err
			}
		}
		g.tgtKey = g.currKey
		return py.Tuple2(g.currKey, newGrouper(g, g.tgtKey)), true, nil
	})
	return v, nil
}

func newGrouper(g *groupState, key py.Value) py.Value {
	var self *iterObj
	v, self := newIter(types["_grouper"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
		if g.current != self {
			return py.Null, false, nil
		}
		if g.currValue.IsNull() {
			ok, err := g.step(t)
			if !ok || err != nil {
				return py.Null, false, err
			}
		}
		same, err := py.Equal(t, key, g.currKey)
		if err != nil || !same {
			return py.Null, false, err
		}
		x := g.currValue
		g.currValue = py.Null
		return x, true, nil
	})
	g.current = self
	return v
}

// teeBuffer holds the items read from a tee's source that some copy has
// not yet consumed; each copy remembers its absolute index into it.
type teeBuffer struct {
	src   py.Value
	items []py.Value
	base  int // absolute index of items[0]
	done  bool
	pos   []*int
}

func (b *teeBuffer) get(t *py.Thread, i int) (py.Value, bool, *py.Exception) {
	for i-b.base >= len(b.items) {
		if b.done {
			return py.Null, false, nil
		}
		x, ok, err := py.Next(t, b.src)
		if err != nil {
			return py.Null, false, err
		}
		if !ok {
			b.done = true
			return py.Null, false, nil
		}
		b.items = append(b.items, x)
	}
	x := b.items[i-b.base]
	b.trim()
	return x, true, nil
}

// trim drops the items every copy has passed.
func (b *teeBuffer) trim() {
	low := -1
	for _, p := range b.pos {
		if low < 0 || *p < low {
			low = *p
		}
	}
	if drop := low - b.base; drop > 64 && drop > len(b.items)/2 {
		b.items = append([]py.Value(nil), b.items[drop:]...)
		b.base = low
	}
}

func (b *teeBuffer) copyAt(pos int) py.Value {
	p := new(int)
	*p = pos
	b.pos = append(b.pos, p)
	v, _ := newIter(types["_tee"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
		x, ok, err := b.get(t, *p)
		if ok {
			*p++
		}
		return x, ok, err
	})
	py.AsPtr[iterObj](v).tee = &teeRef{b, p}
	return v
}

// teeRef is a _tee's buffer and position, kept so that tee(tee_obj) and
// __copy__ share the buffer instead of stacking a new one.
type teeRef struct {
	b *teeBuffer
	p *int
}

// tee is tee(iterable, n=2).
func tee(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := unpack("tee", a, kw, 1, 2); err != nil {
		return py.Null, err
	}
	n := int64(2)
	if len(a) == 2 {
		var err *py.Exception
		if n, err = py.IndexInt(t, a[1]); err != nil {
			return py.Null, err
		}
		if n < 0 {
			return py.Null, py.Errorf(py.ValueErrorType, "n must be >= 0")
		}
	}
	out := make([]py.Value, n)
	if n == 0 {
		return py.NewTuple(out), nil
	}
	var b *teeBuffer
	start := 0
	if a[0].Type() == types["_tee"] {
		ref := py.AsPtr[iterObj](a[0]).tee
		b, start = ref.b, *ref.p
	} else {
		src, err := py.Iter(t, a[0])
		if err != nil {
			return py.Null, err
		}
		b = &teeBuffer{src: src}
	}
	for i := range out {
		if i == 0 && a[0].Type() == types["_tee"] {
			// as in CPython, the first result is the tee object itself
			out[0] = a[0]
			continue
		}
		out[i] = b.copyAt(start)
	}
	return py.NewTuple(out), nil
}
