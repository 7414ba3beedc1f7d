package native

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/bytepy/bytepy/native/cdef"
	"github.com/bytepy/bytepy/native/dl"
)

// frame mirrors the C bp_frame of the generated prelude: sixteen argument
// slots (slot 0 also takes the result) and the error record.
type frame struct {
	S           [16]uint64
	Set, Type   int32
	Msg         *byte
	NUnraisable int32
	Unraisable  [512]byte
}

const frameSize = int(unsafe.Sizeof(frame{}))

var errTypes = [...]string{"", "ZeroDivisionError", "OverflowError", "TypeError", "ValueError"}

// Call calls a native function with Python-level arguments: int, int64,
// float64, bool, nil (None), string, *big.Int, or a Value. The result is
// int64, float64, bool, *big.Int or nil.
func (f *Func) Call(args []any) (any, error) {
	var buf [16]Value
	if len(args) > len(buf) {
		return nil, f.countError(len(args))
	}
	vs := buf[:len(args)]
	for i, a := range args {
		vs[i] = toValue(a)
	}
	r, err := f.CallValues(vs)
	if err != nil {
		return nil, err
	}
	return r.Any(), nil
}

// Any returns the value as a plain Go value.
func (v Value) Any() any {
	switch v.Kind {
	case Int:
		return v.I
	case Float:
		return v.F
	case Bool:
		return v.I != 0
	case Big:
		return v.Big
	}
	return nil
}

func toValue(a any) Value {
	switch a := a.(type) {
	case Value:
		return a
	case nil:
		return Value{}
	case int:
		return IntValue(int64(a))
	case int64:
		return IntValue(a)
	case int32:
		return IntValue(int64(a))
	case uint64:
		if a > math.MaxInt64 {
			return Value{Kind: Big, Big: new(big.Int).SetUint64(a)}
		}
		return IntValue(int64(a))
	case float64:
		return FloatValue(a)
	case float32:
		return FloatValue(float64(a))
	case bool:
		return BoolValue(a)
	case *big.Int:
		if a.IsInt64() {
			return IntValue(a.Int64())
		}
		return Value{Kind: Big, Big: a}
	case string:
		return Value{Kind: Other, TypeName: "str", Truth: a != ""}
	}
	return Value{Kind: Other, TypeName: fmt.Sprintf("%T", a), Truth: true}
}

// CallValues is the allocation-free call path for Go callers: it checks
// the argument count, converts each Value by Cython's rules, and calls
// CallRaw. The VM adapter (native/pybind) converts its own values straight
// to slot bits and calls CallRaw itself.
func (f *Func) CallValues(args []Value) (Value, error) {
	if err := f.CheckArgs(len(args)); err != nil {
		return Value{}, err
	}
	var bits [len(frame{}.S)]uint64
	for i, a := range args {
		b, err := f.Arg(i, a)
		if err != nil {
			return Value{}, err
		}
		bits[i] = b
	}
	r, err := f.CallRaw(bits[:len(args)])
	if err != nil {
		return Value{}, err
	}
	return f.ResultValue(r), nil
}

// CheckArgs is the error a call with n positional arguments raises before
// any argument is converted: f is not callable natively, or n does not fit
// its parameters (Cython's wording). nil when the call may go ahead.
func (f *Func) CheckArgs(n int) error {
	if f.entry == 0 {
		if f.Kind == Cdef {
			return &Exception{"TypeError", f.Name + "() is a cdef function: not callable from Python"}
		}
		return &Exception{"TypeError", f.Name + "() runs in the interpreter: " + f.Reason}
	}
	if n < f.minArgs || n > len(f.Params) {
		return f.countError(n)
	}
	return nil
}

// Arg converts v for parameter i by Cython's rules into its C slot.
func (f *Func) Arg(i int, v Value) (uint64, error) { return toC(v, f.Params[i].Type) }

// IntArg is Arg for a Python int that fits in an int64, without building a
// Value: a C long or long long takes it as it is.
func (f *Func) IntArg(i int, x int64) (uint64, error) {
	if t := f.Params[i].Type; t.Kind == cdef.Int && t.Bits == 64 && !t.Unsigned {
		return uint64(x), nil
	}
	return toC(IntValue(x), f.Params[i].Type)
}

