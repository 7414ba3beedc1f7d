package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

type compKind int

const (
	compGenExp compKind = iota
	compListComp
	compSetComp
	compDictComp
)

// comprehension is compiler_comprehension: the loops become a nested
// function taking the outermost iterator as its one argument (.0), which
// is evaluated in the enclosing scope and passed in.
func (c *compiler) comprehension(e ast.Expr, kind compKind, name string, gens []*ast.Comprehension, elt, val ast.Expr) {
	isAsyncFunction := c.u.ste.Coroutine
	outermost := gens[0]
	c.enterScope(name, scopeComprehension, e, e.GetPos().Lineno)
	isAsyncGenerator := c.u.ste.Coroutine
	if isAsyncGenerator && !isAsyncFunction && kind != compGenExp {
		// Reported at the comprehension's line, column 0: the new unit's
		// position, as CPython shows it.
		c.u.lineno, c.u.colOffset = e.GetPos().Lineno, 0
		c.error("asynchronous comprehension outside of an asynchronous function")
	}
	switch kind {
	case compListComp:
		c.opArg(opcode.BUILD_LIST, 0)
	case compSetComp:
		c.opArg(opcode.BUILD_SET, 0)
	case compDictComp:
		c.opArg(opcode.BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, elt, val, kind)
	if kind != compGenExp {
		c.op(opcode.RETURN_VALUE)
	}
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, 0, qualname)
	c.expr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.op(opcode.GET_AITER)
	} else {
		c.op(opcode.GET_ITER)
	}
	c.opArg(opcode.CALL_FUNCTION, 1)
	if isAsyncGenerator && kind != compGenExp {
		c.op(opcode.GET_AWAITABLE)
		c.loadConst(constant.None)
		c.op(opcode.YIELD_FROM)
	}
}

func (c *compiler) comprehensionGenerator(gens []*ast.Comprehension, i int, elt, val ast.Expr, kind compKind) {
	if gens[i].IsAsync != 0 {
		c.asyncComprehensionGenerator(gens, i, elt, val, kind)
	} else {
		c.syncComprehensionGenerator(gens, i, elt, val, kind)
	}
}

// comprehensionElement adds the element to the collection (or yields it)
// once the innermost loop is reached; depth is how far down the stack the
// collection sits.
func (c *compiler) comprehensionElement(elt, val ast.Expr, kind compKind, depth int) {
	switch kind {
	case compGenExp:
		c.expr(elt)
		c.op(opcode.YIELD_VALUE)
		c.op(opcode.POP_TOP)
	case compListComp:
		c.expr(elt)
		c.opArg(opcode.LIST_APPEND, depth)
	case compSetComp:
		c.expr(elt)
		c.opArg(opcode.SET_ADD, depth)
	case compDictComp:
		// As in d[k] = v, the value is evaluated before the key.
		c.expr(val)
		c.expr(elt)
		c.opArg(opcode.MAP_ADD, depth)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*ast.Comprehension, i int, elt, val ast.Expr, kind compKind) {
	start := c.newBlock()
	skip := c.newBlock()
	ifCleanup := c.newBlock()
	anchor := c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.opArg(opcode.LOAD_FAST, 0)
	} else {
		c.expr(gen.Iter)
		c.op(opcode.GET_ITER)
	}
	c.useNextBlock(start)
	c.jrel(opcode.FOR_ITER, anchor)
	c.nextBlock()
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
		c.nextBlock()
	}
	i++
	if i < len(gens) {
		c.comprehensionGenerator(gens, i, elt, val, kind)
	}
	if i >= len(gens) {
		c.comprehensionElement(elt, val, kind, i+1)
		c.useNextBlock(skip)
	}
	c.useNextBlock(ifCleanup)
	c.jabs(opcode.JUMP_ABSOLUTE, start)
	c.useNextBlock(anchor)
}

func (c *compiler) asyncComprehensionGenerator(gens []*ast.Comprehension, i int, elt, val ast.Expr, kind compKind) {
	try := c.newBlock()
	afterTry := c.newBlock()
	except := c.newBlock()
	ifCleanup := c.newBlock()
	tryCleanup := c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.opArg(opcode.LOAD_FAST, 0)
	} else {
		c.expr(gen.Iter)
		c.op(opcode.GET_AITER)
	}
	c.useNextBlock(try)
	c.jrel(opcode.SETUP_EXCEPT, except)
	c.pushFblock(fbExcept, try)
	c.op(opcode.GET_ANEXT)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
	c.expr(gen.Target)
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.jrel(opcode.JUMP_FORWARD, afterTry)

	c.useNextBlock(except)
	c.op(opcode.DUP_TOP)
	c.opNameRaw(opcode.LOAD_GLOBAL, "StopAsyncIteration")
	c.opArg(opcode.COMPARE_OP, opcode.CmpExcMatch)
	c.jabs(opcode.POP_JUMP_IF_TRUE, tryCleanup)
	c.op(opcode.END_FINALLY)

	c.useNextBlock(afterTry)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
		c.nextBlock()
	}
	i++
	if i < len(gens) {
		c.comprehensionGenerator(gens, i, elt, val, kind)
	}
	if i >= len(gens) {
		c.comprehensionElement(elt, val, kind, i+1)
	}
	c.useNextBlock(ifCleanup)
	c.jabs(opcode.JUMP_ABSOLUTE, try)

	c.useNextBlock(tryCleanup)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_EXCEPT)
	c.op(opcode.POP_TOP)
}
