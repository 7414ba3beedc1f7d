package vm

import "github.com/bytepy/bytepy/interp/py"

// resolveMroEntries is PEP 560's step of class creation: a base that is
// not a class but has __mro_entries__ (typing's List[int], Generic[T]) is
// replaced by the classes that method returns. It reports whether any
// base was replaced, in which case the class's namespace also gets
// __orig_bases__, the bases as written.
func resolveMroEntries(t *py.Thread, bases []py.Value) ([]py.Value, bool, *py.Exception) {
	var out []py.Value
	changed := false
	orig := py.Null
	for i, b := range bases {
		if py.IsType(b) {
			if changed {
				out = append(out, b)
			}
			continue
		}
		f, err := py.GetAttrS(t, b, "__mro_entries__")
		if err != nil {
			if !err.Matches(py.AttributeErrorType) {
				return nil, false, err
			}
			if changed {
				out = append(out, b)
			}
			continue
		}
		if orig.IsNull() {
			orig = py.NewTuple(append([]py.Value(nil), bases...))
		}
		r, err := py.Call(t, f, []py.Value{orig}, nil)
		if err != nil {
			return nil, false, err
		}
		if !py.IsTuple(r) {
			return nil, false, py.Errorf(py.TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, py.SeqItems(r)...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}
