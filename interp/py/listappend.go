package py

import "unsafe"

// listAppendFn is the builtin list.append that LOAD_METHOD pushes for
// l.append when l's type does not override it; the VM compares the
// callee with it to append without a call. Builtin types' dicts cannot
// be changed from Python, so the pointer stays valid.
var listAppendFn unsafe.Pointer

func init() {
	ListType.OnBuilt(func(d *Dict) {
		if v, ok := d.GetStr("append"); ok {
			listAppendFn = v.p
		}
	})
}

// IsListAppend reports whether fn is the builtin list.append.
func IsListAppend(fn Value) bool { return fn.p == listAppendFn }

// AppendExact is list.append(l, v) for a list l whose checks the caller
// made (two arguments, l of type list or a subclass that left append).
func AppendExact(l, v Value) {
	o := (*List)(l.p)
	o.items = appendGrow(o.items, v)
}

// ListOfSeq is list(x) for the builtin list type and an exact list or
// tuple x: a copy of its items, without type.__call__ (which would find
// list's own __new__ and __init__ and do the same). ok is false for any
// other callee or argument.
func ListOfSeq(callee, x Value) (Value, bool) {
	if callee.p != unsafe.Pointer(ListType) {
		return Null, false
	}
	if typ := x.Type(); typ != ListType && typ != TupleType {
		return Null, false
	}
	return ListCopyOf((*seqHeader)(x.p).items), true
}
