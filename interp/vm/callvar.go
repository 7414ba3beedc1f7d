package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

// bindVarPositional is bindArgs for the common call of a function taking
// *args or **kwargs: positional arguments only, enough of them (with the
// defaults), no keyword-only parameters. It reports false, binding
// nothing, for any other call, which bindArgs then binds or rejects with
// CPython's message. The tuple and dict are the previous call's when the
// code keeps them private (callpriv.go).
func bindVarPositional(th *thread, f *Frame, fn *py.Function, fast, args []py.Value) bool {
	co := fn.Code
	if co.KwOnlyArgCount != 0 {
		return false
	}
	argc, n := co.ArgCount, len(args)
	varargs := co.Flags&code.VarArgs != 0
	if n > argc && !varargs || n < argc-len(fn.Defaults) {
		return false
	}
	m := min(n, argc)
	for i := 0; i < m; i++ {
		fast[i] = args[i]
	}
	if m < argc {
		d := fn.Defaults[len(fn.Defaults)-(argc-m):]
		for i, v := range d {
			fast[m+i] = v
		}
	}
	rt := f.rt
	idx := argc
	var tup py.Value
	var kw *py.Dict
	if varargs {
		var items []py.Value
		if n > m {
			tup, items = th.varargsTuple(f, rt, n-m)
		} else {
			tup, _ = th.slab.Tuple(0)
		}
		for i := range items {
			items[i] = args[m+i]
		}
		fast[idx] = tup
		idx++
	}
	if co.Flags&code.VarKeywords != 0 {
		kw = th.varkwDict(f, rt)
		fast[idx] = kw.V()
	}
	if rt.privArgs || rt.privKw {
		keepPrivate(f, rt, tup, kw)
	}
	return true
}

// bindSimpleKw is bindArgs for a call with keyword arguments of a
// function with positional parameters only (codeRT.simple): each keyword
// names a parameter past the positional arguments, once. It reports
// false, leaving fast cleared, for any other call, which bindArgs then
// binds or rejects with CPython's message.
func bindSimpleKw(fn *py.Function, fast, args []py.Value, kwnames []string) bool {
	co := fn.Code
	argc := co.ArgCount
	npos := len(args) - len(kwnames)
	if npos > argc {
		return false
	}
	for i := 0; i < npos; i++ {
		fast[i] = args[i]
	}
	for i, k := range kwnames {
		j := npos
		for j < argc && co.VarNames[j] != k {
			j++
		}
		if j == argc || !fast[j].IsNull() {
			clear(fast[:argc])
			return false
		}
		fast[j] = args[npos+i]
	}
	first := argc - len(fn.Defaults)
	for p := npos; p < argc; p++ {
		if fast[p].IsNull() {
			if p < first {
				clear(fast[:argc])
				return false
			}
			fast[p] = fn.Defaults[p-first]
		}
	}
	return true
}
