package parser

import (
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// fileInput: (NEWLINE | stmt)* ENDMARKER
func (p *parser) fileInput() *ast.Module {
	p.push(1)
	m := &ast.Module{}
	for !p.is(token.ENDMARKER) {
		if p.is(token.NEWLINE) {
			p.next()
			continue
		}
		m.Body = p.stmt(m.Body)
	}
	return m
}

// evalInput: testlist NEWLINE* ENDMARKER
func (p *parser) evalInput() *ast.Expression {
	p.push(1)
	e := &ast.Expression{Body: p.testList(false)}
	for p.is(token.NEWLINE) {
		p.next()
	}
	p.expect(token.ENDMARKER)
	return e
}

// singleInput: NEWLINE | simple_stmt | compound_stmt NEWLINE, followed by
// nothing but blanks and comments (parsetok.c's E_BADSINGLE check).
func (p *parser) singleInput() *ast.Interactive {
	m := &ast.Interactive{}
	p.single = true
	p.push(1)
	switch {
	case p.is(token.NEWLINE):
		m.Body = []ast.Stmt{&ast.Pass{Pos: p.pos}}
		p.lastNewline, p.lastNewlineBuf = p.tok, p.bufLine
	case p.isCompound():
		// single_input holds compound_stmt directly, without stmt.
		p.depth--
		m.Body = p.stmt(nil)
		p.depth++
		// parsetok hands the parser a NEWLINE in place of an ENDMARKER
		// that follows any other token than such a NEWLINE. The
		// scanner makes that NEWLINE itself (with no text) when the last
		// line is unfinished; otherwise its ENDMARKER stands for one.
		if !p.is(token.ENDMARKER) || p.prev.Kind == token.NEWLINE && p.prev.Text == "" {
			if !p.is(token.NEWLINE) {
				p.syntaxError(false)
			}
			p.lastNewline, p.lastNewlineBuf = p.tok, p.bufLine
		}
	default:
		m.Body = p.simpleStmt(nil)
	}
	if p.lastNewline.Kind == token.NEWLINE && p.lastNewline.Text != "" {
		p.checkSingleRest()
	}
	return m
}

// checkSingleRest fails if anything but blanks and comments follows the
// newline that ended a single statement.
func (p *parser) checkSingleRest() {
	nl := p.lastNewline
	src := p.sc.Source()
	off := 0
	for l := 1; l < nl.End.Line; l++ {
		off += len(p.sc.Line(l))
	}
	off += nl.End.Col
	for i := off; i < len(src); i++ {
		switch c := src[i]; c {
		case ' ', '\t', '\n', '\f', '\r':
			continue
		case '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				return
			}
			i += j
			continue
		}
		e := &syntax.Error{Kind: "SyntaxError", Msg: "multiple statements found while compiling a single statement", Filename: p.filename}
		p.bufLine = p.lastNewlineBuf
		p.tokenPosition(e, nl)
		panic(bailout{e})
	}
}

// isCompound reports whether a compound statement starts here.
func (p *parser) isCompound() bool {
	switch p.kw {
	case kwIf, kwWhile, kwFor, kwTry, kwWith, kwDef, kwClass, kwAsync:
		return true
	}
	return p.is(token.AT)
}

// stmt: simple_stmt | compound_stmt, appended to body.
//
// On pgen's stack a compound statement is stmt, compound_stmt and the
// statement's own rule.
func (p *parser) stmt(body []ast.Stmt) []ast.Stmt {
	p.push(1)
	defer p.pop(1)
	if p.isCompound() {
		p.push(2)
		defer p.pop(2)
	}
	switch p.kw {
	case kwIf:
		return append(body, p.ifStmt())
	case kwWhile:
		return append(body, p.whileStmt())
	case kwFor:
		return append(body, p.forStmt(p.pos, false))
	case kwTry:
		return append(body, p.tryStmt())
	case kwWith:
		return append(body, p.withStmt(p.pos, false))
	case kwDef:
		return append(body, p.funcDef(p.pos, nil, false))
	case kwClass:
		return append(body, p.classDef(p.pos, nil))
	case kwAsync:
		return append(body, p.asyncStmt())
	}
	if p.is(token.AT) {
		return append(body, p.decorated())
	}
	return p.simpleStmt(body)
}

