package parser

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// call parses arglist ')' after '(' into a Call at pos. allowGen is false
// for class bases, where ast.c rejects a bare generator argument.
//
// arglist: argument (',' argument)* [',']
// argument: test [comp_for] | test '=' test | '**' test | '*' test
//
// ast_for_call first counts the arguments and rejects a generator that
// is not the sole argument, and only then converts them one by one; so a
// generator error outranks anything found inside the arguments.
func (p *parser) call(pos ast.Pos, fn ast.Expr, allowGen bool) *ast.Call {
	c := &ast.Call{Pos: pos, Func: fn}
	if !p.is(token.RPAR) {
		p.push(2) // arglist, argument
		defer p.pop(2)
	}
	hadErr := p.astErr != nil
	var genErr *syntax.Error
	nchildren := 0 // arguments and commas, as NCH(arglist)
	ndoublestars := 0
	for !p.is(token.RPAR) {
		at := p.pos
		nchildren++
		switch {
		case p.is(token.STAR):
			p.next()
			v := p.test()
			if ndoublestars > 0 {
				p.astError(at, "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, &ast.Starred{Pos: at, Value: v})
		case p.is(token.DOUBLESTAR):
			p.next()
			c.Keywords = append(c.Keywords, &ast.Keyword{Value: p.test()})
			ndoublestars++
		default:
			e := p.test()
			switch {
			case p.startsComp():
				gens := p.compFor()
				c.Args = append(c.Args, &ast.GeneratorExp{Pos: at, Elt: e, Generators: gens})
				if genErr == nil {
					if !allowGen {
						genErr = p.newASTError(at, "invalid syntax")
					} else {
						genErr = p.newASTError(at, "Generator expression must be parenthesized")
					}
				}
			case p.is(token.EQUAL):
				p.next()
				c.Keywords = append(c.Keywords, p.keyword(e, at, c.Keywords))
			default:
				if len(c.Keywords) > 0 {
					if ndoublestars > 0 {
						p.astError(at, "positional argument follows keyword argument unpacking")
					} else {
						p.astError(at, "positional argument follows keyword argument")
					}
				}
				c.Args = append(c.Args, e)
			}
		}
		if !p.is(token.COMMA) {
			break
		}
		p.next()
		nchildren++
	}
	p.expect(token.RPAR)
	// A generator argument is fine only alone, without even a comma.
	if genErr != nil && !hadErr && (nchildren > 1 || !allowGen) {
		p.astErr = genErr
	}
	return c
}

// keyword checks that the expression before '=' is a plain name and
// parses the value.
func (p *parser) keyword(e ast.Expr, at ast.Pos, seen []*ast.Keyword) *ast.Keyword {
	kw := &ast.Keyword{}
	switch n := e.(type) {
	case *ast.Name:
		kw.Arg = n.Id
		if n.Id == "__debug__" {
			p.astError(at, "assignment to keyword")
		}
	case *ast.Lambda:
		p.astError(at, "lambda cannot contain assignment")
	default:
		p.astError(at, "keyword can't be an expression")
	}
	if kw.Arg != "" {
		// The list is short; a map would cost more than it saves.
		for _, k := range seen {
			if k.Arg == kw.Arg {
				p.astError(at, "keyword argument repeated")
				break
			}
		}
	}
	kw.Value = p.test()
	return kw
}

// newASTError builds an ast.c-style error without recording it.
func (p *parser) newASTError(pos ast.Pos, msg string) *syntax.Error {
	return &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: p.filename, Lineno: pos.Lineno, Offset: pos.ColOffset}
}

// arguments parses typedargslist (typed, for def, closed by ')') or
// varargslist (for lambda, closed by ':').
func (p *parser) arguments(typed bool, closer token.Kind) *ast.Arguments {
	p.push(1)
	defer p.pop(1)
	listPos := p.pos
	a := &ast.Arguments{}
	foundDefault := false
	for !p.is(token.STAR) && !p.is(token.DOUBLESTAR) {
		arg := p.param(typed)
		if p.is(token.EQUAL) {
			p.next()
			a.Defaults = append(a.Defaults, p.test())
			foundDefault = true
		} else if foundDefault {
			p.astError(listPos, "non-default argument follows default argument")
		}
		a.Args = append(a.Args, arg)
		if !p.is(token.COMMA) {
			return a
		}
		p.next()
		if p.is(closer) {
			return a
		}
	}
	if p.is(token.STAR) {
		starPos := p.pos
		p.next()
		if p.is(token.NAME) && p.kw == kwNone {
			a.Vararg = p.param(typed)
		}
		bareEnd := a.Vararg == nil // '*' with nothing named after it so far
		for p.is(token.COMMA) {
			p.next()
			if p.is(token.DOUBLESTAR) {
				if bareEnd && len(a.KwOnlyArgs) == 0 {
					p.astError(p.pos, "named arguments must follow bare *")
				}
				break
			}
			if !p.is(token.NAME) || p.kw != kwNone {
				break
			}
			a.KwOnlyArgs = append(a.KwOnlyArgs, p.param(typed))
			var def ast.Expr
			if p.is(token.EQUAL) {
				p.next()
				def = p.test()
			}
			a.KwDefaults = append(a.KwDefaults, def)
		}
		if bareEnd && len(a.KwOnlyArgs) == 0 && !p.is(token.DOUBLESTAR) {
			p.astError(starPos, "named arguments must follow bare *")
		}
		if !p.is(token.DOUBLESTAR) {
			return a
		}
	}
	// '**' tfpdef [',']
	p.next()
	a.Kwarg = p.param(typed)
	if p.is(token.COMMA) {
		p.next()
	}
	return a
}

// param: NAME [':' test] (the annotation only when typed).
func (p *parser) param(typed bool) *ast.Arg {
	pos := p.pos
	name := p.name()
	if name == "__debug__" {
		p.astError(pos, "assignment to keyword")
	}
	arg := &ast.Arg{Pos: pos, Arg: name}
	if typed && p.is(token.COLON) {
		p.next()
		p.push(1) // tfpdef
		arg.Annotation = p.test()
		p.depth--
	}
	return arg
}
