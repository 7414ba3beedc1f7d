package symtable

import (
	"github.com/bytepy/bytepy/interp/ast"
)

// The collecting pass over expressions (symtable_visit_expr).

func (b *builder) exprs(es []ast.Expr) {
	for _, e := range es {
		if e != nil { // Dict keys and keyword-only defaults hold nil
			b.expr(e)
		}
	}
}

func (b *builder) optExpr(e ast.Expr) {
	if e != nil {
		b.expr(e)
	}
}

func (b *builder) expr(e ast.Expr) {
	switch n := e.(type) {
	case *ast.BoolOp:
		b.exprs(n.Values)
	case *ast.BinOp:
		b.expr(n.Left)
		b.expr(n.Right)
	case *ast.UnaryOp:
		b.expr(n.Operand)
	case *ast.Lambda:
		b.lambda(n)
	case *ast.IfExp:
		b.expr(n.Test)
		b.expr(n.Body)
		b.expr(n.Orelse)
	case *ast.Dict:
		b.exprs(n.Keys)
		b.exprs(n.Values)
	case *ast.Set:
		b.exprs(n.Elts)
	case *ast.GeneratorExp:
		b.comprehension(n, "genexpr", n.Generators, n.Elt, nil)
	case *ast.ListComp:
		b.comprehension(n, "listcomp", n.Generators, n.Elt, nil)
	case *ast.SetComp:
		b.comprehension(n, "setcomp", n.Generators, n.Elt, nil)
	case *ast.DictComp:
		b.comprehension(n, "dictcomp", n.Generators, n.Key, n.Value)
	case *ast.Yield:
		b.optExpr(n.Value)
		b.cur.Generator = true
	case *ast.YieldFrom:
		b.expr(n.Value)
		b.cur.Generator = true
	case *ast.Await:
		// 3.7 marks the block holding an await as a coroutine, which is
		// what makes a comprehension with await an asynchronous one.
		b.expr(n.Value)
		b.cur.Coroutine = true
	case *ast.Compare:
		b.expr(n.Left)
		b.exprs(n.Comparators)
	case *ast.Call:
		b.expr(n.Func)
		b.exprs(n.Args)
		b.keywords(n.Keywords)
	case *ast.FormattedValue:
		b.expr(n.Value)
		b.optExpr(n.FormatSpec)
	case *ast.JoinedStr:
		b.exprs(n.Values)
	case *ast.Attribute:
		b.expr(n.Value)
	case *ast.Subscript:
		b.expr(n.Value)
		b.slice(n.Slice)
	case *ast.Starred:
		b.expr(n.Value)
	case *ast.Name:
		b.name(n)
	case *ast.List:
		b.exprs(n.Elts)
	case *ast.Tuple:
		b.exprs(n.Elts)
	}
	// Num, Str, Bytes, NameConstant, Ellipsis and Constant name nothing.
}

// name records a read or a binding; reading "super" inside a function also
// reads __class__, which the compiler passes to super() implicitly.
func (b *builder) name(n *ast.Name) {
	if n.Ctx == ast.Load {
		b.addDef(n.Id, Use)
		if n.Id == "super" && b.cur.Kind == FunctionBlock {
			b.addDef("__class__", Use)
		}
		return
	}
	b.addDef(n.Id, DefLocal)
}

func (b *builder) slice(s ast.Slice) {
	switch n := s.(type) {
	case *ast.SliceExpr:
		b.optExpr(n.Lower)
		b.optExpr(n.Upper)
		b.optExpr(n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			b.slice(d)
		}
	case *ast.Index:
		b.expr(n.Value)
	}
}

// lambda: defaults in the enclosing block, the rest in a block "lambda".
func (b *builder) lambda(n *ast.Lambda) {
	b.exprs(n.Args.Defaults)
	b.exprs(n.Args.KwDefaults)
	b.enter("lambda", FunctionBlock, n, n.Lineno, n.ColOffset)
	b.arguments(n.Args)
	b.expr(n.Body)
	b.exit()
}

// comprehension is symtable_handle_comprehension: the first iterable is
// evaluated outside, then a function block receives it as parameter ".0".
// A yield inside is deprecated in 3.7 (an error from 3.8 on).
func (b *builder) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, value ast.Expr) {
	outer := gens[0]
	b.expr(outer.Iter)
	pos := e.GetPos()
	s := b.enter(name, FunctionBlock, e, pos.Lineno, pos.ColOffset)
	s.Comprehension = true
	if outer.IsAsync != 0 {
		s.Coroutine = true
	}
	b.addDef(".0", DefParam)
	b.expr(outer.Target)
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.expr(g.Target)
		b.expr(g.Iter)
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			s.Coroutine = true
		}
	}
	b.optExpr(value)
	b.expr(elt)
	if s.Generator {
		what := map[string]string{"listcomp": "list comprehension", "setcomp": "set comprehension",
			"dictcomp": "dict comprehension", "genexpr": "generator expression"}[name]
		b.t.Warnings = append(b.t.Warnings, Warning{Category: "DeprecationWarning",
			Msg: "'yield' inside " + what, Lineno: s.Lineno, ColOffset: s.ColOffset})
	}
	if name == "genexpr" {
		s.Generator = true
	}
	b.exit()
}
