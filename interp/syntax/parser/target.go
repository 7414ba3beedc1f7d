package parser

import "github.com/bytepy/bytepy/interp/ast"

// setContext re-interprets an expression parsed as a load as the target
// of an assignment or del (ast.c's set_context): names, attributes,
// subscripts, starred and list/tuple displays of them take ctx; anything
// else is an error reported at at, the start of the whole target.
func (p *parser) setContext(e ast.Expr, ctx ast.ExprContext, at ast.Pos) {
	var what string
	switch n := e.(type) {
	case *ast.Name:
		if ctx == ast.Store && n.Id == "__debug__" {
			p.astError(at, "assignment to keyword")
		}
		n.Ctx = ctx
		return
	case *ast.Attribute:
		if ctx == ast.Store && n.Attr == "__debug__" {
			p.astError(at, "assignment to keyword")
		}
		n.Ctx = ctx
		return
	case *ast.Subscript:
		n.Ctx = ctx
		return
	case *ast.Starred:
		n.Ctx = ctx
		p.setContext(n.Value, ctx, at)
		return
	case *ast.List:
		n.Ctx = ctx
		for _, elt := range n.Elts {
			p.setContext(elt, ctx, at)
		}
		return
	case *ast.Tuple:
		n.Ctx = ctx
		for _, elt := range n.Elts {
			p.setContext(elt, ctx, at)
		}
		return
	case *ast.Lambda:
		what = "lambda"
	case *ast.Call:
		what = "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		what = "operator"
	case *ast.GeneratorExp:
		what = "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		what = "yield expression"
	case *ast.Await:
		what = "await expression"
	case *ast.ListComp:
		what = "list comprehension"
	case *ast.SetComp:
		what = "set comprehension"
	case *ast.DictComp:
		what = "dict comprehension"
	case *ast.Dict, *ast.Set, *ast.Num, *ast.Str, *ast.Bytes, *ast.JoinedStr, *ast.FormattedValue:
		what = "literal"
	case *ast.NameConstant:
		what = "keyword"
	case *ast.Ellipsis:
		what = "Ellipsis"
	case *ast.Compare:
		what = "comparison"
	case *ast.IfExp:
		what = "conditional expression"
	default:
		what = "expression"
	}
	verb := "assign to"
	if ctx == ast.Del {
		verb = "delete"
	}
	p.astError(at, "can't "+verb+" "+what)
}
