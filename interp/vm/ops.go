package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// compareOp is COMPARE_OP for everything but the int fast path.
func compareOp(t *py.Thread, op int, a, b py.Value) (py.Value, *py.Exception) {
	switch op {
	case opcode.CmpIs:
		return py.MakeBool(a == b), nil
	case opcode.CmpIsNot:
		return py.MakeBool(a != b), nil
	case opcode.CmpIn, opcode.CmpNotIn:
		if r, ok, err := testFast(t, int32(op), a, b); ok || err != nil {
			return py.MakeBool(r), err
		}
		r, err := py.Contains(t, b, a)
		if err != nil {
			return py.Null, err
		}
		return py.MakeBool(r == (op == opcode.CmpIn)), nil
	case opcode.CmpExcMatch:
		if err := checkExcClass(b); err != nil {
			return py.Null, err
		}
		return py.MakeBool(excMatches(a, b)), nil
	}
	return py.RichCompare(t, a, b, op)
}

// excMatches is PyErr_GivenExceptionMatches: a is an exception class.
func excMatches(a, b py.Value) bool {
	if py.IsTuple(b) {
		for _, x := range py.AsTuple(b) {
			if excMatches(a, x) {
				return true
			}
		}
		return false
	}
	if !py.IsType(a) {
		if py.IsException(a) {
			a = a.Type().V()
		} else {
			return false
		}
	}
	return py.AsType(a).IsSubtype(py.AsType(b))
}

// makeRaise builds the exception for `raise exc [from cause]`.
func makeRaise(t *py.Thread, excV, cause py.Value) (*py.Exception, *py.Exception) {
	var e *py.Exception
	if py.IsType(excV) && py.AsType(excV).IsSubtype(py.BaseExceptionType) {
		var err *py.Exception
		e, err = py.NewExceptionFromType(t, py.AsType(excV))
		if err != nil {
			return nil, err
		}
	} else if py.IsException(excV) {
		e = py.AsException(excV)
	} else {
		return nil, py.Errorf(py.TypeErrorType, "exceptions must derive from BaseException")
	}
	if !cause.IsNull() {
		switch {
		case cause.IsNone():
			e.Cause = py.Null
		case py.IsType(cause) && py.AsType(cause).IsSubtype(py.BaseExceptionType):
			c, err := py.NewExceptionFromType(t, py.AsType(cause))
			if err != nil {
				return nil, err
			}
			e.Cause = c.V()
		case py.IsException(cause):
			e.Cause = cause
		default:
			return nil, py.Errorf(py.TypeErrorType, "exception causes must derive from BaseException")
		}
		e.SuppressContext = true
	}
	return e, nil
}

// methodFast is LOAD_METHOD's shortcut: the unbound function when
// obj.name would just bind a method found on the type.
func methodFast(obj py.Value, name *py.Str) py.Value {
	typ := obj.Type()
	if typ == py.ModuleType || py.IsType(obj) || typ == py.SuperType {
		return py.Null
	}
	descr := typ.Lookup(name)
	if descr.IsNull() || !py.IsMethodDescr(descr) {
		return py.Null
	}
	if typ.User {
		if !typ.PlainAttrs() {
			return py.Null
		}
		if d := py.DictOf(obj); d != nil {
			if _, ok := d.LookupStr(name); ok {
				return py.Null
			}
		}
	}
	return descr
}

// unpackIterable implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
func unpackIterable(t *py.Thread, seq py.Value, before, after int) ([]py.Value, *py.Exception) {
	if seq.Type().Iter == nil && seq.Type().GetItem == nil {
		return nil, py.Errorf(py.TypeErrorType, "cannot unpack non-iterable %s object", py.TypeName(seq))
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	out := make([]py.Value, 0, before+1)
	for i := 0; i < before; i++ {
		v, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			if after < 0 {
				return nil, py.Errorf(py.ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, i)
			}
			return nil, py.Errorf(py.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, i)
		}
		out = append(out, v)
	}
	if after < 0 {
		_, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if ok {
			return nil, py.Errorf(py.ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		return out, nil
	}
	rest, err := py.Collect(t, it)
	if err != nil {
		return nil, err
	}
	rest = append([]py.Value(nil), rest...)
	if len(rest) < after {
		return nil, py.Errorf(py.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest))
	}
	out = append(out, py.NewList(rest[:len(rest)-after]))
	out = append(out, rest[len(rest)-after:]...)
	return out, nil
}

func importStar(t *py.Thread, m py.Value, locals *py.Dict) *py.Exception {
	if locals == nil {
		return py.Errorf(py.SystemErrorType, "no locals found during 'import *'")
	}
	var names []py.Value
	if all, err := py.GetAttrS(t, m, "__all__"); err == nil {
		names, err = py.Collect(t, all)
		if err != nil {
			return err
		}
	} else if m.Type() == py.ModuleType {
		for _, k := range py.AsModule(m).Dict.Keys() {
			if py.IsStr(k) && len(py.StrOf(k)) > 0 && py.StrOf(k)[0] != '_' {
				names = append(names, k)
			}
		}
	}
	for _, n := range names {
		if !py.IsStr(n) {
			continue
		}
		v, err := py.GetAttr(t, m, py.Intern(py.StrOf(n)))
		if err != nil {
			return err
		}
		locals.SetItem(t, n, v)
	}
	return nil
}
