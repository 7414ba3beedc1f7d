package astmod

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/py"
)

// Turning Python node objects back into Go nodes, for compile(tree). The
// Go structs mirror the ASDL field for field, so the walk is by
// reflection: a Python class names a Go struct, a Python field names the
// Go field with the same letters (decorator_list ~ DecoratorList), and
// the Go field's type says how to read the Python value.

// goNodes maps a Python node class name to its Go struct type. It is
// made on the first compile(tree), not in every process's start-up.
var goNodes = sync.OnceValue(func() map[string]reflect.Type {
	goNodes := make(map[string]reflect.Type, 80)
	for _, n := range []any{
		ast.Module{}, ast.Interactive{}, ast.Expression{}, ast.Suite{},
		ast.FunctionDef{}, ast.AsyncFunctionDef{}, ast.ClassDef{}, ast.Return{}, ast.Delete{}, ast.Assign{},
		ast.AugAssign{}, ast.AnnAssign{}, ast.For{}, ast.AsyncFor{}, ast.While{}, ast.If{}, ast.With{},
		ast.AsyncWith{}, ast.Raise{}, ast.Try{}, ast.Assert{}, ast.Import{}, ast.ImportFrom{}, ast.Global{},
		ast.Nonlocal{}, ast.Pass{}, ast.Break{}, ast.Continue{},
		ast.BoolOp{}, ast.BinOp{}, ast.UnaryOp{}, ast.Lambda{}, ast.IfExp{}, ast.Dict{}, ast.Set{}, ast.ListComp{},
		ast.SetComp{}, ast.DictComp{}, ast.GeneratorExp{}, ast.Await{}, ast.Yield{}, ast.YieldFrom{}, ast.Compare{},
		ast.Call{}, ast.Num{}, ast.Str{}, ast.FormattedValue{}, ast.JoinedStr{}, ast.Bytes{}, ast.NameConstant{},
		ast.Ellipsis{}, ast.Constant{}, ast.Attribute{}, ast.Subscript{}, ast.Starred{}, ast.Name{}, ast.List{},
		ast.Tuple{}, ast.ExtSlice{}, ast.Index{},
		ast.Comprehension{}, ast.ExceptHandler{}, ast.Arguments{}, ast.Arg{}, ast.Keyword{}, ast.Alias{}, ast.WithItem{},
	} {
		t := reflect.TypeOf(n)
		goNodes[t.Name()] = t
	}
	// The two whose Go names differ from Python's, and the lower-case
	// product types.
	goNodes["Expr"] = reflect.TypeOf(ast.ExprStmt{})
	goNodes["Slice"] = reflect.TypeOf(ast.SliceExpr{})
	for _, n := range []string{"Comprehension", "ExceptHandler", "Arguments", "Arg", "Keyword", "Alias", "WithItem"} {
		goNodes[strings.ToLower(n)] = goNodes[n]
	}
	goNodes["excepthandler"] = goNodes["ExceptHandler"]
	return goNodes
})

var (
	posType   = reflect.TypeOf(ast.Pos{})
	constType = reflect.TypeOf((*constant.Value)(nil)).Elem()
)

// converter carries the thread for attribute reads.
type converter struct {
	t *py.Thread
}

type convError struct{ exc *py.Exception }

func (c *converter) fail(typ *py.Type, format string, a ...any) {
	panic(convError{py.Errorf(typ, format, a...)})
}

func (c *converter) attr(v py.Value, name string) (py.Value, bool) {
	r, err := py.GetAttrS(c.t, v, name)
	if err != nil {
		if err.Matches(py.AttributeErrorType) {
			return py.Null, false
		}
		panic(convError{err})
	}
	return r, true
}

// toGo converts the Python node v into a new Go node (a pointer).
func (c *converter) toGo(v py.Value, want string) reflect.Value {
	name := v.Type().Name
	gt, ok := goNodes()[name]
	for typ := v.Type(); !ok && typ.Base != nil; typ = typ.Base {
		gt, ok = goNodes()[typ.Base.Name]
	}
	if !ok {
		c.fail(py.TypeErrorType, "expected some sort of %s, but got %s", want, reprOf(c.t, v))
	}
	out := reflect.New(gt)
	fieldsV, _ := c.attr(v, "_fields")
	pyFields, err := py.Collect(c.t, fieldsV)
	if err != nil {
		panic(convError{err})
	}
	for _, f := range pyFields {
		fname := py.StrOf(f)
		sf, ok := goField(gt, fname)
		if !ok {
			continue
		}
		val, present := c.attr(v, fname)
		if !present {
			if optional(sf.Type) {
				continue
			}
			c.fail(py.TypeErrorType, "required field \"%s\" missing from %s", fname, name)
		}
		c.setField(out.Elem().FieldByIndex(sf.Index), val, fname, name)
		if gt.Name() == "ImportFrom" && fname == "module" {
			out.Elem().FieldByName("HasModule").SetBool(!val.IsNone())
		}
	}
	if _, ok := gt.FieldByName("Pos"); ok {
		pos := out.Elem().FieldByName("Pos")
		// Positions belong to the sum type, and CPython names it.
		owner := name
		if b := v.Type().Base; b != nil && (b.Name == "stmt" || b.Name == "expr" || b.Name == "excepthandler") {
			owner = b.Name
		}
		for _, a := range []string{"lineno", "col_offset"} {
			val, present := c.attr(v, a)
			if !present {
				c.fail(py.TypeErrorType, "required field \"%s\" missing from %s", a, owner)
			}
			n, err := py.IndexInt(c.t, val)
			if err != nil {
				panic(convError{err})
			}
			if a == "lineno" {
				pos.FieldByName("Lineno").SetInt(n)
			} else {
				pos.FieldByName("ColOffset").SetInt(n)
			}
		}
	}
	return out
}

