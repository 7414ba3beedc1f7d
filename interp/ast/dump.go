package ast

import (
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/constant"
)

// Dump returns what Python 3.7's ast.dump(node) prints: the node's class
// and its fields in ASDL order, annotated, without positions.
func Dump(n any) string {
	d := dumper{}
	d.node(n)
	return d.String()
}

// DumpAttrs returns ast.dump(node, include_attributes=True): every
// positioned node also shows lineno and col_offset after its fields.
func DumpAttrs(n any) string {
	d := dumper{attrs: true}
	d.node(n)
	return d.String()
}

type dumper struct {
	strings.Builder
	attrs bool
}

// field is one name=value pair; the value is written by fn.
type field struct {
	name string
	fn   func()
}

// obj writes Class(f1=..., f2=...[, lineno=..., col_offset=...]).
func (d *dumper) obj(class string, pos *Pos, fields ...field) {
	d.WriteString(class)
	d.WriteByte('(')
	for i, f := range fields {
		if i > 0 {
			d.WriteString(", ")
		}
		d.WriteString(f.name)
		d.WriteByte('=')
		f.fn()
	}
	if d.attrs && pos != nil {
		if len(fields) > 0 {
			d.WriteString(", ")
		}
		d.WriteString("lineno=")
		d.WriteString(strconv.Itoa(pos.Lineno))
		d.WriteString(", col_offset=")
		d.WriteString(strconv.Itoa(pos.ColOffset))
	}
	d.WriteByte(')')
}

// The field value writers.

func (d *dumper) f(name string, n any) field { return field{name, func() { d.node(n) }} }

func (d *dumper) id(name, s string) field {
	return field{name, func() { d.WriteString(constant.StrRepr(s)) }}
}

// optID writes an optional identifier: None when empty.
func (d *dumper) optID(name, s string) field {
	return field{name, func() {
		if s == "" {
			d.WriteString("None")
		} else {
			d.WriteString(constant.StrRepr(s))
		}
	}}
}

func (d *dumper) num(name string, v int) field {
	return field{name, func() { d.WriteString(strconv.Itoa(v)) }}
}

func (d *dumper) val(name string, v constant.Value) field {
	return field{name, func() { d.WriteString(v.Repr()) }}
}

func (d *dumper) single(name, class string) field {
	return field{name, func() { d.WriteString(class); d.WriteString("()") }}
}

func (d *dumper) stmts(name string, l []Stmt) field {
	return field{name, func() {
		d.WriteByte('[')
		for i, s := range l {
			if i > 0 {
				d.WriteString(", ")
			}
			d.node(s)
		}
		d.WriteByte(']')
	}}
}

func (d *dumper) exprs(name string, l []Expr) field {
	return field{name, func() {
		d.WriteByte('[')
		for i, e := range l {
			if i > 0 {
				d.WriteString(", ")
			}
			d.node(e)
		}
		d.WriteByte(']')
	}}
}

func (d *dumper) names(name string, l []string) field {
	return field{name, func() {
		d.WriteByte('[')
		for i, s := range l {
			if i > 0 {
				d.WriteString(", ")
			}
			d.WriteString(constant.StrRepr(s))
		}
		d.WriteByte(']')
	}}
}

// list writes a list of product nodes (n is a slice of pointers).
func list[T any](d *dumper, name string, l []*T) field {
	return field{name, func() {
		d.WriteByte('[')
		for i, x := range l {
			if i > 0 {
				d.WriteString(", ")
			}
			d.node(x)
		}
		d.WriteByte(']')
	}}
}

// node writes any node; nil (an absent optional) is None.
func (d *dumper) node(n any) {
	switch n := n.(type) {
	case nil:
		d.WriteString("None")
	case *Arg:
		// The optional vararg and kwarg are typed nil pointers.
		if n == nil {
			d.WriteString("None")
		} else {
			d.other(n)
		}
	// mod
	case *Module:
		d.obj("Module", nil, d.stmts("body", n.Body))
	case *Interactive:
		d.obj("Interactive", nil, d.stmts("body", n.Body))
	case *Expression:
		d.obj("Expression", nil, d.f("body", n.Body))
	case *Suite:
		d.obj("Suite", nil, d.stmts("body", n.Body))
	default:
		if !d.stmt(n) && !d.expr(n) && !d.other(n) {
			d.WriteString("None")
		}
	}
}

