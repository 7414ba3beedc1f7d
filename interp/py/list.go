package py

import (
	"slices"
	"unsafe"
)

// List is a list.
type List struct {
	Object
	items []Value
	attrs *Dict // __dict__ of user subclass instances
}

// ListType is `list`.
var ListType = &Type{Name: "list"}

// NewList makes a list that owns items.
func NewList(items []Value) Value {
	l := &List{items: items}
	l.typ = ListType
	return valueOf(unsafe.Pointer(l))
}

// AsList returns the *List of a list value.
func AsList(v Value) *List { return (*List)(v.p) }

// IsList reports whether v is a list.
func IsList(v Value) bool { return v.Type().IsSubtype(ListType) }

// Items is the list's backing slice (valid until the list changes).
func (l *List) Items() []Value { return l.items }

// Append adds v at the end.
func (l *List) Append(v Value) { l.items = appendGrow(l.items, v) }

// SetItems replaces the contents.
func (l *List) SetItems(items []Value) { l.items = items }

func initList() {
	t := ListType
	t.Alloc = func(typ *Type) Value {
		l := &List{}
		l.typ = typ
		return valueOf(unsafe.Pointer(l))
	}
	t.Repr = func(t *Thread, v Value) (string, *Exception) { return seqRepr(t, v, AsList(v).items, "[", "]") }
	t.Len = func(_ *Thread, v Value) (int, *Exception) { return len(AsList(v).items), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return len(AsList(v).items) > 0, nil }
	t.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if !IsList(b) {
			return NotImplemented, nil
		}
		return seqCompare(t, AsList(a).items, AsList(b).items, op)
	}
	t.GetItem = listGetItem
	t.SetItem = listSetItem
	t.Contains = func(t *Thread, v, k Value) (bool, *Exception) { return seqContains(t, AsList(v).items, k) }
	t.Iter = func(_ *Thread, v Value) (Value, *Exception) {
		it := &SeqIter{seq: v}
		it.typ = ListIterType
		return valueOf(unsafe.Pointer(it)), nil
	}
	t.Binary[OpAdd] = func(_ *Thread, a, b Value) (Value, *Exception) {
		if !IsList(a) {
			return NotImplemented, nil
		}
		if !IsList(b) {
			return NotImplemented, nil
		}
		x, y := AsList(a).items, AsList(b).items
		r, out := MakeList(len(x) + len(y)) // `path + [node]`: one allocation
		copy(out[copy(out, x):], y)
		return r, nil
	}
	t.Binary[OpMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsList(a) {
			a, b = b, a
		}
		n, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		if x := AsList(a).items; n > 0 && n <= 8 && len(x) > 0 && len(x)*n <= 8 {
			r, out := MakeList(len(x) * n) // `[0] * 3`: one allocation
			for i := range n {
				copy(out[i*len(x):], x)
			}
			return r, nil
		}
		items, err := repeatItems(AsList(a).items, n)
		if err != nil {
			return Null, err
		}
		return NewList(items), nil
	}
	t.Inplace[OpAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsList(a) {
			return NotImplemented, nil
		}
		items, err := Collect(t, b)
		if err != nil {
			return Null, err
		}
		l := AsList(a)
		l.items = append(l.items, items...)
		return a, nil
	}
	t.Inplace[OpMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		n, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		l := AsList(a)
		items, err := repeatItems(l.items, n)
		if err != nil {
			return Null, err
		}
		l.items = items
		return a, nil
	}
	t.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		return typ.Alloc(typ), nil
	}
	t.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
		if len(kw) > 0 {
			return NewTypeError("list() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Errorf(TypeErrorType, "list expected at most 1 arguments, got %d", len(args))
		}
		l := AsList(self)
		l.items = nil
		if len(args) == 1 {
			items, err := Collect(t, args[0])
			if err != nil {
				return err
			}
			if args[0].p == self.p || args[0].Type() == TupleType {
				// Collect hands out a tuple's own items, which the list
				// must not write to
				items = append([]Value(nil), items...)
			}
			l.items = items
		}
		return nil
	}
	initType(t, ObjectType)
	t.Hash = nil
	t.setLazy("__hash__", None)

	m := func(name string, fn func(t *Thread, l *List, a []Value) (Value, *Exception)) {
		addMethod(ListType, name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(kw) > 0 && name != "sort" {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			return fn(t, AsList(a[0]), a[1:])
		})
	}
	addMethod(ListType, "append", listAppend)
	m("extend", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		if len(a) != 1 {
			return Null, Errorf(TypeErrorType, "extend() takes exactly one argument (%d given)", len(a))
		}
		items, err := Collect(t, a[0])
		if err != nil {
			return Null, err
		}
		l.items = append(l.items, items...)
		return None, nil
	})
	m("insert", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		if len(a) != 2 {
			return Null, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(a))
		}
		i, err := IndexInt(t, a[0])
		if err != nil {
			return Null, err
		}
		n := int64(len(l.items))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.items = append(l.items, Null)
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = a[1]
		return None, nil
	})
	addMethod(ListType, "pop", listPop)
	m("remove", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		for i, x := range l.items {
			eq, err := Equal(t, x, a[0])
			if err != nil {
				return Null, err
			}
			if eq {
				l.items = append(l.items[:i], l.items[i+1:]...)
				return None, nil
			}
		}
		return Null, NewValueError("list.remove(x): x not in list")
	})
	m("index", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		r, err := seqIndex(t, l.items, a, "")
		if err != nil && err.typ == ValueErrorType {
			s, _ := Repr(t, a[0])
			return Null, NewValueError(s + " is not in list")
		}
		return r, err
	})
	m("count", func(t *Thread, l *List, a []Value) (Value, *Exception) { return seqCount(t, l.items, a[0]) })
	m("clear", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		l.items = nil
		return None, nil
	})
	m("copy", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		return ListCopyOf(l.items), nil
	})
	m("reverse", func(t *Thread, l *List, a []Value) (Value, *Exception) {
		for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
			l.items[i], l.items[j] = l.items[j], l.items[i]
		}
		return None, nil
	})
	addMethod(ListType, "sort", func(t *Thread, args []Value, kw []string) (Value, *Exception) {
		a, err := ParseArgs("sort", args, kw, []string{"self", "*", "key", "reverse"}, 1)
		if err != nil {
			return Null, err
		}
		l := AsList(a[0])
		reverse := false
		if !a[2].IsNull() {
			reverse, err = Truth(t, a[2])
			if err != nil {
				return Null, err
			}
		}
		items := l.items
		l.items = nil
		err = SortValues(t, items, a[1], reverse)
		if l.items != nil && err == nil {
			err = NewValueError("list modified during sort")
		}
		l.items = items
		return None, err
	})
}

