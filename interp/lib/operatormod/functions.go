// Package operatormod is Python 3.7's operator module: the operators as
// functions (add, lt, getitem, ...), their in-place forms, the dunder
// aliases (__add__ is the same object as add, as in CPython), and the
// callable types attrgetter, itemgetter and methodcaller.
//
// Each function is a thin Go wrapper around the same abstract operation
// the eval loop uses (py.BinaryOp, py.RichCompare, py.GetItem, ...), so
// results, dispatch to user dunders and error messages are the ones the
// corresponding Python syntax gives.
package operatormod

import (
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("operator", func(it *vm.Interp, m *py.Module) error {
		var all []py.Value
		for _, f := range functions() {
			b := py.NewBuiltin(f.name, f.fn)
			m.Set(f.name, b)
			if f.name != "_abs" {
				all = append(all, py.NewStr(f.name))
			}
			if f.dunder != "" {
				m.Set(f.dunder, b)
			}
		}
		for _, typ := range []*py.Type{attrgetterType, itemgetterType, methodcallerType} {
			m.Set(typ.Name, typ.V())
			all = append(all, py.NewStr(typ.Name))
		}
		sortStrs(all)
		m.Set("__all__", py.NewList(all))
		return nil
	})
}

type entry struct {
	name, dunder string
	fn           fn
}

func functions() []entry {
	es := []entry{
		{"not_", "__not__", unary("not_", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			b, err := py.Truth(t, v)
			return py.MakeBool(!b), err
		})},
		{"truth", "", unary("truth", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			b, err := py.Truth(t, v)
			return py.MakeBool(b), err
		})},
		{"is_", "", binary("is_", func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) { return py.MakeBool(py.Is(a, b)), nil })},
		{"is_not", "", binary("is_not", func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) { return py.MakeBool(!py.Is(a, b)), nil })},
		{"abs", "__abs__", unary("abs", py.Abs)},
		{"_abs", "", unary("_abs", py.Abs)},
		{"neg", "__neg__", unary("neg", py.Neg)},
		{"pos", "__pos__", unary("pos", py.Pos)},
		{"inv", "__inv__", unary("inv", py.Invert)},
		{"invert", "__invert__", unary("invert", py.Invert)},
		{"index", "__index__", unary("index", index)},
		{"concat", "__concat__", binary("concat", concat(false))},
		{"iconcat", "__iconcat__", binary("iconcat", concat(true))},
		{"contains", "__contains__", binary("contains", func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
			r, err := py.Contains(t, a, b)
			return py.MakeBool(r), err
		})},
		{"countOf", "", binary("countOf", countOf)},
		{"indexOf", "", binary("indexOf", indexOf)},
		{"getitem", "__getitem__", binary("getitem", py.GetItem)},
		{"delitem", "__delitem__", binary("delitem", func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
			return py.None, py.DelItem(t, a, b)
		})},
		{"setitem", "__setitem__", setitem},
		{"length_hint", "", lengthHint},
	}
	for op, name := range binNames {
		op := op
		es = append(es, entry{name, "__" + trim(name) + "__", binary(name, func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
			return py.BinaryOp(t, op, a, b)
		})})
		iname := "i" + trim(name)
		es = append(es, entry{iname, "__" + iname + "__", binary(iname, func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
			return py.InplaceOp(t, op, a, b)
		})})
	}
	for op, name := range []string{"lt", "le", "eq", "ne", "gt", "ge"} {
		op := op
		es = append(es, entry{name, "__" + name + "__", binary(name, func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
			return py.RichCompare(t, a, b, op)
		})})
	}
	return es
}

// binNames are the operator-module names of py's binary operators, in
// py.OpAdd... order; and_/or_ drop their underscore in dunder names.
var binNames = [py.NumBinOps]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "xor", "or_"}

func trim(s string) string {
	if s[len(s)-1] == '_' {
		return s[:len(s)-1]
	}
	return s
}

func noKw(name string, kw []string) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

func unary(name string, f func(t *py.Thread, v py.Value) (py.Value, *py.Exception)) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := noKw(name, kw); err != nil {
			return py.Null, err
		}
		if len(a) != 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		return f(t, a[0])
	}
}

func binary(name string, f func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := noKw(name, kw); err != nil {
			return py.Null, err
		}
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", name, len(a))
		}
		return f(t, a[0], a[1])
	}
}

