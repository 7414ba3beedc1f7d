package functoolsmod

import (
	"github.com/bytepy/bytepy/interp/py"
)

// lruWrapper is functools._lru_cache_wrapper. Results are kept in a dict
// from the call's key; a bounded cache also threads its entries on a
// circular list in recency order (links[0] is the sentinel: its next is
// the least recently used entry, its prev the most recent), and the dict
// maps a key to its link's index, so a hit moves one link and an
// eviction reuses the oldest link in place, as CPython's C version does.
type lruWrapper struct {
	py.Object
	fn        py.Value
	maxsize   int64 // -1: unbounded
	typed     bool
	cacheInfo py.Value // the CacheInfo type
	cache     *py.Dict
	links     []lruLink
	hits      int64
	misses    int64
	dict      *py.Dict // the wrapper's __dict__ (update_wrapper fills it)
}

type lruLink struct {
	key, result py.Value
	prev, next  int
}

var lruType = py.NewType("_lru_cache_wrapper", py.ObjectType)

// kwdMark separates positional from keyword parts of a key.
var kwdMark = py.NewTuple(nil)

func init() {
	lruType.Module = "functools"
	lruType.New = newLRU
	lruType.Init = func(t *py.Thread, self py.Value, args []py.Value, kw []string) *py.Exception { return nil }
	lruType.Call = func(t *py.Thread, self py.Value, args []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.AsPtr[lruWrapper](self).call(t, args, kw)
	}
	lruType.DescrGet = func(t *py.Thread, descr, obj py.Value, typ *py.Type) (py.Value, *py.Exception) {
		if obj.IsNull() || obj.IsNone() {
			return descr, nil
		}
		return py.NewBoundMethod(descr, obj), nil
	}
	lruType.GetAttr = func(t *py.Thread, v py.Value, name *py.Str) (py.Value, *py.Exception) {
		w := py.AsPtr[lruWrapper](v)
		if name.S() == "__dict__" {
			return w.dict.V(), nil
		}
		if x, ok := w.dict.LookupStr(name); ok {
			return x, nil
		}
		return py.GenericGetAttr(t, v, name)
	}
	lruType.SetAttr = func(t *py.Thread, v py.Value, name *py.Str, val py.Value) *py.Exception {
		w := py.AsPtr[lruWrapper](v)
		if val.IsNull() {
			if ok, _ := w.dict.DelItem(t, name.V()); !ok {
				return py.Errorf(py.AttributeErrorType, "%s", name.S())
			}
			return nil
		}
		w.dict.SetS(name, val)
		return nil
	}
	py.AddMethod(lruType, "cache_info", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		w := py.AsPtr[lruWrapper](a[0])
		maxsize := py.None
		if w.maxsize >= 0 {
			maxsize = py.MakeInt(w.maxsize)
		}
		return py.Call(t, w.cacheInfo, []py.Value{py.MakeInt(w.hits), py.MakeInt(w.misses), maxsize, py.MakeInt(int64(w.cache.Len()))}, nil)
	})
	py.AddMethod(lruType, "cache_clear", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		py.AsPtr[lruWrapper](a[0]).clear()
		return py.None, nil
	})
}

func newLRU(t *py.Thread, typ *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
	args, err := py.ParseArgs("_lru_cache_wrapper", a, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4)
	if err != nil {
		return py.Null, err
	}
	if !py.Callable(args[0]) && !args[0].Type().User {
		return py.Null, py.Errorf(py.TypeErrorType, "the first argument must be callable")
	}
	w := &lruWrapper{fn: args[0], cacheInfo: args[3], cache: py.NewDict(), dict: py.NewDict(), maxsize: -1}
	w.SetType(typ)
	if !args[1].IsNone() {
		n, err := py.IndexInt(t, args[1])
		if err != nil {
			return py.Null, err
		}
		w.maxsize = max(n, 0)
	}
	if w.typed, err = py.Truth(t, args[2]); err != nil {
		return py.Null, err
	}
	w.clear()
	return py.FromPtr(w), nil
}

func (w *lruWrapper) clear() {
	w.cache.Clear()
	w.hits, w.misses = 0, 0
	w.links = []lruLink{{}}
}

// key builds the cache key as CPython does: the lone positional argument
// itself when it is an exact int or str, else the argument tuple, with a
// marker and the keyword pairs appended, then the argument types if typed.
func (w *lruWrapper) key(args []py.Value, kw []string) py.Value {
	npos := len(args) - len(kw)
	if len(kw) == 0 && !w.typed && npos == 1 {
		if typ := args[0].Type(); typ == py.IntType || typ == py.StrType {
			return args[0]
		}
	}
	if len(kw) == 0 && !w.typed {
		return py.NewTuple(append([]py.Value(nil), args...))
	}
	parts := append([]py.Value(nil), args[:npos]...)
	if len(kw) > 0 {
		parts = append(parts, kwdMark)
		for i, k := range kw {
			parts = append(parts, py.NewStr(k), args[npos+i])
		}
	}
	if w.typed {
		for _, v := range args {
			parts = append(parts, v.Type().V())
		}
	}
	return py.NewTuple(parts)
}

func (w *lruWrapper) call(t *py.Thread, args []py.Value, kw []string) (py.Value, *py.Exception) {
	if w.maxsize == 0 {
		w.misses++
		return py.Call(t, w.fn, args, kw)
	}
	key := w.key(args, kw)
	found, ok, err := w.cache.GetItem(t, key)
	if err != nil {
		return py.Null, err
	}
	if ok {
		w.hits++
		if w.maxsize < 0 {
			return found, nil
		}
		i := int(found.Int())
		w.unlink(i)
		w.append(i)
		return w.links[i].result, nil
	}
	w.misses++
	result, err := py.Call(t, w.fn, args, kw)
	if err != nil {
		return py.Null, err
	}
	if w.maxsize < 0 {
		return result, w.cache.SetItem(t, key, result)
	}
	// The call may itself have cached this key (recursion); then the
	// entry is already in place.
	if _, ok, err := w.cache.GetItem(t, key); err != nil || ok {
		return result, err
	}
	var i int
	if int64(w.cache.Len()) < w.maxsize || w.links[0].next == 0 {
		i = len(w.links)
		w.links = append(w.links, lruLink{})
	} else {
		// Full: evict the least recently used entry and reuse its link.
		i = w.links[0].next
		w.unlink(i)
		if _, _, err := w.cache.Pop(t, w.links[i].key); err != nil {
			return py.Null, err
		}
	}
	w.links[i].key, w.links[i].result = key, result
	w.append(i)
	return result, w.cache.SetItem(t, key, py.MakeInt(int64(i)))
}

func (w *lruWrapper) unlink(i int) {
	l := &w.links[i]
	w.links[l.prev].next = l.next
	w.links[l.next].prev = l.prev
}

// append makes link i the most recently used.
func (w *lruWrapper) append(i int) {
	last := w.links[0].prev
	w.links[i].prev, w.links[i].next = last, 0
	w.links[last].next = i
	w.links[0].prev = i
}
