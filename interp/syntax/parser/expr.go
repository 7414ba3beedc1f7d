package parser

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/syntax/scanner"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// startsExpr reports whether the current token can begin an expr (the
// grammar's FIRST(expr)): how list rules decide, after a comma, whether
// another element follows.
func (p *parser) startsExpr() bool {
	switch p.tok.Kind {
	case token.NAME:
		switch p.kw {
		case kwNone, kwAwait, kwNoneLit, kwTrue, kwFalse:
			return true
		}
		return false
	case token.NUMBER, token.STRING, token.LPAR, token.LSQB, token.LBRACE,
		token.MINUS, token.PLUS, token.TILDE, token.ELLIPSIS:
		return true
	}
	return false
}

// startsTest is FIRST(test): an expr, or lambda, or not.
func (p *parser) startsTest() bool {
	return p.kw == kwLambda || p.kw == kwNot || p.startsExpr()
}

// test: or_test ['if' or_test 'else' test] | lambdef
func (p *parser) test() ast.Expr {
	p.push(1)
	e := p.testBody()
	p.depth--
	return e
}

func (p *parser) testBody() ast.Expr {
	if p.kw == kwLambda {
		return p.lambdef(false)
	}
	start := p.pos
	body := p.orTest()
	if p.kw != kwIf {
		return body
	}
	p.next()
	cond := p.orTest()
	p.expectKw(kwElse)
	orelse := p.test()
	return &ast.IfExp{Pos: start, Test: cond, Body: body, Orelse: orelse}
}

// testNoCond: or_test | lambdef_nocond
func (p *parser) testNoCond() ast.Expr {
	p.push(1)
	var e ast.Expr
	if p.kw == kwLambda {
		e = p.lambdef(true)
	} else {
		e = p.orTest()
	}
	p.depth--
	return e
}

// lambdef: 'lambda' [varargslist] ':' test
func (p *parser) lambdef(noCond bool) ast.Expr {
	p.push(1)
	defer p.pop(1)
	pos := p.pos
	p.next()
	args := &ast.Arguments{}
	if !p.is(token.COLON) {
		args = p.arguments(false, token.COLON)
	}
	p.expect(token.COLON)
	var body ast.Expr
	if noCond {
		body = p.testNoCond()
	} else {
		body = p.test()
	}
	return &ast.Lambda{Pos: pos, Args: args, Body: body}
}

// orTest: and_test ('or' and_test)*. It enters the chain of rules down
// to atom that pgen pushes as one: or_test, and_test, not_test,
// comparison, expr, xor_expr, and_expr, shift_expr, arith_expr, term,
// factor, power, atom_expr, atom.
func (p *parser) orTest() ast.Expr {
	p.push(14)
	e := p.orTestBody()
	p.depth -= 14
	return e
}

func (p *parser) orTestBody() ast.Expr {
	start := p.pos
	e := p.andTest()
	if p.kw != kwOr {
		return e
	}
	values := []ast.Expr{e}
	for p.kw == kwOr {
		p.next()
		values = append(values, p.andTest())
	}
	return &ast.BoolOp{Pos: start, Op: ast.Or, Values: values}
}

// andTest: not_test ('and' not_test)*
func (p *parser) andTest() ast.Expr {
	start := p.pos
	e := p.notTest()
	if p.kw != kwAnd {
		return e
	}
	values := []ast.Expr{e}
	for p.kw == kwAnd {
		p.next()
		values = append(values, p.notTest())
	}
	return &ast.BoolOp{Pos: start, Op: ast.And, Values: values}
}

// notTest: 'not' not_test | comparison
func (p *parser) notTest() ast.Expr {
	if p.kw == kwNot {
		pos := p.pos
		p.next()
		p.push(1)
		operand := p.notTest()
		p.depth--
		return &ast.UnaryOp{Pos: pos, Op: ast.Not, Operand: operand}
	}
	return p.comparison()
}