// CallRaw calls f with arguments already converted to slots (Arg, IntArg);
// parameters past len(args) take their defaults. The result is slot 0 as
// the C code left it: ResultKind says how to read it. The entry point is
// called once, directly (no cgo) when cgen found the function's work
// bounded by a small constant (see native/dl/direct), else through cgo.
func (f *Func) CallRaw(args []uint64) (uint64, error) {
	if f.entry == 0 || f.busy || len(args) != len(f.Params) {
		return f.callRawSlow(args)
	}
	fr := (*frame)(f.frame)
	for i, a := range args {
		fr.S[i] = a // a loop: copy would call memmove even for no arguments
	}
	f.busy = true
	if f.stack != 0 {
		dl.InvokeDirect(f.entry, f.frame, f.stack)
	} else {
		dl.Invoke(f.entry, f.frame)
	}
	f.busy = false
	if fr.NUnraisable|fr.Set != 0 {
		return f.failed(fr)
	}
	return fr.S[0], nil
}

// callRawSlow is a call with defaults to fill (which then takes the fast
// path), a call that does not fit (CheckArgs's error), and a re-entered
// call (a callback into the interpreter called f again), which gets a
// frame of its own and always goes through cgo.
func (f *Func) callRawSlow(args []uint64) (uint64, error) {
	if err := f.CheckArgs(len(args)); err != nil {
		return 0, err
	}
	var full [len(frame{}.S)]uint64
	copy(full[:], args)
	for i := len(args); i < len(f.Params); i++ {
		b, err := toC(f.Params[i].Default, f.Params[i].Type)
		if err != nil {
			return 0, err
		}
		full[i] = b
	}
	if !f.busy {
		return f.CallRaw(full[:len(f.Params)])
	}
	fr := (*frame)(dl.Alloc(frameSize))
	defer dl.Free(unsafe.Pointer(fr))
	fr.S = full
	dl.Invoke(f.entry, unsafe.Pointer(fr))
	if fr.NUnraisable|fr.Set != 0 {
		return f.failed(fr)
	}
	return fr.S[0], nil
}

// failed reports what the C code recorded: errors it swallowed (printed as
// "Exception ignored in: ...") and the exception it raised, if any.
func (f *Func) failed(fr *frame) (uint64, error) {
	if fr.NUnraisable > 0 {
		f.unraisable(fr)
	}
	if fr.Set != 0 {
		e := &Exception{Type: errTypes[fr.Type], Msg: cString(fr.Msg)}
		fr.Set, fr.Type, fr.Msg = 0, 0, nil
		return 0, e
	}
	return fr.S[0], nil
}

// ResultKind says how to read CallRaw's result: None (returns None), Int
// (the bits are an int64), Float (a float64), Bool, or Other for an
// unsigned 64-bit result, which ResultValue turns into an int or a big int.
func (f *Func) ResultKind() ValueKind { return f.resKind }

// ResultValue is CallRaw's result as a Value.
func (f *Func) ResultValue(bits uint64) Value { return fromC(bits, f.Result) }

func resultKind(t CType) ValueKind {
	switch {
	case t == nil || t.Kind == cdef.Void:
		return None
	case t.Kind == cdef.Float:
		return Float
	case t.Kind == cdef.Bint:
		return Bool
	case t.Unsigned && t.Bits == 64:
		return Other
	}
	return Int
}

func (f *Func) unraisable(fr *frame) {
	n := 0
	for n < len(fr.Unraisable) && fr.Unraisable[n] != 0 {
		n++
	}
	f.mod.errw().Write(fr.Unraisable[:n])
	fr.Unraisable[0] = 0
	fr.NUnraisable = 0
}

func cString(p *byte) string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	for q := unsafe.Pointer(p); *(*byte)(q) != 0; q = unsafe.Add(q, 1) {
		b.WriteByte(*(*byte)(q))
	}
	return b.String()
}

