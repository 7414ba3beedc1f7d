package vm

import "github.com/bytepy/bytepy/interp/py"

// getSizeOf is sys.getsizeof(object[, default]): 3.7's sizes for the
// built-in types (py.SizeOf), else the object's __sizeof__ plus the
// collector's header for instances of user classes, else 3.7's size for a
// plain instance. default answers when __sizeof__ fails with a TypeError,
// its own or its result's.
func getSizeOf(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("getsizeof", a, kw, []string{"object", "default"}, 1)
	if err != nil {
		return py.Null, err
	}
	v := p[0]
	if n, ok := py.SizeOf(v); ok {
		return py.MakeInt(int64(n)), nil
	}
	n, err := callSizeOf(t, v)
	if err != nil {
		if !p[1].IsNull() && err.Matches(py.TypeErrorType) {
			return p[1], nil
		}
		return py.Null, err
	}
	return py.MakeInt(n), nil
}

// callSizeOf is v.__sizeof__() checked as 3.7 checks it, with the
// collector's header added for an instance of a user class.
func callSizeOf(t *py.Thread, v py.Value) (int64, *py.Exception) {
	m, err := py.LookupSpecial(t, v, "__sizeof__")
	if err != nil {
		return 0, err
	}
	if m.IsNull() {
		return 64, nil // object.__sizeof__ of a plain instance, with its header
	}
	r, err := py.Call(t, m, nil, nil)
	if err != nil {
		return 0, err
	}
	if !py.IsIntLike(r) {
		return 0, py.Errorf(py.TypeErrorType, "an integer is required")
	}
	n, err := py.IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.ValueErrorType, "__sizeof__() should return >= 0")
	}
	if v.Type().User {
		n += 32
	}
	return int64(n), nil
}
