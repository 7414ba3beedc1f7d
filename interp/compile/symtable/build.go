package symtable

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
)

// Build makes the symbol table of a module, as PySymtable_BuildObject does:
// the collecting pass, then the analysis. future holds the module's
// __future__ flags (code.Future*); 3.7's symbol table does not depend on
// them. Errors are *syntax.Error with CPython 3.7's message and position
// (its offset is the node's 0-based col_offset, as 3.7 reports it; Text is
// left for the caller, which has the source).
func Build(mod ast.Root, filename string, future int) (t *Table, err error) {
	b := &builder{t: &Table{Filename: filename, Future: future, blocks: map[any]*Scope{}}}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*syntax.Error)
			if !ok {
				panic(r)
			}
			t, err = nil, e
		}
	}()
	top := b.enter("top", ModuleBlock, mod, 0, 0)
	b.t.Top = top
	switch m := mod.(type) {
	case *ast.Module:
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	case *ast.Suite:
		return nil, fmt.Errorf("this compiler does not handle Suites")
	}
	b.exit()
	if err := analyze(b.t); err != nil {
		return nil, err
	}
	return b.t, nil
}

// builder is the collecting pass's state (struct symtable).
type builder struct {
	t       *Table
	cur     *Scope
	stack   []*Scope
	private string // the enclosing class's name, for mangling
}

// fail raises a SyntaxError at (lineno, col).
func (b *builder) fail(lineno, col int, format string, args ...any) {
	panic(&syntax.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...),
		Filename: b.t.Filename, Lineno: lineno, Offset: col})
}

// enter is symtable_enter_block.
func (b *builder) enter(name string, kind BlockKind, node any, lineno, col int) *Scope {
	s := &Scope{Name: name, Kind: kind, Node: node, Lineno: lineno, ColOffset: col,
		Flags: map[string]int{}, scopes: map[string]int{}}
	if b.cur != nil {
		s.Nested = b.cur.Nested || b.cur.Kind == FunctionBlock
		b.cur.Children = append(b.cur.Children, s)
	}
	b.stack = append(b.stack, s)
	b.cur = s
	b.t.blocks[node] = s
	return s
}

// exit is symtable_exit_block.
func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	} else {
		b.cur = nil
	}
}

// lookup is symtable_lookup: the flags recorded so far for name.
func (b *builder) lookup(name string) int {
	return b.cur.Flags[Mangle(b.private, name)]
}

// addDef is symtable_add_def: record flag for name in the current block.
// A global declaration is also recorded in the module's block, which is
// how sibling functions learn of it.
func (b *builder) addDef(name string, flag int) {
	mangled := Mangle(b.private, name)
	s := b.cur
	old, seen := s.Flags[mangled]
	if seen && flag&DefParam != 0 && old&DefParam != 0 {
		b.fail(s.Lineno, s.ColOffset, "duplicate argument '%s' in function definition", name)
	}
	s.record(mangled, old|flag)
	if flag&DefParam != 0 {
		s.VarNames = append(s.VarNames, mangled)
	} else if flag&DefGlobal != 0 {
		top := b.t.Top
		top.record(mangled, top.Flags[mangled]|flag)
	}
}

// record sets a name's flags, remembering the order names first appear in.
func (s *Scope) record(name string, flags int) {
	if _, ok := s.Flags[name]; !ok {
		s.Order = append(s.Order, name)
	}
	s.Flags[name] = flags
}

// ---- statements ----