// simpleStmt: small_stmt (';' small_stmt)* [';'] NEWLINE
func (p *parser) simpleStmt(body []ast.Stmt) []ast.Stmt {
	p.push(3) // simple_stmt, small_stmt, the statement's rule
	defer p.pop(3)
	for {
		body = append(body, p.smallStmt())
		if !p.is(token.SEMI) {
			break
		}
		p.next()
		if p.is(token.NEWLINE) {
			break
		}
	}
	if !p.is(token.NEWLINE) {
		p.syntaxError(false)
	}
	p.lastNewline, p.lastNewlineBuf = p.tok, p.bufLine
	p.next()
	return body
}

// suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
func (p *parser) suite() []ast.Stmt {
	p.push(1)
	defer p.pop(1)
	if !p.is(token.NEWLINE) {
		return p.simpleStmt(nil)
	}
	p.next()
	if !p.is(token.INDENT) {
		p.syntaxError(true)
	}
	p.next()
	var body []ast.Stmt
	for !p.is(token.DEDENT) {
		body = p.stmt(body)
	}
	p.next()
	return body
}

// block parses ':' suite.
func (p *parser) block() []ast.Stmt {
	p.expect(token.COLON)
	return p.suite()
}

// smallStmt parses one small_stmt.
func (p *parser) smallStmt() ast.Stmt {
	pos := p.pos
	switch p.kw {
	case kwPass:
		p.next()
		return &ast.Pass{Pos: pos}
	case kwBreak:
		p.next()
		return &ast.Break{Pos: pos}
	case kwContinue:
		p.next()
		return &ast.Continue{Pos: pos}
	case kwDel:
		p.next()
		_, targets := p.exprlist(ast.Del)
		return &ast.Delete{Pos: pos, Targets: targets}
	case kwReturn:
		p.next()
		r := &ast.Return{Pos: pos}
		if p.startsTest() {
			r.Value = p.testList(false)
		}
		return r
	case kwRaise:
		p.next()
		r := &ast.Raise{Pos: pos}
		if p.startsTest() {
			r.Exc = p.test()
			if p.kw == kwFrom {
				p.next()
				r.Cause = p.test()
			}
		}
		return r
	case kwYield:
		return &ast.ExprStmt{Pos: pos, Value: p.yieldExpr()}
	case kwGlobal, kwNonlocal:
		global := p.kw == kwGlobal
		p.next()
		names := []string{p.name()}
		for p.is(token.COMMA) {
			p.next()
			names = append(names, p.name())
		}
		if global {
			return &ast.Global{Pos: pos, Names: names}
		}
		return &ast.Nonlocal{Pos: pos, Names: names}
	case kwAssert:
		p.next()
		a := &ast.Assert{Pos: pos, Test: p.test()}
		if p.is(token.COMMA) {
			p.next()
			a.Msg = p.test()
		}
		return a
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	}
	return p.exprStmt()
}

// augOps maps the augmented assignment tokens to their operators. An
// array indexed by kind is static data, where a map is built at every
// process start.
var augOps = [...]struct {
	op ast.Operator
	ok bool
}{
	token.PLUSEQUAL: {ast.Add, true}, token.MINEQUAL: {ast.Sub, true}, token.STAREQUAL: {ast.Mult, true},
	token.ATEQUAL: {ast.MatMult, true}, token.SLASHEQUAL: {ast.Div, true}, token.PERCENTEQUAL: {ast.Mod, true},
	token.AMPEREQUAL: {ast.BitAnd, true}, token.VBAREQUAL: {ast.BitOr, true}, token.CIRCUMFLEXEQUAL: {ast.BitXor, true},
	token.LEFTSHIFTEQUAL: {ast.LShift, true}, token.RIGHTSHIFTEQUAL: {ast.RShift, true},
	token.DOUBLESTAREQUAL: {ast.Pow, true}, token.DOUBLESLASHEQUAL: {ast.FloorDiv, true},
}

