package cgen

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/native/cdef"
)

// Short work: a native function whose running time has a small constant
// bound may be called without cgo's bookkeeping (native/dl/direct), which
// is most of a call's cost when the body is as cheap as the lecture's
// cc_simple_loop. The price of a direct call is that the goroutine cannot
// be preempted until the C code returns, so the bound must be small
// whatever the arguments: no while loop, no range loop whose bounds are not
// constants, no recursion, and at most maxShortWork statements executed.
// Anything else keeps the cgo call, which lets the rest of the kernel (and
// the garbage collector) run beside a long computation.

// maxShortWork is the most statements a short function may execute: about a
// millisecond of C even if gcc folds nothing.
const maxShortWork = 1 << 20

// maxShortStack is the most bytes of local arrays a short function may
// declare (it runs on a 1 MiB stack of its own).
const maxShortStack = 64 << 10

// unbounded is the work of code whose running time depends on its inputs.
const unbounded = int64(-1)

// markShort sets Func.Short for every native function.
func (g *gen) markShort() {
	cost := map[*Func]int64{}
	for _, f := range g.out.Funcs {
		if f.Native {
			f.Short = g.work(f, cost, map[*Func]bool{}) != unbounded && localArrayBytes(f.Decl) <= maxShortStack
		}
	}
}

// work is how many statements one call of f executes at most.
func (g *gen) work(f *Func, cost map[*Func]int64, active map[*Func]bool) int64 {
	if c, ok := cost[f]; ok {
		return c
	}
	if active[f] {
		return unbounded // recursion
	}
	active[f] = true
	c := g.stmtsWork(f.Decl.Node.Body, cost, active)
	delete(active, f)
	cost[f] = c
	return c
}

func (g *gen) stmtsWork(body []ast.Stmt, cost map[*Func]int64, active map[*Func]bool) int64 {
	total := int64(0)
	for _, s := range body {
		total = addWork(total, g.stmtWork(s, cost, active))
	}
	return total
}

func (g *gen) stmtWork(s ast.Stmt, cost map[*Func]int64, active map[*Func]bool) int64 {
	switch s := s.(type) {
	case *ast.While:
		return unbounded
	case *ast.For:
		n, ok := constRangeLen(s.Iter)
		if !ok {
			return unbounded
		}
		return addWork(g.exprWork(s.Iter, cost, active), mulWork(n, addWork(1, g.stmtsWork(s.Body, cost, active))))
	case *ast.If:
		// both branches counted: a bound, not an estimate
		return addWork(addWork(g.exprWork(s.Test, cost, active), g.stmtsWork(s.Body, cost, active)), g.stmtsWork(s.Orelse, cost, active))
	}
	return g.exprWork(s, cost, active)
}

// exprWork is 1 for the node plus the work of every call of another native
// function inside it. A node kind cgen does not translate cannot occur in a
// native function; meeting one anyway counts as unbounded, to stay safe.
func (g *gen) exprWork(n ast.Node, cost map[*Func]int64, active map[*Func]bool) int64 {
	sub := func(es ...ast.Expr) int64 {
		total := int64(1)
		for _, e := range es {
			if e != nil {
				total = addWork(total, g.exprWork(e, cost, active))
			}
		}
		return total
	}
	switch n := n.(type) {
	case *ast.Pass, *ast.Break, *ast.Continue, *ast.Num, *ast.NameConstant, *ast.Name, *ast.Str:
		return 1
	case *ast.ExprStmt:
		return sub(n.Value)
	case *ast.Return:
		return sub(n.Value)
	case *ast.Assign:
		return sub(append(append([]ast.Expr{}, n.Targets...), n.Value)...)
	case *ast.AugAssign:
		return sub(n.Target, n.Value)
	case *ast.BinOp:
		return sub(n.Left, n.Right)
	case *ast.UnaryOp:
		return sub(n.Operand)
	case *ast.BoolOp:
		return sub(n.Values...)
	case *ast.Compare:
		return sub(append([]ast.Expr{n.Left}, n.Comparators...)...)
	case *ast.IfExp:
		return sub(n.Test, n.Body, n.Orelse)
	case *ast.Tuple:
		return sub(n.Elts...)
	case *ast.Subscript:
		if ix, ok := n.Slice.(*ast.Index); ok {
			return sub(n.Value, ix.Value)
		}
		return unbounded
	case *ast.Call:
		w := sub(n.Args...)
		if name, ok := n.Func.(*ast.Name); ok {
			if f, ok := g.funcs[name.Id]; ok && f.Native {
				w = addWork(w, g.work(f, cost, active))
			}
			return w
		}
		return unbounded
	}
	return unbounded
}

// constRangeLen is the length of range(...) with constant integer
// arguments.
func constRangeLen(iter ast.Expr) (int64, bool) {
	call, ok := iter.(*ast.Call)
	if !ok || len(call.Args) < 1 || len(call.Args) > 3 {
		return 0, false
	}
	var a [3]int64
	for i, e := range call.Args {
		c, ok := constOf(e)
		if !ok || c.Kind != cdef.Int {
			return 0, false
		}
		a[i] = c.I
	}
	start, stop, step := int64(0), a[0], int64(1)
	if len(call.Args) >= 2 {
		start, stop = a[0], a[1]
	}
	if len(call.Args) == 3 {
		step = a[2]
	}
	// the distance in uint64: stop - start cannot overflow there
	var n uint64
	switch {
	case step > 0 && stop > start:
		n = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && stop < start:
		n = (uint64(start)-uint64(stop)-1)/(-uint64(step)) + 1
	case step == 0:
		return 0, false
	}
	if n > maxShortWork {
		return maxShortWork + 1, true
	}
	return int64(n), true
}

func addWork(a, b int64) int64 {
	if a == unbounded || b == unbounded || a+b > maxShortWork {
		return unbounded
	}
	return a + b
}

func mulWork(n, w int64) int64 {
	if w == unbounded || n > 0 && w > maxShortWork/n {
		return unbounded
	}
	return n * w
}

// localArrayBytes is the size of f's local C arrays.
func localArrayBytes(d *cdef.FuncDecl) int64 {
	total := int64(0)
	for _, v := range d.Locals {
		if v.Type.IsArray() {
			bits := int64(v.Type.Bits)
			if bits == 0 {
				bits = 64
			}
			total += int64(v.Type.ArrayLen) * bits / 8
		}
	}
	return total
}