// compOp reads a comparison operator if one is next.
func (p *parser) compOp() (ast.CmpOp, bool) {
	var op ast.CmpOp
	switch p.tok.Kind {
	case token.LESS:
		op = ast.Lt
	case token.GREATER:
		op = ast.Gt
	case token.EQEQUAL:
		op = ast.Eq
	case token.GREATEREQUAL:
		op = ast.GtE
	case token.LESSEQUAL:
		op = ast.LtE
	case token.NOTEQUAL:
		// parsetok.c rejects the spelling that the barry_as_FLUFL flag
		// does not allow, as a syntax error at the token. (As in CPython
		// 3.7, only compile()'s flag counts: a `from __future__ import
		// barry_as_FLUFL` in the source does not reach the parser.)
		if p.tok.Text == "<>" && !p.barry {
			p.syntaxError(false)
		}
		if p.tok.Text != "<>" && p.barry {
			p.failAt("with Barry as BDFL, use '<>' instead of '!='")
		}
		op = ast.NotEq
	case token.NAME:
		switch p.kw {
		case kwIn:
			p.next()
			return ast.In, true
		case kwIs:
			p.next()
			if p.kw == kwNot {
				p.next()
				return ast.IsNot, true
			}
			return ast.Is, true
		case kwNot:
			p.next()
			p.expectKw(kwIn)
			return ast.NotIn, true
		}
		return 0, false
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// comparison: expr (comp_op expr)*
func (p *parser) comparison() ast.Expr {
	start := p.pos
	e := p.binary(levelOr)
	op, ok := p.compOp()
	if !ok {
		return e
	}
	c := &ast.Compare{Pos: start, Left: e}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.binary(levelOr))
		op, ok = p.compOp()
	}
	return c
}

// The binary operator levels, loosest first, down to factor.
const (
	levelOr = iota
	levelXor
	levelAnd
	levelShift
	levelArith
	levelTerm
	levelFactor
)

// binaryOp maps the current token to the operator of level, if it is one.
func binaryOp(k token.Kind, level int) (ast.Operator, bool) {
	switch level {
	case levelOr:
		return ast.BitOr, k == token.VBAR
	case levelXor:
		return ast.BitXor, k == token.CIRCUMFLEX
	case levelAnd:
		return ast.BitAnd, k == token.AMPER
	case levelShift:
		switch k {
		case token.LEFTSHIFT:
			return ast.LShift, true
		case token.RIGHTSHIFT:
			return ast.RShift, true
		}
	case levelArith:
		switch k {
		case token.PLUS:
			return ast.Add, true
		case token.MINUS:
			return ast.Sub, true
		}
	case levelTerm:
		switch k {
		case token.STAR:
			return ast.Mult, true
		case token.SLASH:
			return ast.Div, true
		case token.PERCENT:
			return ast.Mod, true
		case token.DOUBLESLASH:
			return ast.FloorDiv, true
		case token.AT:
			return ast.MatMult, true
		}
	}
	return 0, false
}

// expr: xor_expr ('|' xor_expr)*, entered from outside the test chain:
// expr down to atom is ten rules deep.
func (p *parser) expr() ast.Expr {
	p.push(10)
	e := p.binary(levelOr)
	p.depth -= 10
	return e
}

// binary parses one left-associative operator level. As ast_for_binop
// does, the first BinOp of a chain sits at the chain's first token and
// every later one at its operator.
func (p *parser) binary(level int) ast.Expr {
	if level == levelFactor {
		return p.factor()
	}
	pos := p.pos
	left := p.binary(level + 1)
	for first := true; ; first = false {
		op, ok := binaryOp(p.tok.Kind, level)
		if !ok {
			return left
		}
		if !first {
			pos = p.pos
		}
		p.next()
		right := p.binary(level + 1)
		left = &ast.BinOp{Pos: pos, Left: left, Op: op, Right: right}
	}
}

// factor: ('+'|'-'|'~') factor | power
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOpKind
	switch p.tok.Kind {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	pos := p.pos
	p.next()
	p.push(1)
	operand := p.factor()
	p.depth--
	return &ast.UnaryOp{Pos: pos, Op: op, Operand: operand}
}

