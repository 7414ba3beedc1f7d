package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/opcode"
)

// unpackAssign is assignment_helper: UNPACK_SEQUENCE, or UNPACK_EX around
// the one starred target, then each target in turn.
func (c *compiler) unpackAssign(elts []ast.Expr) {
	n := len(elts)
	seenStar := false
	for i, elt := range elts {
		if _, ok := elt.(*ast.Starred); !ok {
			continue
		}
		if seenStar {
			c.error("two starred expressions in assignment")
		}
		if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
			c.error("too many expressions in star-unpacking assignment")
		}
		c.opArg(opcode.UNPACK_EX, i+(n-i-1)<<8)
		seenStar = true
	}
	if !seenStar {
		c.opArg(opcode.UNPACK_SEQUENCE, n)
	}
	for _, elt := range elts {
		if st, ok := elt.(*ast.Starred); ok {
			c.expr(st.Value)
		} else {
			c.expr(elt)
		}
	}
}

// augTarget visits an attribute or subscript target with an AugLoad or
// AugStore context, as compile.c does by visiting a copy of the node.
func (c *compiler) augTarget(e ast.Expr, ctx ast.ExprContext) {
	p := e.GetPos()
	if p.Lineno > c.u.lineno {
		c.u.lineno = p.Lineno
		c.u.linenoSet = false
	}
	c.u.colOffset = p.ColOffset
	switch e := e.(type) {
	case *ast.Attribute:
		c.attribute(e, ctx)
	case *ast.Subscript:
		c.subscript(e, ctx)
	}
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	switch t := s.Target.(type) {
	case *ast.Attribute, *ast.Subscript:
		c.augTarget(t, ast.AugLoad)
		c.expr(s.Value)
		c.op(inplaceOps[s.Op])
		c.augTarget(t, ast.AugStore)
	case *ast.Name:
		c.nameop(t.Id, ast.Load)
		c.expr(s.Value)
		c.op(inplaceOps[s.Op])
		c.nameop(t.Id, ast.Store)
	default:
		panic("compile: invalid node type for augmented assignment")
	}
}

// annAssign is compiler_annassign: the assignment, then for a simple name
// in a module or class the __annotations__ store; other targets only have
// their parts evaluated.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	moduleOrClass := c.u.scopeType == scopeModule || c.u.scopeType == scopeClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if s.Simple != 0 && moduleOrClass {
			c.annotation(s.Annotation)
			c.opName(opcode.LOAD_NAME, "__annotations__")
			c.loadConstStr(mangle(c.u.private, t.Id))
			c.op(opcode.STORE_SUBSCR)
		}
	case *ast.Attribute:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	}
	if s.Simple == 0 && moduleOrClass {
		c.checkAnnExpr(s.Annotation)
	}
}

func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.op(opcode.POP_TOP)
}

func (c *compiler) checkAnnSlice(s ast.Slice) {
	switch s := s.(type) {
	case *ast.Index:
		c.checkAnnExpr(s.Value)
	case *ast.SliceExpr:
		for _, e := range []ast.Expr{s.Lower, s.Upper, s.Step} {
			if e != nil {
				c.checkAnnExpr(e)
			}
		}
	}
}

func (c *compiler) checkAnnSubscr(s ast.Slice) {
	if ext, ok := s.(*ast.ExtSlice); ok {
		for _, d := range ext.Dims {
			c.checkAnnSlice(d)
		}
		return
	}
	c.checkAnnSlice(s)
}

// findAnn reports whether a body has an annotated assignment anywhere
// outside nested functions and classes, which makes the module or class
// body start with SETUP_ANNOTATIONS.
func findAnn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		}
	}
	return false
}
