package py

import "math/bits"

// SizeOf is sys.getsizeof(v) as CPython 3.7 on a 64-bit machine reports
// it, for the built-in types whose size follows from their value: the
// object's C struct, its variable part, and the 32-byte header of the
// cyclic collector for the types it tracks. Learners compare these
// numbers (an int is 28 bytes, a str 49 plus its text), so they are 3.7's
// rather than this VM's own layout. A list's size depends on how it grew,
// which bytepy's lists don't retrace: one made at its size counts that,
// any other 3.7's size for a list built by appends. ok is false for a
// type without a rule here.
func SizeOf(v Value) (n int, ok bool) {
	const gcHead = 32
	switch v.Type() {
	case NoneType, EllipsisType, NotImplType, ObjectType:
		return 16, true
	case BoolType:
		if v.Bool() {
			return 28, true
		}
		return 24, true
	case IntType:
		var bitLen int
		if v.IsInt() {
			x := v.Int()
			if x < 0 {
				x = -x
			}
			bitLen = bits.Len64(uint64(x))
		} else {
			bitLen = BigOf(v).BitLen()
		}
		return 24 + 4*((bitLen+29)/30), true
	case FloatType:
		return 24, true
	case ComplexType:
		return 32, true
	case StrType:
		return strSizeOf(StrOf(v)), true
	case BytesType:
		return 33 + len((*Bytes)(v.p).b), true
	case ByteArrayType:
		if n := len((*Bytes)(v.p).b); n > 0 {
			return 56 + n + 1, true
		}
		return 56, true
	case TupleType:
		return gcHead + 24 + 8*len(AsTuple(v)), true
	case ListType:
		items := AsList(v).items
		if len(items) == cap(items) {
			return gcHead + 40 + 8*len(items), true // made at its size: a display, list(t), l[:]
		}
		return gcHead + 40 + 8*appendAllocated(len(items)), true
	case RangeType:
		return 48, true
	case SliceType:
		return gcHead + 40, true
	case FunctionType:
		return gcHead + 112, true
	case SetType, FrozenSetType:
		n := gcHead + 200
		if size := len(AsSet(v).table); size > 8 {
			n += 16 * size
		}
		return n, true
	case DictType:
		return gcHead + 48 + dictKeysSizeOf(len(AsDict(v).index)), true
	}
	return 0, false
}

// strSizeOf is the size of a compact str: 48 bytes of header and a NUL
// for ascii text, 72 bytes of header for the others, and 1, 2 or 4 bytes
// per character by the widest one.
func strSizeOf(s string) int {
	rs := DecodeStr(s) // code points, lone surrogates included
	widest := rune(0)
	for _, r := range rs {
		widest = max(widest, r)
	}
	n := len(rs)
	switch {
	case widest < 0x80:
		return 49 + n
	case widest < 0x100:
		return 73 + n
	case widest < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}

// appendAllocated is the capacity 3.7's list_resize leaves after n
// appends to an empty list.
func appendAllocated(n int) int {
	allocated := 0
	for allocated < n {
		size := allocated + 1 // the append that outgrows the array
		extra := 3
		if size >= 9 {
			extra = 6
		}
		allocated = size + size>>3 + extra
	}
	return allocated
}

// dictKeysSizeOf is the size of a 3.7 keys table of size slots (the
// minimum 8 when the dict has no index of its own): its header, the
// index at the narrowest width that holds a slot number, and 2/3 of the
// slots as 24-byte entries.
func dictKeysSizeOf(size int) int {
	size = max(size, 8)
	width := 8
	switch {
	case size <= 0x80:
		width = 1
	case size <= 0x8000:
		width = 2
	case size <= 0x80000000:
		width = 4
	}
	return 40 + width*size + 24*(size*2/3)
}
