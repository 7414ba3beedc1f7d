package native

import "fmt"

// Bind maps a call's positional and keyword arguments onto the parameter
// list, filling defaults, with Cython's errors for what does not fit. The
// VM adapter calls it only when keywords are present; CallValues takes the
// positional list directly.
func (f *Func) Bind(pos []Value, names []string, kw []Value) ([]Value, error) {
	if len(names) == 0 {
		return pos, nil
	}
	np := len(f.Params)
	if np == 0 || np == 1 && f.minArgs == 1 {
		// METH_NOARGS and METH_O functions
		return nil, &Exception{"TypeError", f.Name + "() takes no keyword arguments"}
	}
	if len(pos) > np {
		return nil, f.countError(len(pos))
	}
	// Cython 0.29's order: fill the missing parameters from keywords and
	// report a missing one first, then complain about leftover keywords.
	out := make([]Value, np)
	copy(out, pos)
	used := make([]bool, len(names))
	for i := len(pos); i < np; i++ {
		p := f.Params[i]
		k := indexOf(names, p.Name)
		switch {
		case k >= 0:
			out[i], used[k] = kw[k], true
		case p.HasDefault:
			out[i] = p.Default
		default:
			return nil, f.countError(len(pos))
		}
	}
	for k, name := range names {
		if used[k] {
			continue
		}
		if i := f.paramIndex(name); i >= 0 && i < len(pos) {
			return nil, &Exception{"TypeError", fmt.Sprintf("%s() got multiple values for keyword argument '%s'", f.Name, name)}
		}
		return nil, &Exception{"TypeError", fmt.Sprintf("%s() got an unexpected keyword argument '%s'", f.Name, name)}
	}
	return out, nil
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

func (f *Func) paramIndex(name string) int {
	for i, p := range f.Params {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// Coerce applies the parameter declarations to the arguments of a call,
// as Cython's wrapper would, and returns them as Python-level values: the
// VM adapter uses it for a function with typed parameters that stays
// interpreted (Native false), so def f(int n) still truncates 2.9 to 2 and
// refuses "x" with Cython's TypeError before the interpreted body runs.
func (f *Func) Coerce(args []Value) ([]Value, error) {
	if len(args) < f.minArgs || len(args) > len(f.Params) {
		return nil, f.countError(len(args))
	}
	out := make([]Value, len(args))
	for i, a := range args {
		t := f.Params[i].Type
		if t == nil || !t.IsC() {
			out[i] = a
			continue
		}
		bits, err := toC(a, t)
		if err != nil {
			return nil, err
		}
		out[i] = fromC(bits, t)
	}
	return out, nil
}
