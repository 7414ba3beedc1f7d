// Package pybind is the VM's side of %%native: it turns each compiled
// native.Func into a Python builtin function (repr `<built-in function
// NAME>`, type builtin_function_or_method, as a Cython def/cpdef is in
// CPython) and maps values and errors across the boundary.
//
// # The machine
//
// A call from the VM arrives as (args []py.Value, kwnames []string), the
// keyword values at the tail of args. Positional-only calls of up to
// maxInline arguments convert each py.Value straight into its C slot
// (Func.IntArg for small ints, Func.Arg otherwise) in an array on the Go
// stack and make one raw call (Func.CallRaw), so a call with small ints,
// floats, bools and None allocates nothing; the result slot becomes a VM
// value by the function's result kind (py.MakeInt, MakeFloat, MakeBool).
// Keyword calls go through Func.Bind, which fills defaults and raises
// Cython's argument errors. Big ints travel as *big.Int and native's conversion
// raises OverflowError with Cython's text; any other object travels as
// its type name and truth value, which is all Cython's conversion needs
// (bint takes any object's truth; the rest raise TypeError).
//
// A *native.Exception becomes the built-in Python exception of the same
// name with the same message. cdef functions are never bound: Cython does
// not export them either. A def with C parameters that stayed interpreted
// (Func.Native false) is wrapped by Coercing, which converts its typed
// arguments by Cython's rules (Func.Bind, Func.Coerce) and then calls the
// interpreted function with the call's shape unchanged.
package pybind

import (
	"math"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/native"
)

// maxInline is how many positional arguments convert on the Go stack.
const maxInline = 8

// Exported reports whether f becomes a Python-visible builtin: compiled,
// and declared def or cpdef.
func Exported(f *native.Func) bool { return f.Native && f.Kind != native.Cdef }

// Builtin is f as a Python builtin function. A function without parameters
// returning a C integer (the lecture's cc_simple_loop) gets a closure that
// goes straight to the raw call; everything else goes through Call.
func Builtin(f *native.Func) py.Value {
	if len(f.Params) == 0 && f.ResultKind() == native.Int {
		return py.NewBuiltin(f.Name, func(t *py.Thread, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
			if len(args) == 0 {
				r, err := f.CallRaw(nil)
				if err == nil {
					return py.MakeInt(int64(r)), nil
				}
				return py.Null, Exception(err)
			}
			return Call(t, f, args, kwnames)
		})
	}
	return py.NewBuiltin(f.Name, func(t *py.Thread, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
		return Call(t, f, args, kwnames)
	})
}

// Call calls f with VM arguments (keyword values last, named by kwnames).
// Positional calls convert each argument straight into its C slot, on the
// Go stack, and make the raw call: no allocation for ints, floats, bools
// and None.
func Call(t *py.Thread, f *native.Func, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
	if len(kwnames) > 0 || len(args) > maxInline {
		return callBound(t, f, args, kwnames)
	}
	if err := f.CheckArgs(len(args)); err != nil {
		return py.Null, Exception(err)
	}
	var bits [maxInline]uint64
	for i, a := range args {
		var b uint64
		var err error
		if a.IsInt() {
			b, err = f.IntArg(i, a.Int())
		} else {
			v, exc := ToNative(t, a)
			if exc != nil {
				return py.Null, exc
			}
			b, err = f.Arg(i, v)
		}
		if err != nil {
			return py.Null, Exception(err)
		}
		bits[i] = b
	}
	r, err := f.CallRaw(bits[:len(args)])
	if err != nil {
		return py.Null, Exception(err)
	}
	return result(f, r), nil
}

// callBound is a call with keywords (or many arguments): Func.Bind maps
// them onto the parameters with Cython's errors.
func callBound(t *py.Thread, f *native.Func, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
	npos := len(args) - len(kwnames)
	vals := make([]native.Value, len(args))
	for i, a := range args {
		v, exc := ToNative(t, a)
		if exc != nil {
			return py.Null, exc
		}
		vals[i] = v
	}
	bound, err := f.Bind(vals[:npos], kwnames, vals[npos:])
	if err != nil {
		return py.Null, Exception(err)
	}
	r, err := f.CallValues(bound)
	if err != nil {
		return py.Null, Exception(err)
	}
	return FromNative(r), nil
}

// result is a raw result as a VM value.
func result(f *native.Func, bits uint64) py.Value {
	switch f.ResultKind() {
	case native.Int:
		return py.MakeInt(int64(bits))
	case native.Float:
		return py.MakeFloat(math.Float64frombits(bits))
	case native.Bool:
		return py.MakeBool(bits != 0)
	case native.None:
		return py.None
	}
	return FromNative(f.ResultValue(bits))
}

// ToNative is a VM value as native sees it. Only an object that is not a
// number has its truth asked for (which may run its __bool__ or __len__).
func ToNative(t *py.Thread, v py.Value) (native.Value, *py.Exception) {
	switch {
	case v.IsInt():
		return native.IntValue(v.Int()), nil
	case v.IsFloat():
		return native.FloatValue(v.Float()), nil
	case v.IsBool():
		return native.BoolValue(v.Bool()), nil
	case v.IsNone():
		return native.Value{Kind: native.None}, nil
	case py.IsIntLike(v):
		return native.Value{Kind: native.Big, Big: py.BigOf(v)}, nil
	}
	truth, exc := py.Truth(t, v)
	if exc != nil {
		return native.Value{}, exc
	}
	return native.Value{Kind: native.Other, TypeName: py.TypeName(v), Truth: truth}, nil
}

// FromNative is a native result as a VM value. The C-integer case is
// split off so that it inlines into the call path.
func FromNative(v native.Value) py.Value {
	if v.Kind == native.Int {
		return py.MakeInt(v.I)
	}
	return fromNativeOther(v)
}

func fromNativeOther(v native.Value) py.Value {
	switch v.Kind {
	case native.Float:
		return py.MakeFloat(v.F)
	case native.Bool:
		return py.MakeBool(v.I != 0)
	case native.Big:
		return py.MakeBigInt(v.Big)
	}
	return py.None
}