// augOp is the operator of an augmented assignment token.
func augOp(k token.Kind) (ast.Operator, bool) {
	if uint(k) < uint(len(augOps)) && augOps[k].ok {
		return augOps[k].op, true
	}
	return 0, false
}

// exprStmt: testlist_star_expr (annassign | augassign (yield_expr|testlist) |
// ('=' (yield_expr|testlist_star_expr))*)
func (p *parser) exprStmt() ast.Stmt {
	start := p.pos
	parens := p.is(token.LPAR)
	first := p.testList(true)
	switch {
	case p.is(token.COLON):
		return p.annAssign(start, first, parens)
	case p.is(token.EQUAL):
		a := &ast.Assign{Pos: start}
		e, at, isYield := first, start, false
		for p.is(token.EQUAL) {
			// What precedes '=' is a target; convert it now, as
			// ast_for_expr_stmt does before looking further.
			if isYield {
				p.astError(at, "assignment to yield expression not possible")
			} else {
				p.setContext(e, ast.Store, at)
			}
			a.Targets = append(a.Targets, e)
			p.next()
			at = p.pos
			if p.kw == kwYield {
				e, isYield = p.yieldExpr(), true
			} else {
				e, isYield = p.testList(true), false
			}
		}
		a.Value = e
		return a
	}
	if op, ok := augOp(p.tok.Kind); ok {
		p.setContext(first, ast.Store, start)
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			p.astError(start, "illegal expression for augmented assignment")
		}
		p.next()
		var value ast.Expr
		if p.kw == kwYield {
			value = p.yieldExpr()
		} else {
			value = p.testList(false)
		}
		return &ast.AugAssign{Pos: start, Target: first, Op: op, Value: value}
	}
	return &ast.ExprStmt{Pos: start, Value: first}
}

// annAssign: ':' test ['=' test] after the target.
func (p *parser) annAssign(start ast.Pos, target ast.Expr, parens bool) ast.Stmt {
	p.push(1)
	defer p.pop(1)
	simple := 0
	switch t := target.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			p.astError(start, "assignment to keyword")
		}
		t.Ctx = ast.Store
		if !parens {
			simple = 1
		}
	case *ast.Attribute:
		if t.Attr == "__debug__" {
			p.astError(start, "assignment to keyword")
		}
		t.Ctx = ast.Store
	case *ast.Subscript:
		t.Ctx = ast.Store
	case *ast.List:
		p.astError(start, "only single target (not list) can be annotated")
	case *ast.Tuple:
		p.astError(start, "only single target (not tuple) can be annotated")
	default:
		p.astError(start, "illegal target for annotation")
	}
	p.next()
	a := &ast.AnnAssign{Pos: start, Target: target, Annotation: p.test(), Simple: simple}
	if p.is(token.EQUAL) {
		p.next()
		a.Value = p.test()
	}
	return a
}

// dottedName: NAME ('.' NAME)*
func (p *parser) dottedName() string {
	s := p.name()
	for p.is(token.DOT) {
		p.next()
		s += "." + p.name()
	}
	return s
}

// importName: 'import' dotted_as_name (',' dotted_as_name)*
func (p *parser) importName() ast.Stmt {
	imp := &ast.Import{Pos: p.pos}
	p.next()
	for {
		namePos := p.pos
		a := &ast.Alias{Name: p.dottedName()}
		if p.kw == kwAs {
			p.next()
			namePos = p.pos
			a.Asname = p.name()
			p.checkBound(a.Asname, namePos)
		} else if !strings.Contains(a.Name, ".") {
			p.checkBound(a.Name, namePos)
		}
		imp.Names = append(imp.Names, a)
		if !p.is(token.COMMA) {
			return imp
		}
		p.next()
	}
}

// checkBound rejects binding __debug__ (ast.c's forbidden_name).
func (p *parser) checkBound(name string, at ast.Pos) {
	if name == "__debug__" {
		p.astError(at, "assignment to keyword")
	}
}

