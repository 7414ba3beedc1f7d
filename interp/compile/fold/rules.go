package fold

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// This file holds the folding rules proper, the fold_* functions of
// ast_opt.c. Each is called after the node's children are folded.

// unaryOp is fold_unaryop. "not" over a single is/is not/in/not in
// comparison flips the comparison instead (not a is b -> a is not b); the
// other comparisons are left alone because __eq__ and __ne__, or set
// ordering, need not be each other's negation.
func (f *folder) unaryOp(n *ast.UnaryOp) ast.Expr {
	n.Operand = f.expr(n.Operand)
	v, ok := constValue(n.Operand)
	if !ok {
		if c, isCmp := n.Operand.(*ast.Compare); isCmp && n.Op == ast.Not && len(c.Ops) == 1 {
			if inv, can := invertCmp[c.Ops[0]]; can {
				c.Ops[0] = inv
				return c // COPY_NODE: the comparison, at its own position
			}
		}
		return n
	}
	if r, ok := unary(n.Op, v); ok {
		return makeConst(n.Pos, r)
	}
	return n
}

var invertCmp = map[ast.CmpOp]ast.CmpOp{
	ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In,
}

// binOp is fold_binop.
func (f *folder) binOp(n *ast.BinOp) ast.Expr {
	n.Left = f.expr(n.Left)
	n.Right = f.expr(n.Right)
	l, ok1 := constValue(n.Left)
	r, ok2 := constValue(n.Right)
	if !ok1 || !ok2 {
		return n
	}
	if v, ok := binop(n.Op, l, r); ok {
		return makeConst(n.Pos, v)
	}
	return n
}

// tuple is fold_tuple: a tuple display of constants, when it is read.
func (f *folder) tuple(n *ast.Tuple) ast.Expr {
	f.exprs(n.Elts)
	if n.Ctx != ast.Load {
		return n
	}
	if t, ok := constTuple(n.Elts); ok {
		return makeConst(n.Pos, t)
	}
	return n
}

// subscript is fold_subscr: a constant indexed by a constant ('abc'[1]);
// slices are not folded.
func (f *folder) subscript(n *ast.Subscript) ast.Expr {
	n.Value = f.expr(n.Value)
	f.slice(n.Slice)
	if n.Ctx != ast.Load {
		return n
	}
	idx, ok := n.Slice.(*ast.Index)
	if !ok {
		return n
	}
	v, ok1 := constValue(n.Value)
	i, ok2 := constValue(idx.Value)
	if !ok1 || !ok2 {
		return n
	}
	if r, ok := getItem(v, i); ok {
		return makeConst(n.Pos, r)
	}
	return n
}

// compare is fold_compare: only the right operand of a final in / not in
// is touched, as an iterable.
func (f *folder) compare(n *ast.Compare) {
	n.Left = f.expr(n.Left)
	f.exprs(n.Comparators)
	last := len(n.Ops) - 1
	if last >= 0 && (n.Ops[last] == ast.In || n.Ops[last] == ast.NotIn) {
		n.Comparators[last] = foldIter(n.Comparators[last])
	}
}

// foldIter is fold_iter: a list display of constants that is only iterated
// (for, comprehensions, in) becomes a constant tuple, a set display a
// constant frozenset.
func foldIter(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.List:
		if t, ok := constTuple(n.Elts); ok {
			return makeConst(n.Pos, t)
		}
	case *ast.Set:
		if t, ok := constTuple(n.Elts); ok {
			if fs, ok := newFrozenSet(t); ok {
				return makeConst(n.Pos, fs)
			}
		}
	}
	return e
}

// name folds __debug__, whatever its context (the parser has already
// refused assignments to it).
func (f *folder) name(n *ast.Name) ast.Expr {
	if n.Id == "__debug__" {
		return makeConst(n.Pos, constant.Bool(f.debug))
	}
	return n
}