// countError is Cython's wording for a wrong number of positional
// arguments (METH_NOARGS and METH_O functions get CPython 3.7's).
func (f *Func) countError(n int) error {
	np := len(f.Params)
	switch {
	case np == 0:
		return &Exception{"TypeError", fmt.Sprintf("%s() takes no arguments (%d given)", f.Name, n)}
	case np == 1 && f.minArgs == 1:
		return &Exception{"TypeError", fmt.Sprintf("%s() takes exactly one argument (%d given)", f.Name, n)}
	}
	how, want := "exactly", np
	if f.minArgs != np {
		if n < f.minArgs {
			how, want = "at least", f.minArgs
		} else {
			how = "at most"
		}
	}
	s := "s"
	if want == 1 {
		s = ""
	}
	return &Exception{"TypeError", fmt.Sprintf("%s() takes %s %d positional argument%s (%d given)", f.Name, how, want, s, n)}
}

// toC converts an argument by Cython's rules for the parameter's type.
func toC(v Value, t CType) (uint64, error) {
	switch t.Kind {
	case cdef.Float:
		var x float64
		switch v.Kind {
		case Int, Bool:
			x = float64(v.I)
		case Float:
			x = v.F
		case Big:
			x, _ = new(big.Float).SetInt(v.Big).Float64()
			if math.IsInf(x, 0) {
				return 0, &Exception{"OverflowError", "int too large to convert to float"}
			}
		case None:
			return 0, &Exception{"TypeError", "must be real number, not NoneType"}
		default:
			return 0, &Exception{"TypeError", "must be real number, not " + v.TypeName}
		}
		if t == cdef.TFloat {
			x = float64(float32(x))
		}
		return math.Float64bits(x), nil
	case cdef.Bint:
		truth := false
		switch v.Kind {
		case Int, Bool:
			truth = v.I != 0
		case Float:
			truth = v.F != 0
		case Big:
			truth = v.Big.Sign() != 0
		case Other:
			truth = v.Truth
		}
		if truth {
			return 1, nil
		}
		return 0, nil
	}
	// a C integer
	var b *big.Int
	var i int64
	switch v.Kind {
	case Int, Bool:
		i = v.I
	case Float:
		if math.IsNaN(v.F) {
			return 0, &Exception{"ValueError", "cannot convert float NaN to integer"}
		}
		if math.IsInf(v.F, 0) {
			return 0, &Exception{"OverflowError", "cannot convert float infinity to integer"}
		}
		tr := math.Trunc(v.F)
		if tr >= -9.223372036854775808e18 && tr < 9.223372036854775808e18 {
			i = int64(tr)
		} else {
			b, _ = new(big.Float).SetFloat64(tr).Int(nil)
		}
	case Big:
		b = v.Big
	default:
		return 0, &Exception{"TypeError", "an integer is required"}
	}
	if t.Unsigned {
		if b != nil && b.Sign() < 0 || b == nil && i < 0 {
			name := t.Name
			if t == cdef.TULongLong {
				name = "unsigned PY_LONG_LONG" // Cython 0.29's spelling
			}
			return 0, &Exception{"OverflowError", "can't convert negative value to " + name}
		}
		var u uint64
		if b != nil {
			if !b.IsUint64() {
				return 0, &Exception{"OverflowError", "Python int too large to convert to C unsigned long"}
			}
			u = b.Uint64()
		} else {
			u = uint64(i)
		}
		if t.Bits < 64 && u >= 1<<uint(t.Bits) {
			return 0, &Exception{"OverflowError", "value too large to convert to " + t.Name}
		}
		return u, nil
	}
	if b != nil {
		return 0, &Exception{"OverflowError", "Python int too large to convert to C long"}
	}
	if t.Bits < 64 {
		lim := int64(1) << uint(t.Bits-1)
		if i < -lim || i >= lim {
			return 0, &Exception{"OverflowError", "value too large to convert to " + t.Name}
		}
	}
	return uint64(i), nil
}

// fromC reads a result slot.
func fromC(bits uint64, t CType) Value {
	switch {
	case t == nil || t.Kind == cdef.Void:
		return Value{}
	case t.Kind == cdef.Float:
		return FloatValue(math.Float64frombits(bits))
	case t.Kind == cdef.Bint:
		return BoolValue(bits != 0)
	case t.Unsigned:
		if bits > math.MaxInt64 {
			return Value{Kind: Big, Big: new(big.Int).SetUint64(bits)}
		}
	}
	return IntValue(int64(bits))
}