// power: atom_expr ['**' factor]
func (p *parser) power() ast.Expr {
	start := p.pos
	e := p.atomExpr()
	if !p.is(token.DOUBLESTAR) {
		return e
	}
	p.next()
	// The base's atom_expr and atom are done; the exponent's factor and
	// power take their places, so each ** nests two rules deeper.
	p.push(2)
	right := p.factor()
	p.depth -= 2
	return &ast.BinOp{Pos: start, Left: e, Op: ast.Pow, Right: right}
}

// atomExpr: [AWAIT] atom trailer*
func (p *parser) atomExpr() ast.Expr {
	if p.kw == kwAwait {
		pos := p.pos
		p.next()
		return &ast.Await{Pos: pos, Value: p.trailers(p.atom())}
	}
	return p.trailers(p.atom())
}

// trailers applies trailer*: every Call, Subscript and Attribute takes
// the position of the atom's expression (ast_for_atom_expr).
func (p *parser) trailers(e ast.Expr) ast.Expr {
	pos := e.GetPos()
	for {
		switch p.tok.Kind {
		case token.LPAR:
			p.next()
			e = p.call(pos, e, true)
		case token.LSQB:
			p.next()
			p.push(2) // subscriptlist, subscript
			s := p.subscriptList()
			p.depth -= 2
			p.expect(token.RSQB)
			e = &ast.Subscript{Pos: pos, Value: e, Slice: s}
		case token.DOT:
			p.next()
			e = &ast.Attribute{Pos: pos, Value: e, Attr: p.name()}
		default:
			return e
		}
	}
}

// atom parses one atom.
func (p *parser) atom() ast.Expr {
	pos := p.pos
	switch p.tok.Kind {
	case token.NAME:
		var v constant.Value
		switch p.kw {
		case kwNone:
			e := &ast.Name{Pos: pos, Id: identifier(p.tok.Text)}
			p.next()
			return e
		case kwNoneLit:
			v = constant.None
		case kwTrue:
			v = constant.Bool(true)
		case kwFalse:
			v = constant.Bool(false)
		default:
			p.syntaxError(false)
		}
		p.next()
		return &ast.NameConstant{Pos: pos, Value: v}
	case token.NUMBER:
		v, err := scanner.ParseNumber(p.tok.Text)
		if err != nil {
			p.astError(pos, err.Error())
			v = constant.NewInt(0)
		}
		p.next()
		return &ast.Num{Pos: pos, N: v}
	case token.STRING:
		return p.strings()
	case token.ELLIPSIS:
		p.next()
		return &ast.Ellipsis{Pos: pos}
	case token.LPAR:
		p.next()
		if p.is(token.RPAR) {
			p.next()
			return &ast.Tuple{Pos: pos}
		}
		var e ast.Expr
		if p.kw == kwYield {
			e = p.yieldExpr()
		} else {
			p.push(1)
			e = p.testlistComp(false, pos)
			p.depth--
		}
		p.expect(token.RPAR)
		return e
	case token.LSQB:
		p.next()
		if p.is(token.RSQB) {
			p.next()
			return &ast.List{Pos: pos}
		}
		p.push(1)
		e := p.testlistComp(true, pos)
		p.depth--
		p.expect(token.RSQB)
		return e
	case token.LBRACE:
		p.next()
		p.push(1)
		e := p.dictOrSet(pos)
		p.depth--
		return e
	}
	p.syntaxError(false)
	return nil
}

// testOrStar: test | star_expr
func (p *parser) testOrStar() ast.Expr {
	if p.is(token.STAR) {
		return p.starExpr()
	}
	return p.test()
}

// starExpr: '*' expr
func (p *parser) starExpr() ast.Expr {
	pos := p.pos
	p.next()
	p.push(1)
	v := p.expr()
	p.depth--
	return &ast.Starred{Pos: pos, Value: v}
}

// startsComp reports whether a comp_for begins here.
func (p *parser) startsComp() bool { return p.kw == kwFor || p.kw == kwAsync }

