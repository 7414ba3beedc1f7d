package py

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"unsafe"
)

// MemoryView is a memoryview of a bytes or bytearray: a one-dimensional
// view of unsigned bytes (format 'B'), elements start, start+step, ...
// (n of them) of the object's buffer. The buffer is read through the
// object on every access, so a view of a bytearray sees its writes.
type MemoryView struct {
	Object
	obj            Value
	start, step, n int
	released       bool
	readonly       bool
}

var MemoryViewType = newBuiltinType("memoryview", ObjectType)

func newMemoryView(obj Value, start, step, n int) Value {
	m := &MemoryView{obj: obj, start: start, step: step, n: n, readonly: obj.Type() != ByteArrayType}
	m.typ = MemoryViewType
	return valueOf(unsafe.Pointer(m))
}

func asMemoryView(v Value) *MemoryView { return (*MemoryView)(v.p) }

// buf is the viewed object's whole buffer, or the released error.
func (m *MemoryView) buf() ([]byte, *Exception) {
	if m.released {
		return nil, NewValueError("operation forbidden on released memoryview object")
	}
	b, _ := bytesOf(m.obj)
	return b, nil
}

// bytes copies the viewed elements out.
func (m *MemoryView) bytes() ([]byte, *Exception) {
	b, err := m.buf()
	if err != nil {
		return nil, err
	}
	out := make([]byte, m.n)
	for i := range out {
		out[i] = b[m.start+i*m.step]
	}
	return out, nil
}

// memoryViewBytes is the contents of a memoryview for code that accepts
// any bytes-like object.
func memoryViewBytes(v Value) ([]byte, bool) {
	if v.Type() != MemoryViewType {
		return nil, false
	}
	b, err := asMemoryView(v).bytes()
	return b, err == nil
}

