package cgen

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/native/cdef"
)

func (fg *fgen) stmts(body []ast.Stmt) {
	for _, s := range body {
		fg.line = s.GetPos().Lineno
		fg.stmt(s)
	}
}

func isCdefBlock(s *ast.If) bool {
	n, ok := s.Test.(*ast.Num)
	if !ok || len(s.Orelse) > 0 {
		return false
	}
	i, ok := n.N.(constant.Int)
	return ok && i.V.Int64() == 1
}

func (fg *fgen) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Pass:
	case *ast.ExprStmt:
		switch s.Value.(type) {
		case *ast.Str, *ast.Num, *ast.NameConstant:
			return // docstrings and bare constants
		}
		c, _ := fg.expr(s.Value)
		fg.emit("(void)%s;", c)
	case *ast.Assign:
		fg.assign(s)
	case *ast.AugAssign:
		fg.augAssign(s)
	case *ast.Return:
		fg.ret(s)
	case *ast.If:
		if fg.g.m.BlockLines[s.Lineno] && isCdefBlock(s) {
			fg.stmts(s.Body)
			return
		}
		fg.ifStmt(s, false)
	case *ast.While:
		if len(s.Orelse) > 0 {
			fg.fail(s.Lineno, "while ... else stays interpreted")
		}
		c, t := fg.expr(s.Test)
		fg.emit("while (%s) {", truth(c, t))
		fg.block(s.Body)
		fg.emit("}")
	case *ast.For:
		fg.forRange(s)
	case *ast.Break:
		fg.emit("break;")
	case *ast.Continue:
		fg.emit("continue;")
	default:
		fg.fail(s.GetPos().Lineno, "%T stays interpreted", s)
	}
}

func (fg *fgen) block(body []ast.Stmt) {
	line := fg.line
	fg.indent++
	fg.stmts(body)
	fg.indent--
	fg.line = line
}

func (fg *fgen) ifStmt(s *ast.If, elif bool) {
	c, t := fg.expr(s.Test)
	if elif {
		fg.emit("} else if (%s) {", truth(c, t))
	} else {
		fg.emit("if (%s) {", truth(c, t))
	}
	fg.block(s.Body)
	if len(s.Orelse) == 1 {
		if e, ok := s.Orelse[0].(*ast.If); ok && e.Lineno != s.Lineno {
			fg.line = e.Lineno
			fg.ifStmt(e, true)
			return
		}
	}
	if len(s.Orelse) > 0 {
		fg.emit("} else {")
		fg.block(s.Orelse)
	}
	fg.emit("}")
}

// target returns the C lvalue and type of an assignment target.
func (fg *fgen) target(t ast.Expr) (string, *cdef.Type) {
	switch t := t.(type) {
	case *ast.Name:
		c, ty := fg.name(t)
		if ty.IsArray() {
			fg.fail(t.Lineno, "assignment to a whole C array")
		}
		return c, ty
	case *ast.Subscript:
		return fg.subscript(t)
	}
	fg.fail(t.GetPos().Lineno, "assignment to %T stays interpreted", t)
	return "", nil
}

func (fg *fgen) assign(s *ast.Assign) {
	vc, vt := fg.expr(s.Value)
	if len(s.Targets) > 1 {
		fg.tmp++
		tmp := fmt.Sprintf("bp_a%d", fg.tmp)
		fg.emit("%s %s = %s;", vt.C, tmp, vc)
		vc = tmp
	}
	for _, t := range s.Targets {
		lc, lt := fg.target(t)
		fg.assignable(s.Lineno, vt, lt)
		fg.emit("%s = %s;", lc, convert(vc, vt, lt))
	}
}

// assignable refuses what Cython refuses: a float into a C integer.
func (fg *fgen) assignable(line int, from, to *cdef.Type) {
	if from.Kind == cdef.Float && to.Kind == cdef.Int {
		fg.fail(line, "Cannot assign type '%s' to '%s'", from.Name, to.Name)
	}
}