func listGetItem(t *Thread, v, k Value) (Value, *Exception) {
	items := AsList(v).items
	if k.IsInt() {
		i := k.Int()
		if i < 0 {
			i += int64(len(items))
		}
		if uint64(i) >= uint64(len(items)) {
			return Null, Errorf(IndexErrorType, "list index out of range")
		}
		return items[i], nil
	}
	if k.Type() == SliceType {
		s, err := seqSlice(t, items, k)
		if err != nil {
			return Null, err
		}
		return NewList(s), nil
	}
	i, err := seqIndexArg(t, k, len(items), "list")
	if err != nil {
		return Null, err
	}
	if i < 0 {
		return Null, Errorf(IndexErrorType, "list index out of range")
	}
	return items[i], nil
}

func listSetItem(t *Thread, v, k, val Value) *Exception {
	l := AsList(v)
	if k.Type() == SliceType {
		return listSetSlice(t, l, AsSlice(k), val)
	}
	i, err := seqIndexArg(t, k, len(l.items), "list")
	if err != nil {
		return err
	}
	if i < 0 {
		if val.IsNull() {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	if val.IsNull() {
		l.items = append(l.items[:i], l.items[i+1:]...)
		return nil
	}
	l.items[i] = val
	return nil
}

func listSetSlice(t *Thread, l *List, s *Slice, val Value) *Exception {
	start, stop, step, n, err := s.Indices(t, len(l.items))
	if err != nil {
		return err
	}
	if val.IsNull() {
		if step == 1 {
			if n > 0 {
				l.items = append(l.items[:start], l.items[stop:]...)
			}
			return nil
		}
		del := map[int]bool{}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			del[j] = true
		}
		out := l.items[:0:0]
		for i, x := range l.items {
			if !del[i] {
				out = append(out, x)
			}
		}
		l.items = out
		return nil
	}
	items, err := Collect(t, val)
	if err != nil {
		return err
	}
	if val.p == unsafe.Pointer(l) {
		items = append([]Value(nil), items...)
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.items)-(stop-start)+len(items))
		out = append(out, l.items[:start]...)
		out = append(out, items...)
		out = append(out, l.items[stop:]...)
		l.items = out
		return nil
	}
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[j] = items[i]
	}
	return nil
}

