package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Item keys. The commonest key function of min and max picks items of a
// tuple: lambda kv: kv[1], lambda kv: (kv[1], kv[0]). Called on an exact
// tuple long enough for its indices, such a lambda runs no Python code and
// can only return those items (or a new tuple of them), so its result need
// not be made: the items are compared where the key would be, as tuple
// comparison compares them (py.SeqOrder), and with the same objects, so
// any __eq__ or __gt__ they have runs as in CPython. Over d.items() the
// (key, value) pairs themselves are made only for the items kept as the
// best. Any other item (not an exact tuple, too short), a changed
// __code__, or a call that would hit the recursion limit calls the
// function as usual.

// itemKey is a key function recognised as picking items of its argument.
type itemKey struct {
	co    *code.Code
	idx   [4]int
	n     int  // how many items it picks
	tuple bool // returns (x[i], ...) rather than x[i]
	need  int  // the argument's least length
}

// itemKeyOf recognises fn's code: LOAD_FAST 0, LOAD_CONST i, BINARY_SUBSCR
// once or more, then BUILD_TUPLE n (or nothing, for one item) and
// RETURN_VALUE, with i non-negative int constants.
func itemKeyOf(fn *py.Function) (itemKey, bool) {
	co := fn.Code
	ik := itemKey{co: co}
	if co.ArgCount != 1 || co.KwOnlyArgCount != 0 || len(co.CellVars) != 0 || len(co.FreeVars) != 0 ||
		co.Flags&(code.VarArgs|code.VarKeywords|code.Generator|code.Coroutine|code.IterableCoroutine|code.AsyncGenerator) != 0 {
		return ik, false
	}
	b := co.Code
	for len(b) >= 6 && ik.n < len(ik.idx) && opcode.Op(b[0]) == opcode.LOAD_FAST && b[1] == 0 &&
		opcode.Op(b[2]) == opcode.LOAD_CONST && opcode.Op(b[4]) == opcode.BINARY_SUBSCR {
		c, ok := co.Consts[b[3]].(constant.Int)
		if !ok || c.V == nil || !c.V.IsInt64() || c.V.Int64() < 0 || c.V.Int64() >= 1<<20 {
			return ik, false
		}
		i := int(c.V.Int64())
		ik.idx[ik.n] = i
		ik.n++
		ik.need = max(ik.need, i+1)
		b = b[6:]
	}
	switch {
	case ik.n == 0:
		return ik, false
	case len(b) == 4 && opcode.Op(b[0]) == opcode.BUILD_TUPLE && int(b[1]) == ik.n && opcode.Op(b[2]) == opcode.RETURN_VALUE:
		ik.tuple = true
	case len(b) == 2 && ik.n == 1 && opcode.Op(b[0]) == opcode.RETURN_VALUE:
	default:
		return ik, false
	}
	return ik, true
}

// make is the key the function would have returned for picked items ps.
func (ik *itemKey) make(ps []py.Value) py.Value {
	if !ik.tuple {
		return ps[0]
	}
	v, items := py.MakeTuple(len(ps))
	copy(items, ps)
	return v
}

// minMaxItemKey is minMaxIter's loop for a key recognised by itemKeyOf.
// While the best item's key was not made, bestKey is Null and picked
// holds its items.
func minMaxItemKey(t *py.Thread, s *minMaxState, it py.Value, ik *itemKey) (py.Value, bool, *py.Exception) {
	pairs := it.Type() == py.DictItemIterType
	next := it.Type().Next
	var cur, picked [4]py.Value
	n := ik.n
	for {
		var x py.Value
		var items []py.Value
		var kv [2]py.Value
		if pairs {
			k, v, more, err := py.DictItemsNextPair(it)
			if err != nil {
				return py.Null, false, err
			}
			if !more {
				break
			}
			kv[0], kv[1] = k, v
			items = kv[:]
		} else {
			v, more, err := next(t, it)
			if err != nil {
				return py.Null, false, err
			}
			if !more {
				break
			}
			x = v
			if x.Type() == py.TupleType {
				items = py.AsTuple(x)
			}
		}
		if len(items) >= ik.need && s.fn.Code == ik.co && t.Depth < t.RecursionLimit {
			for i := 0; i < n; i++ {
				cur[i] = items[ik.idx[i]]
			}
			better := s.best.IsNull()
			if !better {
				var err *py.Exception
				switch {
				case !s.bestKey.IsNull():
					better, err = py.CompareBool(t, ik.make(cur[:n]), s.bestKey, s.op)
				case ik.tuple:
					better, err = py.SeqOrder(t, cur[:n], picked[:n], s.op)
				default:
					better, err = py.CompareBool(t, cur[0], picked[0], s.op)
				}
				if err != nil {
					return py.Null, false, err
				}
			}
			if better {
				if pairs {
					x = py.Tuple2(kv[0], kv[1])
				}
				s.best, s.bestKey, picked = x, py.Null, cur
			}
			continue
		}
		if pairs {
			x = py.Tuple2(kv[0], kv[1])
		}
		if !s.best.IsNull() && s.bestKey.IsNull() {
			s.bestKey = ik.make(picked[:n])
		}
		if err := s.add(x); err != nil {
			return py.Null, false, err
		}
	}
	return s.best, !s.best.IsNull(), nil
}

// sortKeyPick is py.SortKeyPick: an item key of one item, not a tuple,
// or `lambda i: s[i]` with s the function's one free variable.
func sortKeyPick(fn *py.Function) (py.KeyPick, bool) {
	if ik, ok := itemKeyOf(fn); ok && ik.n == 1 && !ik.tuple {
		return py.KeyPick{Item: ik.idx[0], Cell: -1}, true
	}
	co := fn.Code
	b := co.Code
	if co.ArgCount != 1 || co.KwOnlyArgCount != 0 || len(co.CellVars) != 0 || len(co.FreeVars) != 1 || len(fn.Closure) != 1 ||
		co.Flags&(code.VarArgs|code.VarKeywords|code.Generator|code.Coroutine|code.IterableCoroutine|code.AsyncGenerator) != 0 ||
		len(b) != 8 || opcode.Op(b[0]) != opcode.LOAD_DEREF || b[1] != 0 || opcode.Op(b[2]) != opcode.LOAD_FAST || b[3] != 0 ||
		opcode.Op(b[4]) != opcode.BINARY_SUBSCR || opcode.Op(b[6]) != opcode.RETURN_VALUE {
		return py.KeyPick{}, false
	}
	return py.KeyPick{Item: -1, Cell: 0}, true
}

func init() { py.SortKeyPick = sortKeyPick }
