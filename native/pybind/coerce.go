package pybind

import (
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/native"
)

// NeedsCoercion reports whether f stayed interpreted but declares C
// parameter types: its Python function must still convert its arguments
// as Cython's wrapper would (def f(int n) truncates 2.9, refuses "x").
func NeedsCoercion(f *native.Func) bool {
	if f.Native || f.Kind == native.Cdef {
		return false
	}
	for _, p := range f.Params {
		if p.Type != nil && p.Type.IsC() {
			return true
		}
	}
	return false
}

// Coercing wraps fn, the interpreted body of f, in a builtin that applies
// f's declarations first: a Cython def is a builtin function whatever its
// body does. The call keeps its shape (the same positional count and
// keyword names), so the function's own defaults still apply; only the
// values of typed parameters are replaced by their converted ones.
func Coercing(f *native.Func, fn py.Value) py.Value {
	return py.NewBuiltin(f.Name, func(t *py.Thread, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
		npos := len(args) - len(kwnames)
		vals := make([]native.Value, len(args))
		for i, a := range args {
			if !typedArg(f, i, npos, kwnames) {
				// an object parameter: its value passes through untouched,
				// and its __bool__ must not run
				vals[i] = native.Value{Kind: native.Other, TypeName: py.TypeName(a), Truth: true}
				continue
			}
			v, exc := ToNative(t, a)
			if exc != nil {
				return py.Null, exc
			}
			vals[i] = v
		}
		full, err := f.Bind(vals[:npos], kwnames, vals[npos:])
		if err != nil {
			return py.Null, Exception(err)
		}
		conv, err := f.Coerce(full)
		if err != nil {
			return py.Null, Exception(err)
		}
		out := append([]py.Value(nil), args...)
		for i := range out {
			if typedArg(f, i, npos, kwnames) {
				out[i] = FromNative(conv[argIndex(f, i, npos, kwnames)])
			}
		}
		return py.Call(t, fn, out, kwnames)
	})
}

// argIndex is the parameter that argument i of a call binds to, or -1.
func argIndex(f *native.Func, i, npos int, kwnames []string) int {
	if i < npos {
		if i < len(f.Params) {
			return i
		}
		return -1
	}
	return paramIndex(f, kwnames[i-npos])
}

// typedArg reports whether argument i binds to a C-typed parameter.
func typedArg(f *native.Func, i, npos int, kwnames []string) bool {
	idx := argIndex(f, i, npos, kwnames)
	if idx < 0 {
		return false
	}
	p := f.Params[idx]
	return p.Type != nil && p.Type.IsC()
}

func paramIndex(f *native.Func, name string) int {
	for i, p := range f.Params {
		if p.Name == name {
			return i
		}
	}
	return -1
}
