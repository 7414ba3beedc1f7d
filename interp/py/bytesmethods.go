package py

import (
	"strings"
	"unsafe"
)

// The text-like methods of bytes and bytearray (split, strip, upper,
// center, startswith, ...) run str's implementation on a stand-in string:
// each byte below 0x80 becomes that ASCII character and each byte from
// 0x80 up becomes a private-use character (U+E080..U+E0FF), which has no
// case and is neither letter, digit nor space, so str's Unicode rules act
// exactly as bytes' ASCII-only rules. Results are mapped back: str to
// bytes (or bytearray, for a bytearray self), lists and tuples item by
// item.

const bytesPUA = 0xe000

func bytesToStandIn(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(bytesPUA + rune(c))
		}
	}
	return sb.String()
}

func standInToBytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= bytesPUA+0x80 && r <= bytesPUA+0xff {
			out = append(out, byte(r-bytesPUA))
		} else {
			out = append(out, byte(r))
		}
	}
	return out
}

func makeBytesOf(typ *Type, b []byte) Value {
	o := &Bytes{b: b}
	o.typ = typ
	return valueOf(unsafe.Pointer(o))
}

// bytesArgToStr converts one argument of a bytes method for the str one.
func bytesArgToStr(v Value) (Value, *Exception) {
	if b, ok := bytesOf(v); ok {
		return NewStr(bytesToStandIn(b)), nil
	}
	if IsStr(v) {
		return Null, Errorf(TypeErrorType, "a bytes-like object is required, not 'str'")
	}
	if IsTuple(v) {
		items := AsTuple(v)
		out := make([]Value, len(items))
		for i, x := range items {
			y, err := bytesArgToStr(x)
			if err != nil {
				return Null, err
			}
			out[i] = y
		}
		return NewTuple(out), nil
	}
	return v, nil
}

func strResultToBytes(typ *Type, v Value) Value {
	switch {
	case v.Type() == StrType:
		return makeBytesOf(typ, standInToBytes(StrOf(v)))
	case v.Type() == ListType:
		items := AsList(v).items
		for i, x := range items {
			items[i] = strResultToBytes(typ, x)
		}
		return v
	case v.Type() == TupleType:
		items := AsTuple(v)
		out := make([]Value, len(items))
		for i, x := range items {
			out[i] = strResultToBytes(typ, x)
		}
		return NewTuple(out)
	}
	return v
}

var bytesTextMethods = []string{"capitalize", "center", "count", "endswith", "expandtabs", "find", "index",
	"isalnum", "isalpha", "isdigit", "islower", "isspace", "istitle", "isupper", "ljust", "lower", "lstrip",
	"partition", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
	"startswith", "strip", "swapcase", "title", "upper", "zfill"}

func initBytesMethods() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		for _, name := range bytesTextMethods {
			name := name
			if typ.hasOwn(name) || !StrType.hasOwn(name) {
				continue
			}
			addMethod(typ, name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				// str's method, read here so that str's dict is built
				// only when used (typedict_lazy.go)
				sm := StrType.Dict().mustGet(name)
				b, _ := bytesOf(a[0])
				args := make([]Value, len(a))
				args[0] = NewStr(bytesToStandIn(b))
				for i, x := range a[1:] {
					y, err := bytesArgToStr(x)
					if err != nil {
						return Null, err
					}
					args[i+1] = y
				}
				r, err := Call(t, sm, args, kw)
				if err != nil {
					return Null, err
				}
				return strResultToBytes(typ, r), nil
			})
		}
		typ.Binary[OpMod] = func(t *Thread, a, b Value) (Value, *Exception) {
			fb, ok := bytesOf(a)
			if !ok {
				return NotImplemented, nil
			}
			args := b
			if bb, ok := bytesOf(b); ok {
				args = NewStr(bytesToStandIn(bb))
			} else if IsTuple(b) {
				items := AsTuple(b)
				conv := make([]Value, len(items))
				for i, x := range items {
					if xb, ok := bytesOf(x); ok {
						conv[i] = NewStr(bytesToStandIn(xb))
					} else {
						conv[i] = x
					}
				}
				args = NewTuple(conv)
			}
			r, err := PercentFormat(t, bytesToStandIn(fb), args)
			if err != nil {
				return Null, err
			}
			return makeBytesOf(typ, standInToBytes(r)), nil
		}
		addMethod(typ, "isascii", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			b, _ := bytesOf(a[0])
			for _, c := range b {
				if c >= 0x80 {
					return False, nil
				}
			}
			return True, nil
		})
		addMethod(typ, "translate", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) < 2 || len(a) > 3 {
				return Null, Errorf(TypeErrorType, "translate expected at least 1 arguments, got %d", len(a)-1)
			}
			b, _ := bytesOf(a[0])
			var table []byte
			if !a[1].IsNone() {
				tb, ok := bytesOf(a[1])
				if !ok {
					return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(a[1]))
				}
				if len(tb) != 256 {
					return Null, NewValueError("translation table must be 256 characters long")
				}
				table = tb
			}
			var del [256]bool
			if len(a) == 3 {
				db, ok := bytesOf(a[2])
				if !ok {
					return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(a[2]))
				}
				for _, c := range db {
					del[c] = true
				}
			}
			out := make([]byte, 0, len(b))
			for _, c := range b {
				if del[c] {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			return makeBytesOf(typ, out), nil
		})
		mt := &Builtin{Name: "maketrans", Fn: func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) != 2 {
				return Null, Errorf(TypeErrorType, "maketrans expected 2 arguments, got %d", len(a))
			}
			from, ok1 := bytesOf(a[0])
			to, ok2 := bytesOf(a[1])
			if !ok1 || !ok2 {
				return Null, NewTypeError("a bytes-like object is required")
			}
			if len(from) != len(to) {
				return Null, NewValueError("maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range from {
				table[c] = to[i]
			}
			return makeBytesOf(BytesType, table), nil
		}}
		mt.typ = BuiltinType
		typ.setLazy("maketrans", staticMethodOf(mt.V()))
	}
}

