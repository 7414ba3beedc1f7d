package itertools

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The infinite iterators and the ones that combine whole iterables:
// count, cycle, repeat, accumulate, chain, starmap, zip_longest, islice.

func isNumber(v py.Value) bool {
	// PyNumber_Check: the value converts to int or float
	typ := v.Type()
	return v.IsInt() || py.IsIntLike(v) || typ.IsSubtype(py.FloatType) || typ.IsSubtype(py.ComplexType) ||
		typ.Index != nil || typ.ToFloat != nil || typ.ToInt != nil
}

func initInfinite() {
	register("count", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("count", a, kw, []string{"start", "step"}, 0)
		if err != nil {
			return py.Null, err
		}
		cur, step := p[0], p[1]
		if cur.IsNull() {
			cur = py.MakeInt(0)
		}
		defaultStep := step.IsNull()
		if defaultStep {
			step = py.MakeInt(1)
		}
		if !isNumber(cur) || !isNumber(step) {
			return py.Null, py.Errorf(py.TypeErrorType, "a number is required")
		}
		v, o := newIter(types["count"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			r := cur
			nx, err := py.BinaryOp(t, py.OpAdd, cur, step)
			if err != nil {
				return py.Null, false, err
			}
			cur = nx
			return r, true, nil
		})
		o.repr = func(t *py.Thread) (string, *py.Exception) {
			s, err := py.Repr(t, cur)
			if err != nil {
				return "", err
			}
			// the step shows unless it is the int 1
			if step.IsInt() && step.Int() == 1 {
				return "count(" + s + ")", nil
			}
			ss, err := py.Repr(t, step)
			if err != nil {
				return "", err
			}
			return "count(" + s + ", " + ss + ")", nil
		}
		return v, nil
	})

	register("cycle", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := unpack("cycle", a, kw, 1, 1); err != nil {
			return py.Null, err
		}
		src, err := py.Iter(t, a[0])
		if err != nil {
			return py.Null, err
		}
		var saved []py.Value
		i := -1 // -1: still reading src
		v, _ := newIter(types["cycle"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if i < 0 {
				x, ok, err := py.Next(t, src)
				if err != nil {
					return py.Null, false, err
				}
				if ok {
					saved = append(saved, x)
					return x, true, nil
				}
				if len(saved) == 0 {
					return py.Null, false, nil
				}
				i = 0
			}
			x := saved[i]
			i = (i + 1) % len(saved)
			return x, true, nil
		})
		return v, nil
	})

	register("repeat", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("repeat", a, kw, []string{"object", "times"}, 1)
		if err != nil {
			return py.Null, err
		}
		obj := p[0]
		left := int64(-1) // -1: forever
		if !p[1].IsNull() {
			if left, err = py.IndexInt(t, p[1]); err != nil {
				return py.Null, err
			}
			if left < 0 {
				left = 0
			}
		}
		v, o := newIter(types["repeat"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if left == 0 {
				return py.Null, false, nil
			}
			if left > 0 {
				left--
			}
			return obj, true, nil
		})
		o.repr = func(t *py.Thread) (string, *py.Exception) {
			s, err := py.Repr(t, obj)
			if err != nil {
				return "", err
			}
			if left < 0 {
				return "repeat(" + s + ")", nil
			}
			return "repeat(" + s + ", " + py.IntString(py.MakeInt(left)) + ")", nil
		}
		o.hint = func(t *py.Thread) (py.Value, *py.Exception) {
			if left < 0 {
				return py.Null, py.Errorf(py.TypeErrorType, "len() of unsized object")
			}
			return py.MakeInt(left), nil
		}
		return v, nil
	})
	py.AddMethod(types["repeat"], "__length_hint__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.AsPtr[iterObj](a[0]).hint(t)
	})

	register("accumulate", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("accumulate", a, kw, []string{"iterable", "func"}, 1)
		if err != nil {
			return py.Null, err
		}
		src, err := py.Iter(t, p[0])
		if err != nil {
			return py.Null, err
		}
		fn := p[1]
		total := py.Null
		v, _ := newIter(types["accumulate"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			x, ok, err := py.Next(t, src)
			if !ok || err != nil {
				return py.Null, false, err
			}
			if total.IsNull() {
				total = x
				return x, true, nil
			}
			var r py.Value
			if fn.IsNull() || fn.IsNone() {
				r, err = py.BinaryOp(t, py.OpAdd, total, x)
			} else {
				r, err = py.Call(t, fn, []py.Value{total, x}, nil)
			}
			if err != nil {
				return py.Null, false, err
			}
			total = r
			return r, true, nil
		})
		return v, nil
	})

	chainType := register("chain", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := py.NoKw("chain", kw); err != nil {
			return py.Null, err
		}
		return newChain(py.NewTuple(append([]py.Value(nil), a...)))
	})
	py.AddClassMethod(chainType, "from_iterable", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 || len(kw) > 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "from_iterable() takes exactly one argument (%d given)", len(a)-1)
		}
		return newChain(a[1])
	})

	register("starmap", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := unpack("starmap", a, kw, 2, 2); err != nil {
			return py.Null, err
		}
		fn := a[0]
		src, err := py.Iter(t, a[1])
		if err != nil {
			return py.Null, err
		}
		v, _ := newIter(types["starmap"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			x, ok, err := py.Next(t, src)
			if !ok || err != nil {
				return py.Null, false, err
			}
			args, err := py.Collect(t, x)
			if err != nil {
				return py.Null, false, err
			}
			r, err := py.Call(t, fn, args, nil)
			return r, err == nil, err
		})
		return v, nil
	})

	register("zip_longest", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		npos := len(a) - len(kw)
		fill := py.None
		for i, k := range kw {
			if k != "fillvalue" {
				return py.Null, py.Errorf(py.TypeErrorType, "zip_longest() got an unexpected keyword argument")
			}
			fill = a[npos+i]
		}
		srcs := make([]py.Value, npos)
		for i, x := range a[:npos] {
			it, err := py.Iter(t, x)
			if err != nil {
				if err.Matches(py.TypeErrorType) {
					return py.Null, py.Errorf(py.TypeErrorType, "zip_longest argument #%d must support iteration", i+1)
				}
				return py.Null, err
			}
			srcs[i] = it
		}
		live := len(srcs)
		v, _ := newIter(types["zip_longest"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if len(srcs) == 0 || live == 0 {
				return py.Null, false, nil
			}
			out := make([]py.Value, len(srcs))
			for i, s := range srcs {
				if s.IsNull() {
					out[i] = fill
					continue
				}
				x, ok, err := py.Next(t, s)
				if err != nil {
					return py.Null, false, err
				}
				if !ok {
					srcs[i] = py.Null
					live--
					if live == 0 {
						return py.Null, false, nil
					}
					x = fill
				}
				out[i] = x
			}
			return py.NewTuple(out), true, nil
		})
		return v, nil
	})

	register("islice", newIslice)
}

