package libm

import "github.com/bytepy/bytepy/interp/py"

// Argument handling that math and cmath share, with 3.7's messages.

// ToFloat is PyFloat_AsDouble: 3.7 accepts floats, ints and __float__,
// but not objects that only have __index__.
func ToFloat(t *py.Thread, v py.Value) (float64, *py.Exception) {
	if v.IsFloat() {
		return v.Float(), nil
	}
	if py.IsIntLike(v) {
		return py.IntToFloat(v)
	}
	if v.Type().ToFloat == nil {
		return 0, py.Errorf(py.TypeErrorType, "must be real number, not %s", py.TypeName(v))
	}
	return py.ToFloat(t, v)
}

// OneArg checks the call of a one-argument function.
func OneArg(name string, a []py.Value, kw []string) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(a) != 1 {
		return py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a))
	}
	return nil
}

// CloseArgs parses isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): a and b
// converted by conv (float for math, complex for cmath), the tolerances
// checked non-negative.
func CloseArgs[T any](t *py.Thread, a []py.Value, kw []string, conv func(*py.Thread, py.Value) (T, *py.Exception)) (x, y T, rel, abs float64, err *py.Exception) {
	if len(a)-len(kw) > 2 {
		err = py.Errorf(py.TypeErrorType, "isclose() takes at most 2 positional arguments (%d given)", len(a)-len(kw))
		return
	}
	args, err := py.ParseArgs("isclose", a, kw, []string{"a", "b", "*", "rel_tol", "abs_tol"}, 2)
	if err != nil {
		return
	}
	if x, err = conv(t, args[0]); err != nil {
		return
	}
	if y, err = conv(t, args[1]); err != nil {
		return
	}
	rel = 1e-9
	if !args[2].IsNull() {
		if rel, err = ToFloat(t, args[2]); err != nil {
			return
		}
	}
	if !args[3].IsNull() {
		if abs, err = ToFloat(t, args[3]); err != nil {
			return
		}
	}
	if rel < 0 || abs < 0 {
		err = py.NewValueError("tolerances must be non-negative")
	}
	return
}