func (fg *fgen) augAssign(s *ast.AugAssign) {
	lc, lt := fg.target(s.Target)
	c, t := fg.binop(&ast.BinOp{Pos: s.Pos, Left: s.Target, Op: s.Op, Right: s.Value})
	fg.assignable(s.Lineno, t, lt)
	fg.emit("%s = %s;", lc, convert(c, t, lt))
}

func (fg *fgen) ret(s *ast.Return) {
	if s.Value == nil {
		if fg.result != nil && fg.result != cdef.TVoid {
			if fg.d.Ret != nil && fg.d.Ret.IsC() {
				fg.emit("return 0;")
				return
			}
			fg.fail(s.Lineno, "returns None and a C value")
		}
		fg.result = cdef.TVoid
		fg.emit("return;")
		return
	}
	c, t := fg.expr(s.Value)
	if !t.IsC() {
		fg.fail(s.Lineno, "returning a C array")
	}
	switch {
	case fg.result == nil:
		fg.result = t
	case fg.result == cdef.TVoid:
		fg.fail(s.Lineno, "returns None and a C value")
	case fg.d.Ret != nil && fg.d.Ret.IsC():
		// declared: convert
	case fg.result != t:
		if fg.result.Kind != t.Kind || t.Kind == cdef.Bint {
			fg.fail(s.Lineno, "returns values of different Python types")
		}
		fg.result = arith(fg.result, t)
	}
	fg.emit("return %s;", convert(c, t, fg.result))
	if fg.d.Kind == cdef.Def {
		fg.lineC[fg.line] = append(fg.lineC[fg.line], fmt.Sprintf("/* to a Python object by the caller: */ bp_py_from_%s(r);", strings.ReplaceAll(fg.result.Name, " ", "_")))
	}
}

// forRange turns "for i in range(...)" over a C integer i into a C loop, as
// Cython does; the step must be a constant so the loop's direction is known.
func (fg *fgen) forRange(s *ast.For) {
	call, ok := s.Iter.(*ast.Call)
	if !ok || len(s.Orelse) > 0 {
		fg.fail(s.Lineno, "for loop over a Python iterable")
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok || fn.Id != "range" || len(call.Args) < 1 || len(call.Args) > 3 || len(call.Keywords) > 0 {
		fg.fail(s.Lineno, "for loop over a Python iterable")
	}
	if _, shadow := fg.vars["range"]; shadow {
		fg.fail(s.Lineno, "range is shadowed")
	}
	tc, tt := fg.target(s.Target)
	if tt.Kind != cdef.Int {
		fg.fail(s.Lineno, "loop variable must be a C integer")
	}
	start, startT := "0", cdef.TInt
	var stop string
	var stopT *cdef.Type
	step := int64(1)
	if len(call.Args) == 1 {
		stop, stopT = fg.expr(call.Args[0])
	} else {
		start, startT = fg.expr(call.Args[0])
		stop, stopT = fg.expr(call.Args[1])
	}
	if len(call.Args) == 3 {
		c, ok := constOf(call.Args[2])
		if !ok || c.Kind != cdef.Int || c.I == 0 {
			fg.fail(s.Lineno, "range() step must be a non-zero integer constant for a C loop")
		}
		step = c.I
	}
	if startT.Kind != cdef.Int && startT.Kind != cdef.Bint || stopT.Kind != cdef.Int && stopT.Kind != cdef.Bint {
		fg.fail(s.Lineno, "range() over non-integers")
	}
	lt := arith(arith(startT, stopT), tt)
	fg.tmp++
	n := fg.tmp
	cmp := "<"
	if step < 0 {
		cmp = ">"
	}
	fg.emit("{ %s bp_stop%d = %s;", lt.C, n, convert(stop, stopT, lt))
	fg.emit("for (%s bp_i%d = %s; bp_i%d %s bp_stop%d; bp_i%d += %d) {", lt.C, n, convert(start, startT, lt), n, cmp, n, n, step)
	fg.indent++
	fg.emit("%s = %s;", tc, convert(fmt.Sprintf("bp_i%d", n), lt, tt))
	fg.indent--
	fg.block(s.Body)
	fg.emit("} }")
}
