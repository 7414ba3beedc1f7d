package compile

import (
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// unparse is _PyAST_ExprAsUnicode (3.7's Python/ast_unparse.c), which
// "from __future__ import annotations" uses to store each annotation as its
// source text: operators spaced, parentheses only where precedence needs
// them.
func unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedence levels, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // the first of the expr levels
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

type unparser struct{ b strings.Builder }

func (u *unparser) s(s string) { u.b.WriteString(s) }

func (u *unparser) paren(cond bool, s string) {
	if cond {
		u.s(s)
	}
}

var binOpText = [...]struct {
	text string
	pr   int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm},
	ast.MatMult: {" @ ", prTerm}, ast.Div: {" / ", prTerm}, ast.Mod: {" % ", prTerm},
	ast.LShift: {" << ", prShift}, ast.RShift: {" >> ", prShift}, ast.BitOr: {" | ", prBor},
	ast.BitXor: {" ^ ", prBxor}, ast.BitAnd: {" & ", prBand}, ast.FloorDiv: {" // ", prTerm},
	ast.Pow: {" ** ", prPower},
}

var cmpText = [...]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
	ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == ast.Or {
			op, pr = " or ", prOr
		}
		u.paren(level > pr, "(")
		for i, v := range e.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, pr+1)
		}
		u.paren(level > pr, ")")
	case *ast.BinOp:
		t := binOpText[e.Op]
		rassoc := 0
		if e.Op == ast.Pow {
			rassoc = 1
		}
		u.paren(level > t.pr, "(")
		u.expr(e.Left, t.pr+rassoc)
		u.s(t.text)
		u.expr(e.Right, t.pr+1-rassoc)
		u.paren(level > t.pr, ")")
	case *ast.UnaryOp:
		op, pr := "", prFactor
		switch e.Op {
		case ast.Invert:
			op = "~"
		case ast.Not:
			op, pr = "not ", prNot
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.paren(level > pr, "(")
		u.s(op)
		u.expr(e.Operand, pr)
		u.paren(level > pr, ")")
	case *ast.Lambda:
		u.paren(level > prTest, "(")
		if len(e.Args.Args) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		u.args(e.Args)
		u.s(": ")
		u.expr(e.Body, prTest)
		u.paren(level > prTest, ")")
	case *ast.IfExp:
		u.paren(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Orelse, prTest)
		u.paren(level > prTest, ")")
	case *ast.Dict:
		u.s("{")
		for i := range e.Values {
			if i > 0 {
				u.s(", ")
			}
			if e.Keys[i] != nil {
				u.expr(e.Keys[i], prTest)
				u.s(": ")
				u.expr(e.Values[i], prTest)
			} else {
				u.s("**")
				u.expr(e.Values[i], prBor)
			}
		}
		u.s("}")
	case *ast.Set:
		u.s("{")
		u.seq(e.Elts)
		u.s("}")
	case *ast.GeneratorExp:
		u.s("(")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s(")")
	case *ast.ListComp:
		u.s("[")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s("]")
	case *ast.SetComp:
		u.s("{")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s("}")
	case *ast.DictComp:
		u.s("{")
		u.expr(e.Key, prTest)
		u.s(": ")
		u.expr(e.Value, prTest)
		u.comprehensions(e.Generators)
		u.s("}")
	case *ast.Yield:
		if e.Value == nil {
			u.s("(yield)")
			return
		}
		u.s("(yield ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.YieldFrom:
		u.s("(yield from ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.Await:
		u.paren(level > prAwait, "(")
		u.s("await ")
		u.expr(e.Value, prAtom)
		u.paren(level > prAwait, ")")
	case *ast.Compare:
		u.paren(level > prCmp, "(")
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.s(cmpText[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.paren(level > prCmp, ")")
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.s("(")
		first := true
		for _, a := range e.Args {
			if !first {
				u.s(", ")
			}
			first = false
			u.expr(a, prTest)
		}
		for _, kw := range e.Keywords {
			if !first {
				u.s(", ")
			}
			first = false
			if kw.Arg == "" {
				u.s("**")
			} else {
				u.s(kw.Arg)
				u.s("=")
			}
			u.expr(kw.Value, prTest)
		}
		u.s(")")
	case *ast.Constant:
		u.constant(e.Value)
	case *ast.Num:
		u.constant(e.N)
	case *ast.Str:
		u.s(constant.StrRepr(e.S))
	case *ast.Bytes:
		u.s(constant.BytesRepr(e.S))
	case *ast.Ellipsis:
		u.s("...")
	case *ast.NameConstant:
		u.s(e.Value.Repr())
	case *ast.JoinedStr:
		u.s("f")
		u.s(constant.StrRepr(fstringBody(e.Values, false)))
	case *ast.FormattedValue:
		var b unparser
		b.formattedValue(e)
		u.s(b.b.String())
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		// An int needs a space before the dot to stay an int.
		period := "."
		switch v := e.Value.(type) {
		case *ast.Num:
			if _, ok := v.N.(constant.Int); ok {
				period = " ."
			}
		case *ast.Constant:
			if _, ok := v.Value.(constant.Int); ok {
				period = " ."
			}
		}
		u.s(period)
		u.s(e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.s("[")
		u.slice(e.Slice)
		u.s("]")
	case *ast.Starred:
		u.s("*")
		u.expr(e.Value, prBor)
	case *ast.Name:
		u.s(e.Id)
	case *ast.List:
		u.s("[")
		u.seq(e.Elts)
		u.s("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.paren(level > prTuple, "(")
		u.seq(e.Elts)
		if len(e.Elts) == 1 {
			u.s(",")
		}
		u.paren(level > prTuple, ")")
	}
}

func (u *unparser) constant(v constant.Value) {
	if v == constant.Ellipsis {
		u.s("...")
		return
	}
	u.s(v.Repr())
}

func (u *unparser) seq(es []ast.Expr) {
	for i, e := range es {
		if i > 0 {
			u.s(", ")
		}
		u.expr(e, prTest)
	}
}

func (u *unparser) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.s(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

func (u *unparser) slice(s ast.Slice) {
	switch s := s.(type) {
	case *ast.SliceExpr:
		if s.Lower != nil {
			u.expr(s.Lower, prTest)
		}
		u.s(":")
		if s.Upper != nil {
			u.expr(s.Upper, prTest)
		}
		if s.Step != nil {
			u.s(":")
			u.expr(s.Step, prTest)
		}
	case *ast.ExtSlice:
		for i, d := range s.Dims {
			if i > 0 {
				u.s(", ")
			}
			u.slice(d)
		}
		if len(s.Dims) == 1 {
			u.s(",")
		}
	case *ast.Index:
		u.expr(s.Value, prTuple)
	}
}

func (u *unparser) arg(a *ast.Arg) {
	u.s(a.Arg)
	if a.Annotation != nil {
		u.s(": ")
		u.expr(a.Annotation, prTest)
	}
}

func (u *unparser) args(a *ast.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.s(", ")
		}
		first = false
	}
	for i, arg := range a.Args {
		sep()
		u.arg(arg)
		if di := i - len(a.Args) + len(a.Defaults); di >= 0 {
			u.s("=")
			u.expr(a.Defaults[di], prTest)
		}
	}
	if a.Vararg != nil || len(a.KwOnlyArgs) > 0 {
		sep()
		u.s("*")
		if a.Vararg != nil {
			u.arg(a.Vararg)
		}
	}
	for i, arg := range a.KwOnlyArgs {
		sep()
		u.arg(arg)
		if di := i - len(a.KwOnlyArgs) + len(a.KwDefaults); di >= 0 && a.KwDefaults[di] != nil {
			u.s("=")
			u.expr(a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.s("**")
		u.arg(a.Kwarg)
	}
}

// fstringBody is build_fstring_body: the text between the quotes, literal
// braces doubled.
func fstringBody(values []ast.Expr, isFormatSpec bool) string {
	var u unparser
	for _, v := range values {
		u.fstringElement(v, isFormatSpec)
	}
	return u.b.String()
}

func (u *unparser) fstringElement(e ast.Expr, isFormatSpec bool) {
	switch e := e.(type) {
	case *ast.Str:
		u.s(strings.NewReplacer("{", "{{", "}", "}}").Replace(e.S))
	case *ast.Constant:
		if s, ok := e.Value.(constant.Str); ok {
			u.s(strings.NewReplacer("{", "{{", "}", "}}").Replace(string(s)))
		}
	case *ast.JoinedStr:
		if isFormatSpec {
			u.s(fstringBody(e.Values, true))
		} else {
			u.s("f")
			u.s(constant.StrRepr(fstringBody(e.Values, false)))
		}
	case *ast.FormattedValue:
		u.formattedValue(e)
	}
}

func (u *unparser) formattedValue(e *ast.FormattedValue) {
	var inner unparser
	inner.expr(e.Value, prTest+1)
	text := inner.b.String()
	if strings.HasPrefix(text, "{") {
		u.s("{ ")
	} else {
		u.s("{")
	}
	u.s(text)
	switch e.Conversion {
	case 'a':
		u.s("!a")
	case 'r':
		u.s("!r")
	case 's':
		u.s("!s")
	}
	if e.FormatSpec != nil {
		u.s(":")
		u.fstringElement(e.FormatSpec, true)
	}
	u.s("}")
}