// stmt writes a statement node, reporting whether n was one.
func (d *dumper) stmt(n any) bool {
	switch n := n.(type) {
	case *FunctionDef:
		d.obj("FunctionDef", &n.Pos, d.id("name", n.Name), d.f("args", n.Args), d.stmts("body", n.Body),
			d.exprs("decorator_list", n.DecoratorList), d.f("returns", n.Returns))
	case *AsyncFunctionDef:
		d.obj("AsyncFunctionDef", &n.Pos, d.id("name", n.Name), d.f("args", n.Args), d.stmts("body", n.Body),
			d.exprs("decorator_list", n.DecoratorList), d.f("returns", n.Returns))
	case *ClassDef:
		d.obj("ClassDef", &n.Pos, d.id("name", n.Name), d.exprs("bases", n.Bases), list(d, "keywords", n.Keywords),
			d.stmts("body", n.Body), d.exprs("decorator_list", n.DecoratorList))
	case *Return:
		d.obj("Return", &n.Pos, d.f("value", n.Value))
	case *Delete:
		d.obj("Delete", &n.Pos, d.exprs("targets", n.Targets))
	case *Assign:
		d.obj("Assign", &n.Pos, d.exprs("targets", n.Targets), d.f("value", n.Value))
	case *AugAssign:
		d.obj("AugAssign", &n.Pos, d.f("target", n.Target), d.single("op", n.Op.String()), d.f("value", n.Value))
	case *AnnAssign:
		d.obj("AnnAssign", &n.Pos, d.f("target", n.Target), d.f("annotation", n.Annotation), d.f("value", n.Value),
			d.num("simple", n.Simple))
	case *For:
		d.obj("For", &n.Pos, d.f("target", n.Target), d.f("iter", n.Iter), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *AsyncFor:
		d.obj("AsyncFor", &n.Pos, d.f("target", n.Target), d.f("iter", n.Iter), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *While:
		d.obj("While", &n.Pos, d.f("test", n.Test), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *If:
		d.obj("If", &n.Pos, d.f("test", n.Test), d.stmts("body", n.Body), d.stmts("orelse", n.Orelse))
	case *With:
		d.obj("With", &n.Pos, list(d, "items", n.Items), d.stmts("body", n.Body))
	case *AsyncWith:
		d.obj("AsyncWith", &n.Pos, list(d, "items", n.Items), d.stmts("body", n.Body))
	case *Raise:
		d.obj("Raise", &n.Pos, d.f("exc", n.Exc), d.f("cause", n.Cause))
	case *Try:
		d.obj("Try", &n.Pos, d.stmts("body", n.Body), list(d, "handlers", n.Handlers), d.stmts("orelse", n.Orelse),
			d.stmts("finalbody", n.Finalbody))
	case *Assert:
		d.obj("Assert", &n.Pos, d.f("test", n.Test), d.f("msg", n.Msg))
	case *Import:
		d.obj("Import", &n.Pos, list(d, "names", n.Names))
	case *ImportFrom:
		mod := field{"module", func() {
			if n.HasModule {
				d.WriteString(constant.StrRepr(n.Module))
			} else {
				d.WriteString("None")
			}
		}}
		d.obj("ImportFrom", &n.Pos, mod, list(d, "names", n.Names), d.num("level", n.Level))
	case *Global:
		d.obj("Global", &n.Pos, d.names("names", n.Names))
	case *Nonlocal:
		d.obj("Nonlocal", &n.Pos, d.names("names", n.Names))
	case *ExprStmt:
		d.obj("Expr", &n.Pos, d.f("value", n.Value))
	case *Pass:
		d.obj("Pass", &n.Pos)
	case *Break:
		d.obj("Break", &n.Pos)
	case *Continue:
		d.obj("Continue", &n.Pos)
	default:
		return false
	}
	return true
}

// expr writes an expression node, reporting whether n was one.
func (d *dumper) expr(n any) bool {
	switch n := n.(type) {
	case *BoolOp:
		d.obj("BoolOp", &n.Pos, d.single("op", n.Op.String()), d.exprs("values", n.Values))
	case *BinOp:
		d.obj("BinOp", &n.Pos, d.f("left", n.Left), d.single("op", n.Op.String()), d.f("right", n.Right))
	case *UnaryOp:
		d.obj("UnaryOp", &n.Pos, d.single("op", n.Op.String()), d.f("operand", n.Operand))
	case *Lambda:
		d.obj("Lambda", &n.Pos, d.f("args", n.Args), d.f("body", n.Body))
	case *IfExp:
		d.obj("IfExp", &n.Pos, d.f("test", n.Test), d.f("body", n.Body), d.f("orelse", n.Orelse))
	case *Dict:
		d.obj("Dict", &n.Pos, d.exprs("keys", n.Keys), d.exprs("values", n.Values))
	case *Set:
		d.obj("Set", &n.Pos, d.exprs("elts", n.Elts))
	case *ListComp:
		d.obj("ListComp", &n.Pos, d.f("elt", n.Elt), list(d, "generators", n.Generators))
	case *SetComp:
		d.obj("SetComp", &n.Pos, d.f("elt", n.Elt), list(d, "generators", n.Generators))
	case *DictComp:
		d.obj("DictComp", &n.Pos, d.f("key", n.Key), d.f("value", n.Value), list(d, "generators", n.Generators))
	case *GeneratorExp:
		d.obj("GeneratorExp", &n.Pos, d.f("elt", n.Elt), list(d, "generators", n.Generators))
	case *Await:
		d.obj("Await", &n.Pos, d.f("value", n.Value))
	case *Yield:
		d.obj("Yield", &n.Pos, d.f("value", n.Value))
	case *YieldFrom:
		d.obj("YieldFrom", &n.Pos, d.f("value", n.Value))
	case *Compare:
		ops := field{"ops", func() {
			d.WriteByte('[')
			for i, op := range n.Ops {
				if i > 0 {
					d.WriteString(", ")
				}
				d.WriteString(op.String())
				d.WriteString("()")
			}
			d.WriteByte(']')
		}}
		d.obj("Compare", &n.Pos, d.f("left", n.Left), ops, d.exprs("comparators", n.Comparators))
	case *Call:
		d.obj("Call", &n.Pos, d.f("func", n.Func), d.exprs("args", n.Args), list(d, "keywords", n.Keywords))
	case *Num:
		d.obj("Num", &n.Pos, d.val("n", n.N))
	case *Str:
		d.obj("Str", &n.Pos, d.val("s", constant.Str(n.S)))
	case *FormattedValue:
		d.obj("FormattedValue", &n.Pos, d.f("value", n.Value), d.num("conversion", n.Conversion), d.f("format_spec", n.FormatSpec))
	case *JoinedStr:
		d.obj("JoinedStr", &n.Pos, d.exprs("values", n.Values))
	case *Bytes:
		d.obj("Bytes", &n.Pos, d.val("s", constant.Bytes(n.S)))
	case *NameConstant:
		d.obj("NameConstant", &n.Pos, d.val("value", n.Value))
	case *Ellipsis:
		d.obj("Ellipsis", &n.Pos)
	case *Constant:
		d.obj("Constant", &n.Pos, d.val("value", n.Value))
	case *Attribute:
		d.obj("Attribute", &n.Pos, d.f("value", n.Value), d.id("attr", n.Attr), d.single("ctx", n.Ctx.String()))
	case *Subscript:
		d.obj("Subscript", &n.Pos, d.f("value", n.Value), d.f("slice", n.Slice), d.single("ctx", n.Ctx.String()))
	case *Starred:
		d.obj("Starred", &n.Pos, d.f("value", n.Value), d.single("ctx", n.Ctx.String()))
	case *Name:
		d.obj("Name", &n.Pos, d.id("id", n.Id), d.single("ctx", n.Ctx.String()))
	case *List:
		d.obj("List", &n.Pos, d.exprs("elts", n.Elts), d.single("ctx", n.Ctx.String()))
	case *Tuple:
		d.obj("Tuple", &n.Pos, d.exprs("elts", n.Elts), d.single("ctx", n.Ctx.String()))
	default:
		return false
	}
	return true
}

// other writes slices and product types, reporting whether n was one.
func (d *dumper) other(n any) bool {
	switch n := n.(type) {
	case *SliceExpr:
		d.obj("Slice", nil, d.f("lower", n.Lower), d.f("upper", n.Upper), d.f("step", n.Step))
	case *ExtSlice:
		dims := field{"dims", func() {
			d.WriteByte('[')
			for i, s := range n.Dims {
				if i > 0 {
					d.WriteString(", ")
				}
				d.node(s)
			}
			d.WriteByte(']')
		}}
		d.obj("ExtSlice", nil, dims)
	case *Index:
		d.obj("Index", nil, d.f("value", n.Value))
	case *Comprehension:
		d.obj("comprehension", nil, d.f("target", n.Target), d.f("iter", n.Iter), d.exprs("ifs", n.Ifs), d.num("is_async", n.IsAsync))
	case *ExceptHandler:
		d.obj("ExceptHandler", &n.Pos, d.f("type", n.Type), d.optID("name", n.Name), d.stmts("body", n.Body))
	case *Arguments:
		d.obj("arguments", nil, list(d, "args", n.Args), d.f("vararg", n.Vararg), list(d, "kwonlyargs", n.KwOnlyArgs),
			d.exprs("kw_defaults", n.KwDefaults), d.f("kwarg", n.Kwarg), d.exprs("defaults", n.Defaults))
	case *Arg:
		d.obj("arg", &n.Pos, d.id("arg", n.Arg), d.f("annotation", n.Annotation))
	case *Keyword:
		d.obj("keyword", nil, d.optID("arg", n.Arg), d.f("value", n.Value))
	case *Alias:
		d.obj("alias", nil, d.id("name", n.Name), d.optID("asname", n.Asname))
	case *WithItem:
		d.obj("withitem", nil, d.f("context_expr", n.ContextExpr), d.f("optional_vars", n.OptionalVars))
	default:
		return false
	}
	return true
}