func setitem(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := noKw("setitem", kw); err != nil {
		return py.Null, err
	}
	if len(a) != 3 {
		return py.Null, py.Errorf(py.TypeErrorType, "setitem expected 3 arguments, got %d", len(a))
	}
	return py.None, py.SetItem(t, a[0], a[1], a[2])
}

// concat is + restricted to sequences (anything with __getitem__).
func concat(inplace bool) func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		if !isSequence(a) {
			return py.Null, py.Errorf(py.TypeErrorType, "'%s' object can't be concatenated", py.TypeName(a))
		}
		if inplace {
			return py.InplaceOp(t, py.OpAdd, a, b)
		}
		return py.BinaryOp(t, py.OpAdd, a, b)
	}
}

func isSequence(v py.Value) bool {
	if py.IsDict(v) {
		return false
	}
	if v.Type().User {
		return !v.Type().LookupS("__getitem__").IsNull()
	}
	return v.Type().GetItem != nil
}

// scan walks b's items comparing each with x by identity, then ==, as
// PySequence_Count/Index do; found returns true to stop.
func scan(t *py.Thread, seq, x py.Value, found func(i int) bool) *py.Exception {
	it, err := py.Iter(t, seq)
	if err != nil {
		if err.Matches(py.TypeErrorType) && seq.Type().Iter == nil {
			return py.Errorf(py.TypeErrorType, "argument of type '%s' is not iterable", py.TypeName(seq))
		}
		return err
	}
	for i := 0; ; i++ {
		v, more, err := py.Next(t, it)
		if err != nil || !more {
			return err
		}
		eq := py.Is(v, x)
		if !eq {
			if eq, err = py.Equal(t, v, x); err != nil {
				return err
			}
		}
		if eq && found(i) {
			return nil
		}
	}
}

// index is PyNumber_Index: an int (or bool, or int subclass) comes back
// as itself.
func index(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	if py.IsIntLike(v) || v.Type().IsSubtype(py.IntType) {
		return v, nil // an int subclass is its own index, __index__ or not
	}
	return py.IndexValue(t, v)
}

func countOf(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	n := 0
	err := scan(t, a, b, func(int) bool { n++; return false })
	return py.MakeInt(int64(n)), err
}

func indexOf(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	at := -1
	if err := scan(t, a, b, func(i int) bool { at = i; return true }); err != nil {
		return py.Null, err
	}
	if at < 0 {
		return py.Null, py.NewValueError("sequence.index(x): x not in sequence")
	}
	return py.MakeInt(int64(at)), nil
}

// lengthHint is len(obj) when obj has a length, else its
// __length_hint__, else default.
func lengthHint(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := noKw("length_hint", kw); err != nil {
		return py.Null, err
	}
	if len(a) < 1 || len(a) > 2 {
		if len(a) < 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "length_hint() takes at least 1 argument (0 given)")
		}
		return py.Null, py.Errorf(py.TypeErrorType, "length_hint() takes at most 2 arguments (%d given)", len(a))
	}
	def := py.MakeInt(0)
	if len(a) == 2 {
		if !py.IsIntLike(a[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", py.TypeName(a[1]))
		}
		def = a[1]
	}
	v := a[0]
	hasLen := v.Type().Len != nil
	if v.Type().User {
		hasLen = !v.Type().LookupS("__len__").IsNull()
	}
	if hasLen {
		n, err := py.Len(t, v)
		if err == nil {
			return py.MakeInt(int64(n)), nil
		}
		if !err.Matches(py.TypeErrorType) {
			return py.Null, err
		}
	}
	hint, err := py.LookupSpecial(t, v, "__length_hint__")
	if err != nil || hint.IsNull() {
		return def, err
	}
	r, err := py.Call(t, hint, nil, nil)
	if err != nil {
		if err.Matches(py.TypeErrorType) {
			return def, nil
		}
		return py.Null, err
	}
	if r.IsNotImplemented() {
		return def, nil
	}
	if !py.IsIntLike(r) {
		return py.Null, py.Errorf(py.TypeErrorType, "__length_hint__ must be an integer, not %s", py.TypeName(r))
	}
	if r.IsInt() && r.Int() < 0 || !r.IsInt() && py.BigOf(r).Sign() < 0 {
		return py.Null, py.NewValueError("__length_hint__() should return >= 0")
	}
	return r, nil
}

func sortStrs(vs []py.Value) {
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && py.StrOf(vs[j]) < py.StrOf(vs[j-1]); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}
