package py

import "github.com/bytepy/bytepy/interp/code"

// Picking sort keys. `sorted(recs, key=lambda r: r[1])` calls its key
// once per item; when the function only returns one item of its
// argument and the argument is an exact tuple that long, the call can
// run no Python code and can only return that item, so the item is
// taken as the key without the call. Likewise `lambda i: nums[i]` with
// nums a closure variable holding an exact list or tuple and i an inline
// int in range. The VM recognises such functions (the item keys of min
// and max, vm/minmaxkey.go) and sets SortKeyPick. Anything else (a
// list, a tuple subclass, a short tuple, an index that is not an int or
// out of range, a function whose __code__ was replaced, a call at the
// recursion limit) calls the function, which raises or returns as it
// would. list.sort empties its list while it sorts, so a key indexing
// the list being sorted sees it empty, as in CPython.

// KeyPick describes a recognised key function: with Cell < 0 it returns
// x[Item] of its argument x; else it returns s[x] for s the value of its
// closure cell Cell.
type KeyPick struct {
	Item, Cell int
}

// SortKeyPick reports whether fn is a key function that KeyPick can
// describe, and how.
var SortKeyPick func(fn *Function) (KeyPick, bool)

// keyPicker is a key function recognised by SortKeyPick.
type keyPicker struct {
	fn *Function
	co *code.Code
	KeyPick
}

// keyPickerOf is the picker for key, or ok false.
func keyPickerOf(key Value) (kp keyPicker, ok bool) {
	if key.Type() != FunctionType || SortKeyPick == nil {
		return kp, false
	}
	fn := (*Function)(key.p)
	p, ok := SortKeyPick(fn)
	return keyPicker{fn, fn.Code, p}, ok
}

// pick is the key of x, or ok false when the function must be called.
func (kp *keyPicker) pick(t *Thread, x Value) (Value, bool) {
	if kp.fn.Code != kp.co || t.Depth >= t.RecursionLimit {
		return Null, false
	}
	if kp.Cell < 0 {
		if x.Type() == TupleType {
			if items := (*Tuple)(x.p).items; kp.Item < len(items) {
				return items[kp.Item], true
			}
		}
		return Null, false
	}
	s := kp.fn.Closure[kp.Cell].V
	if !x.IsInt() || s.IsNull() || s.Type() != ListType && s.Type() != TupleType {
		return Null, false
	}
	items := (*seqHeader)(s.p).items
	i := x.Int()
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return Null, false
	}
	return items[i], true
}