// goField finds the Go field spelled like the Python one, ignoring case
// and underscores.
func goField(t reflect.Type, pyName string) (reflect.StructField, bool) {
	norm := strings.ReplaceAll(pyName, "_", "")
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type != posType && strings.EqualFold(f.Name, norm) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// optional reports whether a Go field may stay at its zero value when the
// Python field is absent.
func optional(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface, reflect.Ptr, reflect.Slice:
		return true
	}
	return false
}

func (c *converter) setField(dst reflect.Value, val py.Value, field, node string) {
	t := dst.Type()
	switch {
	case t == constType:
		dst.Set(reflect.ValueOf(c.constant(val)))
	case t.Kind() == reflect.String:
		switch {
		case val.IsNone():
		case py.IsStr(val):
			dst.SetString(py.StrOf(val))
		default:
			if b, ok := py.BytesOf(val); ok && node == "Bytes" {
				dst.SetString(string(b))
				return
			}
			c.fail(py.TypeErrorType, "AST string must be of type str")
		}
	case t.Kind() == reflect.Int && t.PkgPath() == "":
		if val.IsNone() {
			return
		}
		n, err := py.IndexInt(c.t, val)
		if err != nil {
			panic(convError{err})
		}
		dst.SetInt(n)
	case t.Kind() == reflect.Int:
		// An operator or context enum: the Python class name is the
		// String() of one of its values.
		name := val.Type().Name
		for i := 0; i < 16; i++ {
			e := reflect.New(t).Elem()
			e.SetInt(int64(i))
			if s, ok := e.Interface().(fmt.Stringer); ok && safeString(s) == name {
				dst.SetInt(int64(i))
				return
			}
		}
		c.fail(py.TypeErrorType, "expected some sort of %s, but got %s", strings.ToLower(t.Name()), reprOf(c.t, val))
	case t.Kind() == reflect.Slice:
		if !py.IsList(val) {
			c.fail(py.TypeErrorType, "%s field \"%s\" must be a list, not a %s", node, field, py.TypeName(val))
		}
		items := py.AsList(val).Items()
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			c.setField(s.Index(i), it, field, node)
		}
		dst.Set(s)
	case t.Kind() == reflect.Interface || t.Kind() == reflect.Ptr:
		if val.IsNone() {
			return
		}
		n := c.toGo(val, strings.ToLower(t.Name()))
		if !n.Type().AssignableTo(t) {
			c.fail(py.TypeErrorType, "expected some sort of %s, but got %s", strings.ToLower(t.Name()), reprOf(c.t, val))
		}
		dst.Set(n)
	default:
		c.fail(py.SystemErrorType, "ast: cannot convert field %s of %s", field, node)
	}
}

func safeString(s fmt.Stringer) (out string) {
	defer func() {
		if recover() != nil {
			out = ""
		}
	}()
	return s.String()
}

// constant converts a literal's Python value.
func (c *converter) constant(v py.Value) constant.Value {
	switch {
	case v.IsNone():
		return constant.None
	case v.Type() == py.EllipsisType:
		return constant.Ellipsis
	case v.IsBool():
		return constant.Bool(v.Bool())
	case py.IsIntLike(v):
		return constant.Int{V: new(big.Int).Set(py.BigOf(v))}
	case v.IsFloat():
		return constant.Float(v.Float())
	case v.Type() == py.ComplexType:
		return constant.Complex(py.ComplexOf(v))
	case py.IsStr(v):
		return constant.Str(py.StrOf(v))
	case v.Type() == py.BytesType:
		b, _ := py.BytesOf(v)
		return constant.Bytes(string(b))
	case py.IsTuple(v):
		items := py.AsTuple(v)
		out := make(constant.Tuple, len(items))
		for i, it := range items {
			out[i] = c.constant(it)
		}
		return out
	}
	c.fail(py.TypeErrorType, "got an invalid type in Constant: %s", py.TypeName(v))
	return nil
}

func reprOf(t *py.Thread, v py.Value) string {
	s, err := py.Repr(t, v)
	if err != nil {
		return "?"
	}
	return s
}