// SortValues sorts items in place, stably, by key (Null: the items
// themselves), as list.sort does.
func SortValues(t *Thread, items []Value, key Value, reverse bool) *Exception {
	keys := items
	if !key.IsNull() && !key.IsNone() {
		keys = make([]Value, len(items))
		kc := newKeyCaller(key)
		kp, picks := keyPickerOf(key) // sortpick.go
		for i, x := range items {
			if picks {
				if k, ok := kp.pick(t, x); ok {
					keys[i] = k
					continue
				}
			}
			k, err := kc.call(t, x)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if done, err := sortFast(t, items, keys, reverse); done {
		return err
	}
	var firstErr *Exception
	less := func(a, b Value) bool {
		if firstErr != nil {
			return false
		}
		if a.IsInt() && b.IsInt() {
			return a.Int() < b.Int()
		}
		if a.Type() == StrType && b.Type() == StrType {
			return StrOf(a) < StrOf(b)
		}
		if a.IsFloat() && b.IsFloat() {
			return a.Float() < b.Float()
		}
		r, err := RichCompare(t, a, b, LT)
		if err != nil {
			firstErr = err
			return false
		}
		ok, err := Truth(t, r)
		if err != nil {
			firstErr = err
		}
		return ok
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	// reverse=True sorts the reversed list and reverses the result, as
	// CPython does, so equal items keep their order
	if reverse {
		slices.Reverse(idx)
	}
	lessIdx := func(i, j int) bool { return less(keys[i], keys[j]) }
	if len(idx) < 64 {
		binaryInsertionSort(idx, lessIdx)
	} else {
		tmp := make([]int, len(items))
		mergeSort(idx, tmp, lessIdx)
	}
	if reverse {
		slices.Reverse(idx)
	}
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]Value, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

// binaryInsertionSort is what CPython's list.sort does with fewer than
// 64 items (count_run, then binarysort), comparison for comparison, so a
// program printing from __lt__ sees the same calls: a leading run
// (strictly descending ones are reversed), then each further item is
// placed by binary search.
func binaryInsertionSort(a []int, less func(i, j int) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	run := 2
	if less(a[1], a[0]) {
		for run < n && less(a[run], a[run-1]) {
			run++
		}
		slices.Reverse(a[:run])
	} else {
		for run < n && !less(a[run], a[run-1]) {
			run++
		}
	}
	for start := run; start < n; start++ {
		pivot := a[start]
		l, r := 0, start
		for l < r {
			p := l + (r-l)>>1
			if less(pivot, a[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
}

// mergeSort is a stable merge sort that only ever asks less(b, a) on a
// pair where a precedes b, like CPython's sort, so user __lt__ suffices.
func mergeSort(a, tmp []int, less func(i, j int) bool) {
	if len(a) <= 1 {
		return
	}
	if len(a) <= 12 {
		for i := 1; i < len(a); i++ {
			for j := i; j > 0 && less(a[j], a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	m := len(a) / 2
	mergeSort(a[:m], tmp[:m], less)
	mergeSort(a[m:], tmp[m:], less)
	if !less(a[m], a[m-1]) {
		return
	}
	copy(tmp, a)
	i, j, k := 0, m, 0
	for i < m && j < len(a) {
		if less(tmp[j], tmp[i]) {
			a[k] = tmp[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	for i < m {
		a[k] = tmp[i]
		i++
		k++
	}
	for j < len(a) {
		a[k] = tmp[j]
		j++
		k++
	}
}

// listAppend and listPop are registered without the shared method
// wrapper: a list used as a stack calls them in its innermost loops.
func listAppend(t *Thread, a []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "append() takes no keyword arguments")
	}
	if len(a) != 2 {
		return Null, Errorf(TypeErrorType, "append() takes exactly one argument (%d given)", len(a)-1)
	}
	l := AsList(a[0])
	l.items = appendGrow(l.items, a[1])
	return None, nil
}

func listPop(t *Thread, a []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "pop() takes no keyword arguments")
	}
	l := AsList(a[0])
	n := len(l.items)
	if len(a) == 1 && n > 0 {
		// the stack pop: the last item, no index to convert
		v := l.items[n-1]
		l.items[n-1] = Null
		l.items = l.items[:n-1]
		return v, nil
	}
	if len(a) > 2 {
		return Null, Errorf(TypeErrorType, "pop() takes at most 1 argument (%d given)", len(a)-1)
	}
	// the index is converted before the list is found empty, as 3.7's
	// argument clinic does
	i := int64(n - 1)
	if len(a) > 1 {
		var err *Exception
		i, err = IndexInt(t, a[1])
		if err != nil {
			return Null, err
		}
	}
	if n = len(l.items); n == 0 {
		return Null, Errorf(IndexErrorType, "pop from empty list")
	}
	if len(a) > 1 {
		if i < 0 {
			i += int64(len(l.items))
		}
		if i < 0 || i >= int64(len(l.items)) {
			return Null, Errorf(IndexErrorType, "pop index out of range")
		}
	}
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[len(l.items)-1] = Null
	l.items = l.items[:len(l.items)-1]
	return v, nil
}
