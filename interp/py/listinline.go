package py

import "unsafe"

// A list made with its items known (a slice, a copy, a display) and
// short comes with them in the list's own allocation, as tuples do
// (MakeTuple): one trip through the allocator instead of two for
// `perm1[:]` or `[a, b]`. The items' capacity is their number, as for a
// list made at its size by CPython (sys.getsizeof reads it): a list that
// grows moves its items to a backing array of their own, as any list
// does, and the array is then unused until the list dies.
type (
	list1 struct {
		List
		a [1]Value
	}
	list2 struct {
		List
		a [2]Value
	}
	list4 struct {
		List
		a [4]Value
	}
	list8 struct {
		List
		a [8]Value
	}
)

// MakeList returns a new list of n items for the caller to fill, and
// the items.
func MakeList(n int) (Value, []Value) {
	var l *List
	switch {
	case n == 0:
		l = &List{}
	case n == 1:
		// 64 bytes, where list2 would take Go's 80-byte class
		o := &list1{}
		o.items = o.a[:]
		l = &o.List
	case n == 2:
		o := &list2{}
		o.items = o.a[:n:n]
		l = &o.List
	case n <= 4:
		o := &list4{}
		o.items = o.a[:n:n]
		l = &o.List
	case n <= 8:
		o := &list8{}
		o.items = o.a[:n:n]
		l = &o.List
	default:
		l = &List{items: make([]Value, n)}
	}
	l.typ = ListType
	return valueOf(unsafe.Pointer(l)), l.items
}

// ListCopyOf is a new list holding a copy of items.
func ListCopyOf(items []Value) Value {
	v, out := MakeList(len(items))
	copy(out, items)
	return v
}

// List1 is the display [a] (BUILD_LIST 1: `stack = [start]`), without
// MakeList's size switch and slice copy.
func List1(a Value) Value {
	o := &list1{a: [1]Value{a}}
	o.items = o.a[:]
	o.typ = ListType
	return valueOf(unsafe.Pointer(&o.List))
}
