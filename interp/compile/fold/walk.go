package fold

import "github.com/bytepy/bytepy/interp/ast"

// This file is the traversal of ast_opt.c (astfold_stmt, astfold_expr and
// friends): every child expression is folded before its parent, in the
// order the C code visits them, and each expression slot is overwritten by
// what folding returns.

func (f *folder) stmts(body []ast.Stmt) {
	for _, s := range body {
		f.stmt(s)
	}
}

func (f *folder) exprs(es []ast.Expr) {
	for i, e := range es {
		if e != nil { // Dict keys hold nil for **d
			es[i] = f.expr(e)
		}
	}
}

// opt folds an optional expression.
func (f *folder) opt(e ast.Expr) ast.Expr {
	if e == nil {
		return nil
	}
	return f.expr(e)
}

func (f *folder) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		f.functionDef(n)
	case *ast.AsyncFunctionDef:
		f.asyncFunctionDef(n)
	case *ast.ClassDef:
		f.classDef(n)
	case *ast.Return:
		n.Value = f.opt(n.Value)
	case *ast.Delete:
		f.exprs(n.Targets)
	case *ast.Assign:
		f.exprs(n.Targets)
		n.Value = f.expr(n.Value)
	case *ast.AugAssign:
		n.Target = f.expr(n.Target)
		n.Value = f.expr(n.Value)
	case *ast.AnnAssign:
		n.Target = f.expr(n.Target)
		n.Annotation = f.expr(n.Annotation)
		n.Value = f.opt(n.Value)
	case *ast.For:
		f.forStmt(n)
	case *ast.AsyncFor:
		// ast_opt.c folds the iterable of a plain for only.
		n.Target = f.expr(n.Target)
		n.Iter = f.expr(n.Iter)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.While:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.If:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.With:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *ast.AsyncWith:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *ast.Raise:
		n.Exc = f.opt(n.Exc)
		n.Cause = f.opt(n.Cause)
	case *ast.Try:
		f.stmts(n.Body)
		for _, h := range n.Handlers {
			f.exceptHandler(h)
		}
		f.stmts(n.Orelse)
		f.stmts(n.Finalbody)
	case *ast.Assert:
		n.Test = f.expr(n.Test)
		n.Msg = f.opt(n.Msg)
	case *ast.ExprStmt:
		n.Value = f.expr(n.Value)
	}
	// Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue hold no
	// expressions.
}

func (f *folder) functionDef(n *ast.FunctionDef) {
	f.arguments(n.Args)
	f.stmts(n.Body)
	f.exprs(n.DecoratorList)
	n.Returns = f.opt(n.Returns)
}

func (f *folder) asyncFunctionDef(n *ast.AsyncFunctionDef) {
	f.arguments(n.Args)
	f.stmts(n.Body)
	f.exprs(n.DecoratorList)
	n.Returns = f.opt(n.Returns)
}

func (f *folder) classDef(n *ast.ClassDef) {
	f.exprs(n.Bases)
	f.keywords(n.Keywords)
	f.stmts(n.Body)
	f.exprs(n.DecoratorList)
}

func (f *folder) forStmt(n *ast.For) {
	n.Target = f.expr(n.Target)
	n.Iter = f.expr(n.Iter)
	f.stmts(n.Body)
	f.stmts(n.Orelse)
	n.Iter = foldIter(n.Iter)
}

func (f *folder) exceptHandler(h *ast.ExceptHandler) {
	h.Type = f.opt(h.Type)
	f.stmts(h.Body)
}

func (f *folder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		it.ContextExpr = f.expr(it.ContextExpr)
		it.OptionalVars = f.opt(it.OptionalVars)
	}
}

func (f *folder) keywords(kws []*ast.Keyword) {
	for _, k := range kws {
		k.Value = f.expr(k.Value)
	}
}

func (f *folder) arguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, arg := range a.Args {
		f.arg(arg)
	}
	f.arg(a.Vararg)
	for _, arg := range a.KwOnlyArgs {
		f.arg(arg)
	}
	f.exprs(a.KwDefaults)
	f.arg(a.Kwarg)
	f.exprs(a.Defaults)
}

func (f *folder) arg(a *ast.Arg) {
	if a != nil {
		a.Annotation = f.opt(a.Annotation)
	}
}

func (f *folder) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		g.Target = f.expr(g.Target)
		g.Iter = f.expr(g.Iter)
		f.exprs(g.Ifs)
		g.Iter = foldIter(g.Iter)
	}
}

func (f *folder) slice(s ast.Slice) {
	switch n := s.(type) {
	case *ast.SliceExpr:
		n.Lower = f.opt(n.Lower)
		n.Upper = f.opt(n.Upper)
		n.Step = f.opt(n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			f.slice(d)
		}
	case *ast.Index:
		n.Value = f.expr(n.Value)
	}
}

// expr folds e's children, then e itself, and returns what takes its place.
func (f *folder) expr(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.BoolOp:
		f.exprs(n.Values)
	case *ast.BinOp:
		return f.binOp(n)
	case *ast.UnaryOp:
		return f.unaryOp(n)
	case *ast.Lambda:
		f.arguments(n.Args)
		n.Body = f.expr(n.Body)
	case *ast.IfExp:
		n.Test = f.expr(n.Test)
		n.Body = f.expr(n.Body)
		n.Orelse = f.expr(n.Orelse)
	case *ast.Dict:
		f.exprs(n.Keys)
		f.exprs(n.Values)
	case *ast.Set:
		f.exprs(n.Elts)
	case *ast.ListComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.SetComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.DictComp:
		n.Key = f.expr(n.Key)
		n.Value = f.expr(n.Value)
		f.comprehensions(n.Generators)
	case *ast.GeneratorExp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.Await:
		n.Value = f.expr(n.Value)
	case *ast.Yield:
		n.Value = f.opt(n.Value)
	case *ast.YieldFrom:
		n.Value = f.expr(n.Value)
	case *ast.Compare:
		f.compare(n)
	case *ast.Call:
		n.Func = f.expr(n.Func)
		f.exprs(n.Args)
		f.keywords(n.Keywords)
	case *ast.FormattedValue:
		n.Value = f.expr(n.Value)
		n.FormatSpec = f.opt(n.FormatSpec)
	case *ast.JoinedStr:
		f.exprs(n.Values)
	case *ast.Attribute:
		n.Value = f.expr(n.Value)
	case *ast.Subscript:
		return f.subscript(n)
	case *ast.Starred:
		n.Value = f.expr(n.Value)
	case *ast.List:
		f.exprs(n.Elts)
	case *ast.Tuple:
		return f.tuple(n)
	case *ast.Name:
		return f.name(n)
	}
	return e
}