// newChain walks the iterables that the iterator of srcs produces.
func newChain(srcs py.Value) (py.Value, *py.Exception) {
	outer := py.Null
	cur := py.Null
	var started bool
	v, _ := newIter(types["chain"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
		if !started {
			started = true
			o, err := py.Iter(t, srcs)
			if err != nil {
				return py.Null, false, err
			}
			outer = o
		}
		for {
			if cur.IsNull() {
				nx, ok, err := py.Next(t, outer)
				if !ok || err != nil {
					return py.Null, false, err
				}
				if cur, err = py.Iter(t, nx); err != nil {
					return py.Null, false, err
				}
			}
			x, ok, err := py.Next(t, cur)
			if err != nil {
				return py.Null, false, err
			}
			if ok {
				return x, true, nil
			}
			cur = py.Null
		}
	})
	return v, nil
}

// isliceArg reads a start/stop argument: None or an int in [0, maxsize].
func isliceArg(t *py.Thread, v py.Value, dflt int64, msg string) (int64, *py.Exception) {
	if v.IsNone() {
		return dflt, nil
	}
	if !v.IsInt() && !py.IsIntLike(v) && v.Type().Index == nil {
		return 0, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	i, err := py.IndexInt(t, v)
	if err != nil {
		if err.Matches(py.OverflowErrorType) || err.Matches(py.IndexErrorType) {
			return 0, py.Errorf(py.ValueErrorType, "%s", msg)
		}
		return 0, err
	}
	if i < 0 {
		return 0, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	return i, nil
}

func newIslice(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := unpack("islice", a, kw, 2, 4); err != nil {
		return py.Null, err
	}
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	start, stop, step := int64(0), int64(-1), int64(1)
	var err *py.Exception
	if len(a) == 2 {
		if stop, err = isliceArg(t, a[1], -1, stopMsg); err != nil {
			return py.Null, err
		}
	} else {
		if start, err = isliceArg(t, a[1], 0, idxMsg); err != nil {
			return py.Null, err
		}
		if stop, err = isliceArg(t, a[2], -1, stopMsg); err != nil {
			return py.Null, err
		}
		if len(a) == 4 && !a[3].IsNone() {
			s, serr := py.IndexInt(t, a[3])
			if serr != nil || s < 1 {
				return py.Null, py.Errorf(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			step = s
		}
	}
	src, err := py.Iter(t, a[0])
	if err != nil {
		return py.Null, err
	}
	pos := int64(0) // items consumed from src
	nextAt := start // index of the next item to give
	v, _ := newIter(types["islice"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
		// consume up to the next wanted index, never past stop
		for pos < nextAt {
			if stop >= 0 && pos >= stop {
				return py.Null, false, nil
			}
			_, ok, err := py.Next(t, src)
			if !ok || err != nil {
				return py.Null, false, err
			}
			pos++
		}
		if stop >= 0 && pos >= stop {
			return py.Null, false, nil
		}
		x, ok, err := py.Next(t, src)
		if !ok || err != nil {
			return py.Null, false, err
		}
		pos++
		nextAt += step
		if stop >= 0 && nextAt > stop {
			nextAt = stop
		}
		return x, true, nil
	})
	return v, nil
}