// byteValue checks an int stored into a bytearray.
func byteValue(t *Thread, v Value) (byte, *Exception) {
	n, err := IndexInt(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, NewValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesFromIterable is the bytes an extend/slice assignment takes.
func bytesFromIterable(t *Thread, v Value) ([]byte, *Exception) {
	if b, ok := bytesOf(v); ok {
		return append([]byte(nil), b...), nil
	}
	if IsStr(v) {
		return nil, NewTypeError("an iterable of ints is required, not str")
	}
	items, err := Collect(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		c, err := byteValue(t, x)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// initByteArrayMethods gives bytearray its mutating methods and slice
// assignment.
func initByteArrayMethods() {
	ba := ByteArrayType
	obj := func(v Value) *Bytes { return (*Bytes)(v.p) }
	ba.SetItem = func(t *Thread, v, k, val Value) *Exception {
		o := obj(v)
		if k.Type() == SliceType {
			start, _, step, n, err := AsSlice(k).Indices(t, len(o.b))
			if err != nil {
				return err
			}
			var src []byte
			if !val.IsNull() {
				if src, err = bytesFromIterable(t, val); err != nil {
					return err
				}
			}
			if step == 1 {
				stop := start + max(n, 0)
				out := append(append(append([]byte(nil), o.b[:start]...), src...), o.b[stop:]...)
				o.b = out
				return nil
			}
			if val.IsNull() {
				drop := map[int]bool{}
				for i, j := 0, start; i < n; i, j = i+1, j+step {
					drop[j] = true
				}
				out := o.b[:0:0]
				for i, c := range o.b {
					if !drop[i] {
						out = append(out, c)
					}
				}
				o.b = out
				return nil
			}
			if len(src) != n {
				return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
			}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				o.b[j] = src[i]
			}
			return nil
		}
		i, err := seqIndexArg(t, k, len(o.b), "bytearray")
		if err != nil {
			return err
		}
		if i < 0 {
			return Errorf(IndexErrorType, "bytearray index out of range")
		}
		if val.IsNull() {
			o.b = append(o.b[:i], o.b[i+1:]...)
			return nil
		}
		c, err := byteValue(t, val)
		if err != nil {
			return err
		}
		o.b[i] = c
		return nil
	}
	addMethod(ba, "append", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("append", a[1:], 1, 1); err != nil {
			return Null, err
		}
		c, err := byteValue(t, a[1])
		if err != nil {
			return Null, err
		}
		obj(a[0]).b = append(obj(a[0]).b, c)
		return None, nil
	})
	addMethod(ba, "extend", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("extend", a[1:], 1, 1); err != nil {
			return Null, err
		}
		src, err := bytesFromIterable(t, a[1])
		if err != nil {
			return Null, err
		}
		obj(a[0]).b = append(obj(a[0]).b, src...)
		return None, nil
	})
	addMethod(ba, "insert", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("insert", a[1:], 2, 2); err != nil {
			return Null, err
		}
		o := obj(a[0])
		i, err := IndexInt(t, a[1])
		if err != nil {
			return Null, err
		}
		c, err := byteValue(t, a[2])
		if err != nil {
			return Null, err
		}
		n := int64(len(o.b))
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		o.b = append(o.b[:i], append([]byte{c}, o.b[i:]...)...)
		return None, nil
	})
	addMethod(ba, "pop", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		o := obj(a[0])
		if len(o.b) == 0 {
			return Null, Errorf(IndexErrorType, "pop from empty bytearray")
		}
		i := int64(len(o.b) - 1)
		if len(a) > 1 {
			n, err := IndexInt(t, a[1])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				n += int64(len(o.b))
			}
			if n < 0 || n >= int64(len(o.b)) {
				return Null, Errorf(IndexErrorType, "pop index out of range")
			}
			i = n
		}
		c := o.b[i]
		o.b = append(o.b[:i], o.b[i+1:]...)
		return MakeInt(int64(c)), nil
	})
	addMethod(ba, "remove", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		o := obj(a[0])
		c, err := byteValue(t, a[1])
		if err != nil {
			return Null, err
		}
		for i, x := range o.b {
			if x == c {
				o.b = append(o.b[:i], o.b[i+1:]...)
				return None, nil
			}
		}
		return Null, NewValueError("value not found in bytearray")
	})
	addMethod(ba, "reverse", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		b := obj(a[0]).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
	addMethod(ba, "clear", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		obj(a[0]).b = nil
		return None, nil
	})
	addMethod(ba, "copy", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return makeBytesOf(ByteArrayType, append([]byte(nil), obj(a[0]).b...)), nil
	})
	ba.Inplace[OpAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		src, ok := bytesOf(b)
		if !ok {
			return NotImplemented, nil
		}
		obj(a).b = append(obj(a).b, src...)
		return a, nil
	}
}