func (b *builder) stmts(body []ast.Stmt) {
	for _, s := range body {
		b.stmt(s)
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		b.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *ast.AsyncFunctionDef:
		b.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *ast.ClassDef:
		b.classDef(n)
	case *ast.Return:
		if n.Value != nil {
			b.expr(n.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.exprs(n.Targets)
	case *ast.Assign:
		b.exprs(n.Targets)
		b.expr(n.Value)
	case *ast.AnnAssign:
		b.annAssign(n)
	case *ast.AugAssign:
		b.expr(n.Target)
		b.expr(n.Value)
	case *ast.For:
		b.expr(n.Target)
		b.expr(n.Iter)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.AsyncFor:
		b.expr(n.Target)
		b.expr(n.Iter)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.While:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.If:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.Raise:
		if n.Exc != nil {
			b.expr(n.Exc)
			if n.Cause != nil {
				b.expr(n.Cause)
			}
		}
	case *ast.Try:
		// symtable.c visits the else clause before the handlers.
		b.stmts(n.Body)
		b.stmts(n.Orelse)
		for _, h := range n.Handlers {
			b.exceptHandler(h)
		}
		b.stmts(n.Finalbody)
	case *ast.Assert:
		b.expr(n.Test)
		b.optExpr(n.Msg)
	case *ast.Import:
		b.aliases(n.Names)
	case *ast.ImportFrom:
		b.aliases(n.Names)
	case *ast.Global:
		b.declare(n.Pos, n.Names, DefGlobal, "global")
	case *ast.Nonlocal:
		b.declare(n.Pos, n.Names, DefNonlocal, "nonlocal")
	case *ast.ExprStmt:
		b.expr(n.Value)
	case *ast.With:
		b.withItems(n.Items)
		b.stmts(n.Body)
	case *ast.AsyncWith:
		b.withItems(n.Items)
		b.stmts(n.Body)
	}
	// Pass, Break and Continue name nothing.
}

// functionDef handles def and async def: the name, defaults, annotations
// and decorators belong to the enclosing block, the rest to the new one.
func (b *builder) functionDef(node ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, async bool) {
	b.addDef(name, DefLocal)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(args, returns)
	b.exprs(decorators)
	pos := node.GetPos()
	s := b.enter(name, FunctionBlock, node, pos.Lineno, pos.ColOffset)
	if async {
		s.Coroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) classDef(n *ast.ClassDef) {
	b.addDef(n.Name, DefLocal)
	b.exprs(n.Bases)
	b.keywords(n.Keywords)
	b.exprs(n.DecoratorList)
	b.enter(n.Name, ClassBlock, n, n.Lineno, n.ColOffset)
	saved := b.private
	b.private = n.Name
	b.stmts(n.Body)
	b.private = saved
	b.exit()
}

// annAssign: a simple annotated name is a local (DefAnnot), and may not
// have been declared global or nonlocal in a function; other targets are
// visited as expressions. The annotation is visited in any case.
func (b *builder) annAssign(n *ast.AnnAssign) {
	if name, ok := n.Target.(*ast.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.t.Top && n.Simple != 0 {
			kind := "nonlocal"
			if cur&DefGlobal != 0 {
				kind = "global"
			}
			b.fail(n.Lineno, n.ColOffset, "annotated name '%s' can't be %s", name.Id, kind)
		}
		if n.Simple != 0 {
			b.addDef(name.Id, DefAnnot|DefLocal)
		} else if n.Value != nil {
			b.addDef(name.Id, DefLocal)
		}
	} else {
		b.expr(n.Target)
	}
	b.expr(n.Annotation)
	b.optExpr(n.Value)
}

// declare handles global and nonlocal statements.
func (b *builder) declare(pos ast.Pos, names []string, flag int, kind string) {
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + kind
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + kind + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + kind
			default:
				msg = "name '%s' is assigned to before " + kind + " declaration"
			}
			b.fail(pos.Lineno, pos.ColOffset, msg, name)
		}
		b.addDef(name, flag)
		b.cur.directives = append(b.cur.directives,
			directive{Mangle(b.private, name), pos.Lineno, pos.ColOffset})
	}
}

func (b *builder) exceptHandler(h *ast.ExceptHandler) {
	b.optExpr(h.Type)
	if h.Name != "" {
		b.addDef(h.Name, DefLocal)
	}
	b.stmts(h.Body)
}

func (b *builder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		b.optExpr(it.OptionalVars)
	}
}

// aliases binds the names an import statement stores: the first component
// of a dotted module name, or the "as" name.
func (b *builder) aliases(names []*ast.Alias) {
	for _, a := range names {
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if name == "*" {
			if b.cur.Kind != ModuleBlock {
				b.fail(b.cur.Lineno, b.cur.ColOffset, "import * only allowed at module level")
			}
			continue
		}
		if dot := strings.IndexByte(name, '.'); dot >= 0 {
			name = name[:dot]
		}
		b.addDef(name, DefImport)
	}
}

// annotations visits parameter and return annotations in the enclosing
// block, in symtable.c's order: positional, *args, **kwargs, keyword-only,
// return.
func (b *builder) annotations(a *ast.Arguments, returns ast.Expr) {
	for _, arg := range a.Args {
		b.optExpr(arg.Annotation)
	}
	if a.Vararg != nil {
		b.optExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		b.optExpr(a.Kwarg.Annotation)
	}
	for _, arg := range a.KwOnlyArgs {
		b.optExpr(arg.Annotation)
	}
	b.optExpr(returns)
}

// arguments declares the parameters in the function's own block.
func (b *builder) arguments(a *ast.Arguments) {
	for _, arg := range a.Args {
		b.addDef(arg.Arg, DefParam)
	}
	for _, arg := range a.KwOnlyArgs {
		b.addDef(arg.Arg, DefParam)
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam)
		b.cur.VarArgs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam)
		b.cur.VarKeywords = true
	}
}

func (b *builder) keywords(kws []*ast.Keyword) {
	for _, k := range kws {
		b.expr(k.Value)
	}
}