// testlistComp: (test|star_expr) ( comp_for | (',' (test|star_expr))* [','] )
// inside () or []; open is the bracket's position.
func (p *parser) testlistComp(list bool, open ast.Pos) ast.Expr {
	start := p.pos
	first := p.testOrStar()
	if p.startsComp() {
		p.checkCompElt(first, start)
		gens := p.compFor()
		if list {
			return &ast.ListComp{Pos: start, Elt: first, Generators: gens}
		}
		return &ast.GeneratorExp{Pos: start, Elt: first, Generators: gens}
	}
	if !p.is(token.COMMA) {
		if list {
			return &ast.List{Pos: open, Elts: []ast.Expr{first}}
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.is(token.COMMA) {
		p.next()
		if !p.startsTest() && !p.is(token.STAR) {
			break
		}
		elts = append(elts, p.testOrStar())
	}
	if list {
		return &ast.List{Pos: open, Elts: elts}
	}
	return &ast.Tuple{Pos: start, Elts: elts}
}

// checkCompElt rejects *x as a comprehension's element, as ast_for_itercomp does.
func (p *parser) checkCompElt(e ast.Expr, at ast.Pos) {
	if _, ok := e.(*ast.Starred); ok {
		p.astError(at, "iterable unpacking cannot be used in comprehension")
	}
}

// dictOrSet parses what follows '{' (open is its position).
func (p *parser) dictOrSet(open ast.Pos) ast.Expr {
	if p.is(token.RBRACE) {
		p.next()
		return &ast.Dict{Pos: open}
	}
	start := p.pos
	var key, value ast.Expr
	switch {
	case p.is(token.STAR):
		return p.setRest(open, start, p.starExpr())
	case p.is(token.DOUBLESTAR):
		p.next()
		value = p.expr()
	default:
		key = p.test()
		if !p.is(token.COLON) {
			return p.setRest(open, start, key)
		}
		p.next()
		value = p.test()
	}
	if p.startsComp() {
		if key == nil {
			p.astError(open, "dict unpacking cannot be used in dict comprehension")
		}
		gens := p.compFor()
		p.expect(token.RBRACE)
		return &ast.DictComp{Pos: open, Key: key, Value: value, Generators: gens}
	}
	d := &ast.Dict{Pos: open, Keys: []ast.Expr{key}, Values: []ast.Expr{value}}
	for p.is(token.COMMA) {
		p.next()
		if p.is(token.RBRACE) {
			break
		}
		if p.is(token.DOUBLESTAR) {
			p.next()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.expr())
			continue
		}
		d.Keys = append(d.Keys, p.test())
		p.expect(token.COLON)
		d.Values = append(d.Values, p.test())
	}
	p.expect(token.RBRACE)
	return d
}

// setRest finishes a set display or set comprehension after its first element.
func (p *parser) setRest(open, start ast.Pos, first ast.Expr) ast.Expr {
	if p.startsComp() {
		p.checkCompElt(first, start)
		gens := p.compFor()
		p.expect(token.RBRACE)
		return &ast.SetComp{Pos: open, Elt: first, Generators: gens}
	}
	s := &ast.Set{Pos: open, Elts: []ast.Expr{first}}
	for p.is(token.COMMA) {
		p.next()
		if !p.startsTest() && !p.is(token.STAR) {
			break
		}
		s.Elts = append(s.Elts, p.testOrStar())
	}
	p.expect(token.RBRACE)
	return s
}

// compFor: [ASYNC] 'for' exprlist 'in' or_test [comp_iter], with the
// comp_ifs that follow each for attached to it.
//
// Each clause nests inside the one before (comp_iter), so pgen's stack
// grows with every clause until the last.
func (p *parser) compFor() []*ast.Comprehension {
	var gens []*ast.Comprehension
	nested := 0
	for p.startsComp() {
		w := 2 // comp_for, sync_comp_for
		if nested > 0 {
			w = 3 // comp_iter too
		}
		p.push(w)
		nested += w
		c := &ast.Comprehension{}
		if p.kw == kwAsync {
			p.next()
			c.IsAsync = 1
		}
		p.expectKw(kwFor)
		c.Target, _ = p.exprlist(ast.Store)
		p.expectKw(kwIn)
		c.Iter = p.orTest()
		for p.kw == kwIf {
			p.push(2) // comp_iter, comp_if
			nested += 2
			p.next()
			c.Ifs = append(c.Ifs, p.testNoCond())
		}
		gens = append(gens, c)
	}
	p.depth -= nested
	return gens
}

// exprlist: (expr|star_expr) (',' (expr|star_expr))* [','] as a target in
// ctx. It returns the single element, or a Tuple at the first element's
// position when there is a comma, and the elements themselves.
func (p *parser) exprlist(ctx ast.ExprContext) (ast.Expr, []ast.Expr) {
	p.push(1)
	defer p.pop(1)
	var elts []ast.Expr
	comma := false
	for {
		at := p.pos
		var e ast.Expr
		if p.is(token.STAR) {
			e = p.starExpr()
		} else {
			e = p.expr()
		}
		p.setContext(e, ctx, at)
		elts = append(elts, e)
		if !p.is(token.COMMA) {
			break
		}
		comma = true
		p.next()
		if !p.startsExpr() && !p.is(token.STAR) {
			break
		}
	}
	if !comma {
		return elts[0], elts
	}
	return &ast.Tuple{Pos: elts[0].GetPos(), Elts: elts, Ctx: ctx}, elts
}

// testList: test (',' test)* [','], or testlist_star_expr when star is set.
func (p *parser) testList(star bool) ast.Expr {
	p.push(1)
	defer p.pop(1)
	start := p.pos
	var first ast.Expr
	if star {
		first = p.testOrStar()
	} else {
		first = p.test()
	}
	if !p.is(token.COMMA) {
		return first
	}
	elts := []ast.Expr{first}
	for p.is(token.COMMA) {
		p.next()
		if star && p.is(token.STAR) {
			elts = append(elts, p.starExpr())
			continue
		}
		if !p.startsTest() {
			break
		}
		elts = append(elts, p.test())
	}
	return &ast.Tuple{Pos: start, Elts: elts}
}

// yieldExpr: 'yield' ['from' test | testlist]
func (p *parser) yieldExpr() ast.Expr {
	p.push(2) // yield_expr, yield_arg
	defer p.pop(2)
	pos := p.pos
	p.next()
	if p.kw == kwFrom {
		p.next()
		return &ast.YieldFrom{Pos: pos, Value: p.test()}
	}
	if p.startsTest() {
		return &ast.Yield{Pos: pos, Value: p.testList(false)}
	}
	return &ast.Yield{Pos: pos}
}

// subscriptList: subscript (',' subscript)* [',']
func (p *parser) subscriptList() ast.Slice {
	start := p.pos
	s := p.subscript()
	if !p.is(token.COMMA) {
		return s
	}
	dims := []ast.Slice{s}
	for p.is(token.COMMA) {
		p.next()
		if !p.startsTest() && !p.is(token.COLON) {
			break
		}
		dims = append(dims, p.subscript())
	}
	elts := make([]ast.Expr, 0, len(dims))
	for _, d := range dims {
		ix, ok := d.(*ast.Index)
		if !ok {
			return &ast.ExtSlice{Dims: dims}
		}
		elts = append(elts, ix.Value)
	}
	return &ast.Index{Value: &ast.Tuple{Pos: start, Elts: elts}}
}

// subscript: test | [test] ':' [test] [':' [test]]
func (p *parser) subscript() ast.Slice {
	var lower ast.Expr
	if !p.is(token.COLON) {
		lower = p.test()
		if !p.is(token.COLON) {
			return &ast.Index{Value: lower}
		}
	}
	p.next()
	s := &ast.SliceExpr{Lower: lower}
	if p.startsTest() {
		s.Upper = p.test()
	}
	if p.is(token.COLON) {
		p.next()
		if p.startsTest() {
			p.push(1) // sliceop
			s.Step = p.test()
			p.depth--
		}
	}
	return s
}
