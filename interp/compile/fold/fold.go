// Package fold is the AST optimiser that CPython 3.7 runs between parsing
// and the symbol table (Python/ast_opt.c): it folds constant expressions in
// place, so that the compiler sees 2**10 as the single constant 1024.
//
// The machine is a post-order walk, one function per node kind: children are
// folded first, then the node itself is offered to its folding rule
// (fold_unaryop, fold_binop, fold_tuple, fold_subscr, fold_iter and
// fold_compare in ast_opt.c). A rule that cannot fold — an operand is not a
// constant, the operation would raise (1/0, 'a'+1), or the result would be
// too big (see safe.go) — leaves the node untouched, exactly as make_const
// swallows the Python error. A folded node becomes an *ast.Constant at the
// original node's position.
//
// What counts as a constant is 3.7's is_const: Num, Str, Bytes,
// NameConstant, Ellipsis and Constant. 3.7 also folds the name __debug__ to
// True (or False under -O). 3.7 has no docstring guard: a folded string such
// as 'a'+'b' is a Constant, and the compiler only takes a Str node as a
// docstring, so it never becomes one.
//
// Arithmetic follows CPython's objects bit for bit: ints are math/big with
// floor division, floats are IEEE doubles with CPython's float_divmod and
// float_pow special cases, complex numbers use CPython's formulas (see
// number.go, float.go, complex.go), and where CPython calls the C
// library's pow, exp, log, atan2, sin, cos or hypot, correctly rounded
// versions stand in (libm.go). frozenset constants (x in {1, 2}) list
// their elements in CPython's hash-table order (set.go, hash.go).
//
// For the compiler: 3.7 has no printf-style folding ('%s' % 1 stays a
// BinOp, safe_mod), and a list display that is only iterated becomes a
// Constant tuple only when all its elements are constants: x in [a, b]
// keeps its List, which 3.7 builds with BUILD_LIST.
package fold

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// Optimize folds constants in mod in place, as CPython 3.7's
// _PyAST_Optimize(mod, arena, optimize) does. optimize is the compiler's
// optimisation level (-O count); only __debug__ depends on it, and -1 ("the
// interpreter's level") is taken as 0. It never fails on valid trees; the
// error result mirrors the C API.
func Optimize(mod ast.Root, optimize int) error {
	f := &folder{debug: optimize <= 0}
	switch m := mod.(type) {
	case *ast.Module:
		f.stmts(m.Body)
	case *ast.Interactive:
		f.stmts(m.Body)
	case *ast.Expression:
		m.Body = f.expr(m.Body)
	case *ast.Suite:
		f.stmts(m.Body)
	}
	return nil
}

// folder carries the one setting the walk needs.
type folder struct {
	debug bool // the value of __debug__
}

// constValue is is_const and get_const_value of ast_opt.c in one.
func constValue(e ast.Expr) (constant.Value, bool) {
	switch n := e.(type) {
	case *ast.Constant:
		return n.Value, true
	case *ast.Num:
		return n.N, true
	case *ast.Str:
		return constant.Str(n.S), true
	case *ast.Bytes:
		return constant.Bytes(n.S), true
	case *ast.NameConstant:
		return n.Value, true
	case *ast.Ellipsis:
		return constant.Ellipsis, true
	}
	return nil, false
}

// IsConst reports whether e is one of the node kinds 3.7 treats as a
// constant, and returns its value. The compiler needs the same test.
func IsConst(e ast.Expr) (constant.Value, bool) { return constValue(e) }

// makeConst is make_const: the folded node, at the original position.
func makeConst(pos ast.Pos, v constant.Value) ast.Expr {
	return &ast.Constant{Pos: pos, Value: v}
}

// constTuple is make_const_tuple: the tuple of the elements' values when
// every element is a constant.
func constTuple(elts []ast.Expr) (constant.Tuple, bool) {
	t := make(constant.Tuple, len(elts))
	for i, e := range elts {
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}
