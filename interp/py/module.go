package py

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
)

// Module is a module object; its namespace is Dict.
type Module struct {
	Object
	Dict *Dict
	// made by module(name) (types.ModuleType): no "(built-in)" in its repr
	made bool
}

// ModuleType is `module`.
var ModuleType = &Type{Name: "module"}

// NewModule makes a module named name with an empty namespace.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.typ = ModuleType
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// V is the module as a value.
func (m *Module) V() Value { return valueOf(unsafe.Pointer(m)) }

// AsModule returns the *Module of a module value.
func AsModule(v Value) *Module { return (*Module)(v.p) }

// Name is the module's __name__.
func (m *Module) Name() string {
	if n, ok := m.Dict.GetStr("__name__"); ok && IsStr(n) {
		return StrOf(n)
	}
	return "?"
}

// Set stores a module attribute.
func (m *Module) Set(name string, v Value) { m.Dict.SetStr(name, v) }

func initModule() {
	t := ModuleType
	t.Repr = func(_ *Thread, v Value) (string, *Exception) {
		m := AsModule(v)
		if f, ok := m.Dict.GetStr("__file__"); ok && IsStr(f) {
			return "<module '" + m.Name() + "' from '" + StrOf(f) + "'>", nil
		}
		if m.made {
			return "<module '" + m.Name() + "'>", nil
		}
		return "<module '" + m.Name() + "' (built-in)>", nil
	}
	t.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(args) < 1 || !IsStr(args[0]) {
			return Null, NewTypeError("module() argument 1 must be str")
		}
		m := NewModule(StrOf(args[0]))
		m.made = true
		if len(args) > 1 {
			m.Dict.SetStr("__doc__", args[1])
		}
		return m.V(), nil
	}
	initType(t, ObjectType)
	t.GetAttr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		if x, ok := AsModule(v).Dict.getStr(name); ok {
			return x, nil
		}
		return GenericGetAttr(t, v, name)
	}
	addMethod(t, "__dir__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return NewList(AsModule(a[0]).Dict.Keys()), nil
	})
}

// FromConstant converts a compile-time constant into a runtime value.
func FromConstant(c constant.Value) Value {
	switch c := c.(type) {
	case constant.NoneType:
		return None
	case constant.EllipsisType:
		return Ellipsis
	case constant.Bool:
		return MakeBool(bool(c))
	case constant.Int:
		return MakeBigInt(new(bigInt).Set(c.V))
	case constant.Float:
		return MakeFloat(float64(c))
	case constant.Complex:
		return MakeComplex(complex128(c))
	case constant.Str:
		return InternV(string(c))
	case constant.Bytes:
		return NewBytes([]byte(c))
	case constant.Tuple:
		items := make([]Value, len(c))
		for i, x := range c {
			items[i] = FromConstant(x)
		}
		return NewTuple(items)
	case constant.FrozenSet:
		s := NewSet(true)
		for _, x := range c {
			s.Add(nil, FromConstant(x))
		}
		return s.V()
	case *code.Code:
		return CodeValue(c)
	}
	return None
}

func strTuple(ss []string) Value {
	out := make([]Value, len(ss))
	for i, s := range ss {
		out[i] = InternV(s)
	}
	return NewTuple(out)
}

func initCode() {
	c := CodeType
	c.Repr = func(_ *Thread, v Value) (string, *Exception) { return AsCode(v).Repr(), nil }
	c.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		if b.Type() != CodeType || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		return MakeBool((AsCode(a) == AsCode(b)) == (op == EQ)), nil
	}
	c.Hash = func(_ *Thread, v Value) (int64, *Exception) {
		return int64(uintptr(unsafe.Pointer(AsCode(v)))) >> 4, nil
	}
	initType(c, ObjectType)
	get := func(name string, f func(co *code.Code) Value) {
		addGetter(c, name, func(t *Thread, v Value) (Value, *Exception) { return f(AsCode(v)), nil })
	}
	get("co_code", func(co *code.Code) Value { return NewBytes(co.Code) })
	get("co_consts", func(co *code.Code) Value {
		out := make([]Value, len(co.Consts))
		for i, k := range co.Consts {
			out[i] = FromConstant(k)
		}
		return NewTuple(out)
	})
	get("co_names", func(co *code.Code) Value { return strTuple(co.Names) })
	get("co_varnames", func(co *code.Code) Value { return strTuple(co.VarNames) })
	get("co_freevars", func(co *code.Code) Value { return strTuple(co.FreeVars) })
	get("co_cellvars", func(co *code.Code) Value { return strTuple(co.CellVars) })
	get("co_name", func(co *code.Code) Value { return NewStr(co.Name) })
	get("co_filename", func(co *code.Code) Value { return NewStr(co.Filename) })
	get("co_firstlineno", func(co *code.Code) Value { return MakeInt(int64(co.FirstLineNo)) })
	get("co_argcount", func(co *code.Code) Value { return MakeInt(int64(co.ArgCount)) })
	get("co_kwonlyargcount", func(co *code.Code) Value { return MakeInt(int64(co.KwOnlyArgCount)) })
	get("co_nlocals", func(co *code.Code) Value { return MakeInt(int64(co.NLocals)) })
	get("co_stacksize", func(co *code.Code) Value { return MakeInt(int64(co.StackSize)) })
	get("co_flags", func(co *code.Code) Value { return MakeInt(int64(co.Flags)) })
	get("co_lnotab", func(co *code.Code) Value { return NewBytes(co.Lnotab) })
}