// importFrom: 'from' (('.' | '...')* dotted_name | ('.' | '...')+)
// 'import' ('*' | '(' import_as_names ')' | import_as_names)
func (p *parser) importFrom() ast.Stmt {
	imp := &ast.ImportFrom{Pos: p.pos}
	p.next()
	for {
		if p.is(token.DOT) {
			imp.Level++
		} else if p.is(token.ELLIPSIS) {
			imp.Level += 3
		} else {
			break
		}
		p.next()
	}
	if imp.Level == 0 || p.kw != kwImport {
		imp.Module = p.dottedName()
		imp.HasModule = true
	}
	p.expectKw(kwImport)
	switch {
	case p.is(token.STAR):
		p.next()
		imp.Names = []*ast.Alias{{Name: "*"}}
	case p.is(token.LPAR):
		p.next()
		imp.Names, _ = p.importAsNames()
		p.expect(token.RPAR)
	default:
		at := p.pos
		var trailing bool
		imp.Names, trailing = p.importAsNames()
		if trailing {
			p.astError(at, "trailing comma not allowed without surrounding parentheses")
		}
	}
	return imp
}

// importAsNames: NAME ['as' NAME] (',' NAME ['as' NAME])* [',']
func (p *parser) importAsNames() (names []*ast.Alias, trailing bool) {
	for {
		namePos := p.pos
		a := &ast.Alias{Name: p.name()}
		if p.kw == kwAs {
			p.next()
			namePos = p.pos
			a.Asname = p.name()
			p.checkBound(a.Asname, namePos)
		} else {
			p.checkBound(a.Name, namePos)
		}
		names = append(names, a)
		if !p.is(token.COMMA) {
			return names, false
		}
		p.next()
		if !p.is(token.NAME) || p.kw != kwNone {
			return names, true
		}
	}
}

// ifStmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
// Each elif becomes an If in its predecessor's orelse, at the elif.
func (p *parser) ifStmt() ast.Stmt {
	top := &ast.If{Pos: p.pos}
	p.next()
	top.Test = p.test()
	top.Body = p.block()
	cur := top
	for p.kw == kwElif {
		n := &ast.If{Pos: p.pos}
		p.next()
		n.Test = p.test()
		n.Body = p.block()
		cur.Orelse = []ast.Stmt{n}
		cur = n
	}
	if p.kw == kwElse {
		p.next()
		cur.Orelse = p.block()
	}
	return top
}

// whileStmt: 'while' test ':' suite ['else' ':' suite]
func (p *parser) whileStmt() ast.Stmt {
	w := &ast.While{Pos: p.pos}
	p.next()
	w.Test = p.test()
	w.Body = p.block()
	w.Orelse = p.elseBlock()
	return w
}

// elseBlock parses an optional 'else' ':' suite.
func (p *parser) elseBlock() []ast.Stmt {
	if p.kw != kwElse {
		return nil
	}
	p.next()
	return p.block()
}

// forStmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
func (p *parser) forStmt(pos ast.Pos, async bool) ast.Stmt {
	p.next()
	target, _ := p.exprlist(ast.Store)
	p.expectKw(kwIn)
	iter := p.testList(false)
	body := p.block()
	orelse := p.elseBlock()
	if async {
		return &ast.AsyncFor{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &ast.For{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// tryStmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite]
// ['finally' ':' suite] | 'finally' ':' suite)
func (p *parser) tryStmt() ast.Stmt {
	t := &ast.Try{Pos: p.pos}
	p.next()
	t.Body = p.block()
	if p.kw == kwFinally {
		p.next()
		t.Finalbody = p.block()
		return t
	}
	if p.kw != kwExcept {
		p.syntaxError(false)
	}
	for p.kw == kwExcept {
		h := &ast.ExceptHandler{Pos: p.pos}
		p.next()
		if !p.is(token.COLON) {
			p.push(1) // except_clause
			h.Type = p.test()
			p.depth--
			if p.kw == kwAs {
				p.next()
				at := p.pos
				h.Name = p.name()
				p.checkBound(h.Name, at)
			}
		}
		h.Body = p.block()
		t.Handlers = append(t.Handlers, h)
	}
	t.Orelse = p.elseBlock()
	if p.kw == kwFinally {
		p.next()
		t.Finalbody = p.block()
	}
	return t
}

// withStmt: 'with' with_item (',' with_item)* ':' suite
// with_item: test ['as' expr]
func (p *parser) withStmt(pos ast.Pos, async bool) ast.Stmt {
	p.next()
	var items []*ast.WithItem
	for {
		at := p.pos
		p.push(1) // with_item
		item := &ast.WithItem{ContextExpr: p.test()}
		if p.kw == kwAs {
			p.next()
			item.OptionalVars = p.expr()
			p.setContext(item.OptionalVars, ast.Store, at)
		}
		p.depth--
		items = append(items, item)
		if !p.is(token.COMMA) {
			break
		}
		p.next()
	}
	body := p.block()
	if async {
		return &ast.AsyncWith{Pos: pos, Items: items, Body: body}
	}
	return &ast.With{Pos: pos, Items: items, Body: body}
}

// funcDef: 'def' NAME parameters ['->' test] ':' suite, at pos (the
// first decorator's '@' or 'async' when there is one).
func (p *parser) funcDef(pos ast.Pos, decorators []ast.Expr, async bool) ast.Stmt {
	p.expectKw(kwDef)
	at := p.pos
	name := p.name()
	p.checkBound(name, at)
	p.expect(token.LPAR)
	args := &ast.Arguments{}
	if !p.is(token.RPAR) {
		p.push(1) // parameters
		args = p.arguments(true, token.RPAR)
		p.depth--
	}
	p.expect(token.RPAR)
	var returns ast.Expr
	if p.is(token.RARROW) {
		p.next()
		returns = p.test()
	}
	body := p.block()
	if async {
		return &ast.AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns}
	}
	return &ast.FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns}
}

// classDef: 'class' NAME ['(' [arglist] ')'] ':' suite
func (p *parser) classDef(pos ast.Pos, decorators []ast.Expr) ast.Stmt {
	p.next()
	at := p.pos
	c := &ast.ClassDef{Pos: pos, Name: p.name(), DecoratorList: decorators}
	p.checkBound(c.Name, at)
	if p.is(token.LPAR) {
		p.next()
		call := p.call(pos, nil, false)
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	c.Body = p.block()
	return c
}

// asyncStmt: ASYNC (funcdef | with_stmt | for_stmt), at the 'async'.
func (p *parser) asyncStmt() ast.Stmt {
	pos := p.pos
	p.next()
	switch p.kw {
	case kwDef:
		return p.funcDef(pos, nil, true)
	case kwWith:
		return p.withStmt(pos, true)
	case kwFor:
		return p.forStmt(pos, true)
	}
	p.syntaxError(false)
	return nil
}

// decorated: decorator+ (classdef | funcdef | async_funcdef); the
// definition sits at the first '@'.
func (p *parser) decorated() ast.Stmt {
	pos := p.pos
	var decorators []ast.Expr
	for p.is(token.AT) {
		decorators = append(decorators, p.decorator())
	}
	switch p.kw {
	case kwDef:
		return p.funcDef(pos, decorators, false)
	case kwClass:
		return p.classDef(pos, decorators)
	case kwAsync:
		p.next()
		if p.kw != kwDef {
			p.syntaxError(false)
		}
		return p.funcDef(pos, decorators, true)
	}
	p.syntaxError(false)
	return nil
}

// decorator: '@' dotted_name ['(' [arglist] ')'] NEWLINE. Every node of
// it sits at the dotted name.
func (p *parser) decorator() ast.Expr {
	p.push(2) // decorators, decorator
	defer p.pop(2)
	p.next()
	pos := p.pos
	var e ast.Expr = &ast.Name{Pos: pos, Id: p.name()}
	for p.is(token.DOT) {
		p.next()
		e = &ast.Attribute{Pos: pos, Value: e, Attr: p.name()}
	}
	if p.is(token.LPAR) {
		p.next()
		e = p.call(pos, e, true)
	}
	p.expect(token.NEWLINE)
	return e
}
