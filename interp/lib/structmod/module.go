// Package structmod provides bytepy's struct module. The format
// language, sizes, alignment and integer packing are Python (struct.py,
// embedded), over int.to_bytes/from_bytes; what Python cannot do without
// struct itself, turning a float into its IEEE 754 bits and back (binary16,
// binary32 and binary64), is the private Go module _struct.
package structmod

import (
	_ "embed"
	"encoding/binary"
	"math"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed struct.py
var src []byte

func init() {
	vm.RegisterModule("_struct", initPrivate)
	vm.RegisterSourceModule("struct", "<frozen struct>", src)
}

func initPrivate(it *vm.Interp, m *py.Module) error {
	m.Set("pack_float", py.NewBuiltin("pack_float", packFloat))
	m.Set("unpack_float", py.NewBuiltin("unpack_float", unpackFloat))
	return nil
}

// pack_float(x, size, little, strict) -> bytes, or None when x is too
// large for the size (the caller raises the OverflowError). Without
// strict, a binary32 overflow becomes an infinity, as the C cast of
// native 'f' does.
func packFloat(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 4 || !a[0].IsFloat() {
		return py.Null, py.Errorf(py.TypeErrorType, "pack_float(x, size, little, strict)")
	}
	x := a[0].Float()
	size := a[1].Int()
	little, _ := py.Truth(t, a[2])
	strict, _ := py.Truth(t, a[3])
	var b []byte
	switch size {
	case 2:
		h, ok := toHalf(x)
		if !ok {
			return py.None, nil
		}
		b = make([]byte, 2)
		order(little).PutUint16(b, h)
	case 4:
		f := float32(x)
		if strict && math.IsInf(float64(f), 0) && !math.IsInf(x, 0) {
			return py.None, nil
		}
		b = make([]byte, 4)
		order(little).PutUint32(b, math.Float32bits(f))
	default:
		b = make([]byte, 8)
		order(little).PutUint64(b, math.Float64bits(x))
	}
	return py.NewBytes(b), nil
}

// unpack_float(b, little) -> float, for 2, 4 or 8 bytes.
func unpackFloat(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "unpack_float(b, little)")
	}
	b, ok := py.BytesOf(a[0])
	if !ok {
		return py.Null, py.Errorf(py.TypeErrorType, "unpack_float(b, little)")
	}
	little, _ := py.Truth(t, a[1])
	o := order(little)
	switch len(b) {
	case 2:
		return py.MakeFloat(fromHalf(o.Uint16(b))), nil
	case 4:
		return py.MakeFloat(float64(math.Float32frombits(o.Uint32(b)))), nil
	case 8:
		return py.MakeFloat(math.Float64frombits(o.Uint64(b))), nil
	}
	return py.Null, py.NewValueError("unpack_float: bad size")
}

func order(little bool) binary.ByteOrder {
	if little {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// toHalf rounds x to IEEE 754 binary16 (round half to even); false when
// it is finite but too large. NaN becomes the quiet NaN 0x7e00, signed.
func toHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	ax := math.Abs(x)
	_, e := math.Frexp(ax) // ax = f * 2^e, f in [0.5, 1)
	exp := e - 1           // ax = 1.m * 2^exp
	if exp < -14 {
		// subnormal: a count of 2^-24 units; 1024 of them is the
		// smallest normal, which the same bits spell
		m := math.RoundToEven(math.Ldexp(ax, 24))
		return sign | uint16(m), true
	}
	m := math.RoundToEven((math.Ldexp(ax, -exp) - 1) * 1024)
	if m == 1024 {
		m = 0
		exp++
	}
	if exp > 15 {
		return 0, false
	}
	return sign | uint16(exp+15)<<10 | uint16(m), true
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(mant, -24)
	case 0x1f:
		if mant != 0 {
			return math.NaN()
		}
		return sign * math.Inf(1)
	}
	return sign * math.Ldexp(1+mant/1024, exp-15)
}
