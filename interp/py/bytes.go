package py

import (
	"bytes"
	"encoding/hex"
	"strings"
	"unsafe"

	"github.com/bytepy/bytepy/interp/constant"
)

// Bytes is bytes (immutable) or bytearray (mutable), by type.
type Bytes struct {
	Object
	b []byte
}

var (
	BytesType     = &Type{Name: "bytes"}
	ByteArrayType = &Type{Name: "bytearray"}
	BytesIterType = newBuiltinType("bytes_iterator", ObjectType)
)

// NewBytes makes a bytes value owning b.
func NewBytes(b []byte) Value {
	o := &Bytes{b: b}
	o.typ = BytesType
	return valueOf(unsafe.Pointer(o))
}

// BytesOf returns the contents of a bytes or bytearray value.
func bytesOf(v Value) ([]byte, bool) {
	if v.Type() == BytesType || v.Type() == ByteArrayType || v.Type().boxKind == boxBytes {
		return (*Bytes)(v.p).b, true
	}
	if v.Type() == MemoryViewType {
		return memoryViewBytes(v) // a copy: bytes-like arguments are only read
	}
	return nil, false
}

// BytesOf is the exported bytesOf.
func BytesOf(v Value) ([]byte, bool) { return bytesOf(v) }

func initBytes() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		mk := func(b []byte) Value {
			o := &Bytes{b: b}
			o.typ = typ
			return valueOf(unsafe.Pointer(o))
		}
		typ.Repr = func(_ *Thread, v Value) (string, *Exception) {
			r := constant.BytesRepr(string((*Bytes)(v.p).b))
			if typ == ByteArrayType {
				return "bytearray(" + r + ")", nil
			}
			return r, nil
		}
		typ.Len = func(_ *Thread, v Value) (int, *Exception) { return len((*Bytes)(v.p).b), nil }
		typ.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
			y, ok := bytesOf(b)
			if !ok {
				return NotImplemented, nil
			}
			return MakeBool(cmpResult(bytes.Compare((*Bytes)(a.p).b, y), op)), nil
		}
		typ.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
			b := (*Bytes)(v.p).b
			if k.Type() == SliceType {
				start, _, step, n, err := AsSlice(k).Indices(t, len(b))
				if err != nil {
					return Null, err
				}
				out := make([]byte, 0, max(n, 0))
				for i, j := 0, start; i < n; i, j = i+1, j+step {
					out = append(out, b[j])
				}
				return mk(out), nil
			}
			i, err := seqIndexArg(t, k, len(b), "byte")
			if err != nil {
				return Null, err
			}
			if i < 0 {
				return Null, Errorf(IndexErrorType, "index out of range")
			}
			return MakeInt(int64(b[i])), nil
		}
		typ.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
			b := (*Bytes)(v.p).b
			if x, ok := bytesOf(k); ok {
				return bytes.Contains(b, x), nil
			}
			i, err := IndexInt(t, k)
			if err != nil {
				return false, err
			}
			return bytes.IndexByte(b, byte(i)) >= 0, nil
		}
		typ.Iter = func(_ *Thread, v Value) (Value, *Exception) {
			it := &SeqIter{seq: v}
			it.typ = BytesIterType
			return valueOf(unsafe.Pointer(it)), nil
		}
		typ.Binary[OpAdd] = func(_ *Thread, a, b Value) (Value, *Exception) {
			x, ok1 := bytesOf(a)
			y, ok2 := bytesOf(b)
			if !ok1 || !ok2 {
				if ok1 {
					return Null, Errorf(TypeErrorType, "can't concat %s to %s", TypeName(b), TypeName(a))
				}
				return NotImplemented, nil
			}
			return mk(append(append([]byte(nil), x...), y...)), nil
		}
		typ.Binary[OpMul] = func(t *Thread, a, b Value) (Value, *Exception) {
			if _, ok := bytesOf(a); !ok {
				a, b = b, a
			}
			n, ok, err := repeatCount(t, b)
			if !ok || err != nil {
				return NotImplemented, err
			}
			return mk(bytes.Repeat((*Bytes)(a.p).b, max(n, 0))), nil
		}
		typ.New = func(t *Thread, cls *Type, args []Value, kw []string) (Value, *Exception) {
			a, err := ParseArgs(typ.Name, args, kw, []string{"source", "encoding", "errors"}, 0)
			if err != nil {
				return Null, err
			}
			if a[0].IsNull() {
				return mk(nil), nil
			}
			for i := 1; i <= 2; i++ {
				if !a[i].IsNull() && !IsStr(a[i]) {
					return Null, Errorf(TypeErrorType, "%s() argument %d must be str, not %s", typ.Name, i+1, TypeName(a[i]))
				}
			}
			if IsStr(a[0]) {
				if a[1].IsNull() {
					return Null, NewTypeError("string argument without an encoding")
				}
				errs := "strict"
				if !a[2].IsNull() {
					errs = StrOf(a[2])
				}
				b, err := encodeStr(StrOf(a[0]), StrOf(a[1]), errs)
				if err != nil {
					return Null, err
				}
				return mk(b), nil
			}
			if !a[1].IsNull() || !a[2].IsNull() {
				return Null, NewTypeError(withoutString(typ.Name, !a[1].IsNull()))
			}
			if IsIntLike(a[0]) {
				n, err := IndexInt(t, a[0])
				if err != nil {
					return Null, err
				}
				if n < 0 {
					return Null, NewValueError("negative count")
				}
				return mk(make([]byte, n)), nil
			}
			if b, ok := bytesOf(a[0]); ok {
				return mk(append([]byte(nil), b...)), nil
			}
			items, err := Collect(t, a[0])
			if err != nil {
				return Null, err
			}
			out := make([]byte, len(items))
			for i, x := range items {
				n, err := IndexInt(t, x)
				if err != nil {
					return Null, err
				}
				if n < 0 || n > 255 {
					return Null, NewValueError("bytes must be in range(0, 256)")
				}
				out[i] = byte(n)
			}
			return mk(out), nil
		}
		initType(typ, ObjectType)
		addMethod(typ, "decode", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			enc, errs, err := codecArgs("decode", a[1:], kw)
			if err != nil {
				return Null, err
			}
			s, err := decodeBytes((*Bytes)(a[0].p).b, enc, errs)
			if err != nil {
				return Null, err
			}
			return NewStr(s), nil
		})
		addMethod(typ, "hex", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			return NewStr(hex.EncodeToString((*Bytes)(a[0].p).b)), nil
		})
		addClassMethod(typ, "fromhex", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) != 2 || !IsStr(a[1]) {
				return Null, NewTypeError("fromhex() argument must be str")
			}
			b, err := hex.DecodeString(strings.ReplaceAll(StrOf(a[1]), " ", ""))
			if err != nil {
				return Null, NewValueError("non-hexadecimal number found in fromhex() arg")
			}
			return mk(b), nil
		})
		addMethod(typ, "join", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			items, err := Collect(t, a[1])
			if err != nil {
				return Null, err
			}
			var out []byte
			for i, x := range items {
				xb, ok := bytesOf(x)
				if !ok {
					return Null, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
				}
				if i > 0 {
					out = append(out, (*Bytes)(a[0].p).b...)
				}
				out = append(out, xb...)
			}
			return mk(out), nil
		})
		if typ == ByteArrayType {
			typ.SetItem = func(t *Thread, v, k, val Value) *Exception {
				o := (*Bytes)(v.p)
				i, err := seqIndexArg(t, k, len(o.b), "bytearray")
				if err != nil {
					return err
				}
				if i < 0 {
					return Errorf(IndexErrorType, "bytearray index out of range")
				}
				n, err := IndexInt(t, val)
				if err != nil {
					return err
				}
				o.b[i] = byte(n)
				return nil
			}
			addMethod(typ, "append", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				n, err := IndexInt(t, a[1])
				if err != nil {
					return Null, err
				}
				o := (*Bytes)(a[0].p)
				o.b = append(o.b, byte(n))
				return None, nil
			})
		} else {
			typ.Hash = func(t *Thread, v Value) (int64, *Exception) {
				return newStr(string((*Bytes)(v.p).b)).Hash(), nil
			}
		}
	}
	BytesIterType.Iter = selfIter
	BytesIterType.Next = func(_ *Thread, v Value) (Value, bool, *Exception) {
		it := (*SeqIter)(v.p)
		b := (*Bytes)(it.seq.p).b
		if it.i < len(b) {
			it.i++
			return MakeInt(int64(b[it.i-1])), true, nil
		}
		return Null, false, nil
	}
}

// withoutString is the TypeError text for an encoding or errors argument
// given with a source that is not a str: bytes names the one it met
// first, bytearray both.
func withoutString(typeName string, encoding bool) string {
	switch {
	case typeName == "bytearray":
		return "encoding or errors without a string argument"
	case encoding:
		return "encoding without a string argument"
	}
	return "errors without a string argument"
}