func init() {
	t := MemoryViewType
	t.Final = true
	t.New = func(th *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		a, err := ParseArgs("memoryview", args, kw, []string{"object"}, 1)
		if err != nil {
			return Null, err
		}
		if a[0].Type() == MemoryViewType {
			m := asMemoryView(a[0])
			if _, err := m.buf(); err != nil {
				return Null, err
			}
			return newMemoryView(m.obj, m.start, m.step, m.n), nil
		}
		b, ok := bytesOf(a[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeName(a[0]))
		}
		return newMemoryView(a[0], 0, 1, len(b)), nil
	}
	t.Repr = func(_ *Thread, v Value) (string, *Exception) {
		if asMemoryView(v).released {
			return fmt.Sprintf("<released memory at %#x>", IDOf(v)), nil
		}
		return fmt.Sprintf("<memory at %#x>", IDOf(v)), nil
	}
	t.Len = func(_ *Thread, v Value) (int, *Exception) {
		m := asMemoryView(v)
		if _, err := m.buf(); err != nil {
			return 0, err
		}
		return m.n, nil
	}
	t.GetItem = func(th *Thread, v, k Value) (Value, *Exception) {
		m := asMemoryView(v)
		b, err := m.buf()
		if err != nil {
			return Null, err
		}
		if k.Type() == SliceType {
			start, _, step, n, err := AsSlice(k).Indices(th, m.n)
			if err != nil {
				return Null, err
			}
			return newMemoryView(m.obj, m.start+start*m.step, m.step*step, max(n, 0)), nil
		}
		i, err := seqIndexArg(th, k, m.n, "memoryview")
		if err != nil {
			return Null, err
		}
		if i < 0 {
			return Null, Errorf(IndexErrorType, "index out of bounds on dimension 1")
		}
		return MakeInt(int64(b[m.start+i*m.step])), nil
	}
	t.SetItem = func(th *Thread, v, k, val Value) *Exception {
		m := asMemoryView(v)
		b, err := m.buf()
		if err != nil {
			return err
		}
		if m.readonly {
			return NewTypeError("cannot modify read-only memory")
		}
		if val.IsNull() {
			return NewTypeError("cannot delete memory")
		}
		if k.Type() == SliceType {
			start, _, step, n, err := AsSlice(k).Indices(th, m.n)
			if err != nil {
				return err
			}
			src, ok := bytesOf(val)
			if !ok {
				if src, ok = memoryViewBytes(val); !ok {
					return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(val))
				}
			}
			if len(src) != max(n, 0) {
				return NewValueError("memoryview assignment: lvalue and rvalue have different structures")
			}
			for i := 0; i < n; i++ {
				b[m.start+(start+i*step)*m.step] = src[i]
			}
			return nil
		}
		i, err := seqIndexArg(th, k, m.n, "memoryview")
		if err != nil {
			return err
		}
		if i < 0 {
			return Errorf(IndexErrorType, "index out of bounds on dimension 1")
		}
		x, ok, err := indexOf(th, val)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(TypeErrorType, "memoryview: invalid type for format 'B'")
		}
		if x < 0 || x > 255 {
			return Errorf(ValueErrorType, "memoryview: invalid value for format 'B'")
		}
		b[m.start+i*m.step] = byte(x)
		return nil
	}
	t.Compare = func(th *Thread, a, b Value, op int) (Value, *Exception) {
		if op != EQ && op != NE {
			return NotImplemented, nil
		}
		x, err := asMemoryView(a).bytes()
		if err != nil {
			return MakeBool((a == b) == (op == EQ)), nil
		}
		y, ok := bytesOf(b)
		if !ok {
			if y, ok = memoryViewBytes(b); !ok {
				return NotImplemented, nil
			}
		}
		return MakeBool(bytes.Equal(x, y) == (op == EQ)), nil
	}
	t.Hash = func(th *Thread, v Value) (int64, *Exception) {
		m := asMemoryView(v)
		if !m.readonly {
			return 0, NewValueError("cannot hash writable memoryview object")
		}
		b, err := m.bytes()
		if err != nil {
			return 0, err
		}
		return Hash(th, NewBytes(b))
	}
	initType(t, ObjectType)
	method := func(name string, fn func(th *Thread, m *MemoryView, a []Value) (Value, *Exception)) {
		addMethod(t, name, func(th *Thread, a []Value, kw []string) (Value, *Exception) {
			return fn(th, asMemoryView(a[0]), a[1:])
		})
	}
	method("tobytes", func(th *Thread, m *MemoryView, a []Value) (Value, *Exception) {
		b, err := m.bytes()
		if err != nil {
			return Null, err
		}
		return NewBytes(b), nil
	})
	method("tolist", func(th *Thread, m *MemoryView, a []Value) (Value, *Exception) {
		b, err := m.bytes()
		if err != nil {
			return Null, err
		}
		out := make([]Value, len(b))
		for i, c := range b {
			out[i] = MakeInt(int64(c))
		}
		return NewList(out), nil
	})
	method("hex", func(th *Thread, m *MemoryView, a []Value) (Value, *Exception) {
		b, err := m.bytes()
		if err != nil {
			return Null, err
		}
		return NewStr(hex.EncodeToString(b)), nil
	})
	method("release", func(th *Thread, m *MemoryView, a []Value) (Value, *Exception) {
		m.released = true
		return None, nil
	})
	addMethod(t, "__enter__", func(th *Thread, a []Value, kw []string) (Value, *Exception) {
		if _, err := asMemoryView(a[0]).buf(); err != nil {
			return Null, err
		}
		return a[0], nil
	})
	method("__exit__", func(th *Thread, m *MemoryView, a []Value) (Value, *Exception) {
		m.released = true
		return None, nil
	})
	getter := func(name string, fn func(m *MemoryView) Value) {
		addGetter(t, name, func(th *Thread, v Value) (Value, *Exception) {
			m := asMemoryView(v)
			if _, err := m.buf(); err != nil {
				return Null, err
			}
			return fn(m), nil
		})
	}
	getter("obj", func(m *MemoryView) Value { return m.obj })
	getter("nbytes", func(m *MemoryView) Value { return MakeInt(int64(m.n)) })
	getter("readonly", func(m *MemoryView) Value { return MakeBool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Value { return MakeInt(1) })
	getter("format", func(m *MemoryView) Value { return NewStr("B") })
	getter("ndim", func(m *MemoryView) Value { return MakeInt(1) })
	getter("shape", func(m *MemoryView) Value { return NewTuple([]Value{MakeInt(int64(m.n))}) })
	getter("strides", func(m *MemoryView) Value { return NewTuple([]Value{MakeInt(int64(m.step))}) })
	getter("contiguous", func(m *MemoryView) Value { return MakeBool(m.step == 1 || m.n <= 1) })
	getter("c_contiguous", func(m *MemoryView) Value { return MakeBool(m.step == 1 || m.n <= 1) })
	getter("f_contiguous", func(m *MemoryView) Value { return MakeBool(m.step == 1 || m.n <= 1) })
}
