// Package heapqmod is Python 3.7's heapq module.
//
// The heap primitives (heappush, heappop, heapify, heapreplace,
// heappushpop and the max-heap helpers nlargest and merge use) are Go,
// registered as the private module _heapq; heapq itself is Python source
// (heapq.py, embedded) that imports them and adds nsmallest, nlargest and
// merge. The sift loops are CPython's: siftUp walks the hole left at pos
// down to a leaf along the smaller children without comparing against the
// moving item, then siftDown bubbles the item back up. That choice decides
// where equal and unequal items land, so printed heaps match CPython's.
// Only "<" is ever used to compare, as CPython does.
package heapqmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed heapq.py
var source []byte

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("_heapq", func(it *vm.Interp, m *py.Module) error {
		for name, f := range map[string]fn{
			"heappush": heappush, "heappop": heappop(false), "heapify": heapify(false),
			"heapreplace": heapreplace(false), "heappushpop": heappushpop,
			"_heappop_max": heappop(true), "_heapify_max": heapify(true),
			"_heapreplace_max": heapreplace(true),
		} {
			m.Set(name, py.NewBuiltin(name, f))
		}
		return nil
	})
	vm.RegisterSourceModule("heapq", "<frozen heapq>", source)
}

// heap is a list being worked on plus the comparison direction.
type heap struct {
	t    *py.Thread
	l    *py.List
	max  bool
	size int // the length the sift started with
}

// less is item a < item b (or b < a for a max-heap); a comparison that
// changes the list's length is an error, as in CPython.
func (h *heap) less(a, b py.Value) (bool, *py.Exception) {
	if h.max {
		a, b = b, a
	}
	var r bool
	switch {
	case a.IsInt() && b.IsInt():
		return a.Int() < b.Int(), nil
	case a.IsFloat() && b.IsFloat():
		return a.Float() < b.Float(), nil
	default:
		v, err := py.RichCompare(h.t, a, b, py.LT)
		if err != nil {
			return false, err
		}
		if v.IsBool() {
			r = v.Bool()
		} else if r, err = py.Truth(h.t, v); err != nil {
			return false, err
		}
	}
	if len(h.l.Items()) != h.size {
		return false, py.Errorf(py.RuntimeErrorType, "list changed size during iteration")
	}
	return r, nil
}

// siftDown moves the item at pos up towards start while it is smaller
// than its parent.
func (h *heap) siftDown(start, pos int) *py.Exception {
	items := h.l.Items()
	item := items[pos]
	for pos > start {
		parentPos := (pos - 1) >> 1
		parent := h.l.Items()[parentPos]
		lt, err := h.less(item, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		items = h.l.Items()
		items[pos] = parent
		pos = parentPos
	}
	h.l.Items()[pos] = item
	return nil
}

// siftUp fills the hole at pos from the smaller child all the way to a
// leaf, then puts the displaced item there and sifts it back up.
func (h *heap) siftUp(pos int) *py.Exception {
	end := len(h.l.Items())
	start := pos
	item := h.l.Items()[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			items := h.l.Items()
			lt, err := h.less(items[child], items[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		items := h.l.Items()
		items[pos] = items[child]
		pos = child
		child = 2*pos + 1
	}
	h.l.Items()[pos] = item
	return h.siftDown(start, pos)
}

func listArg(name string, a []py.Value, kw []string, n int) (*py.List, *py.Exception) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(a) != n {
		if n == 1 {
			return nil, py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		return nil, py.Errorf(py.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(a))
	}
	if !py.IsList(a[0]) {
		return nil, py.Errorf(py.TypeErrorType, "heap argument must be a list")
	}
	return py.AsList(a[0]), nil
}

func heappush(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	l, err := listArg("heappush", a, kw, 2)
	if err != nil {
		return py.Null, err
	}
	l.Append(a[1])
	h := heap{t: t, l: l, size: len(l.Items())}
	return py.None, h.siftDown(0, h.size-1)
}

func heappop(max bool) fn {
	name := "heappop"
	if max {
		name = "_heappop_max"
	}
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		l, err := listArg(name, a, kw, 1)
		if err != nil {
			return py.Null, err
		}
		items := l.Items()
		n := len(items)
		if n == 0 {
			return py.Null, py.Errorf(py.IndexErrorType, "index out of range")
		}
		last := items[n-1]
		items[n-1] = py.Null
		l.SetItems(items[:n-1])
		if n == 1 {
			return last, nil
		}
		top := items[0]
		items[0] = last
		h := heap{t: t, l: l, max: max, size: n - 1}
		return top, h.siftUp(0)
	}
}

func heapreplace(max bool) fn {
	name := "heapreplace"
	if max {
		name = "_heapreplace_max"
	}
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		l, err := listArg(name, a, kw, 2)
		if err != nil {
			return py.Null, err
		}
		items := l.Items()
		if len(items) == 0 {
			return py.Null, py.Errorf(py.IndexErrorType, "index out of range")
		}
		top := items[0]
		items[0] = a[1]
		h := heap{t: t, l: l, max: max, size: len(items)}
		return top, h.siftUp(0)
	}
}

func heappushpop(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	l, err := listArg("heappushpop", a, kw, 2)
	if err != nil {
		return py.Null, err
	}
	items := l.Items()
	item := a[1]
	if len(items) == 0 {
		return item, nil
	}
	h := heap{t: t, l: l, size: len(items)}
	lt, err := h.less(items[0], item)
	if err != nil || !lt {
		return item, err
	}
	items = l.Items()
	top := items[0]
	items[0] = item
	return top, h.siftUp(0)
}

func heapify(max bool) fn {
	name := "heapify"
	if max {
		name = "_heapify_max"
	}
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		l, err := listArg(name, a, kw, 1)
		if err != nil {
			return py.Null, err
		}
		h := heap{t: t, l: l, max: max, size: len(l.Items())}
		for i := h.size/2 - 1; i >= 0; i-- {
			if err := h.siftUp(i); err != nil {
				return py.Null, err
			}
		}
		return py.None, nil
	}
}
