package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

func (c *compiler) try(s *ast.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s)
	} else {
		c.tryExcept(s)
	}
}

// tryFinally is compiler_try_finally: SETUP_FINALLY around the body (itself
// a try/except when there are handlers); the finally code runs with None
// pushed on the normal path and ends in END_FINALLY.
func (c *compiler) tryFinally(s *ast.Try) {
	body := c.newBlock()
	end := c.newBlock()
	c.jrel(opcode.SETUP_FINALLY, end)
	c.useNextBlock(body)
	c.pushFblock(fbFinallyTry, body)
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.loadConst(constant.None)
	c.useNextBlock(end)
	c.pushFblock(fbFinallyEnd, end)
	c.stmts(s.Finalbody)
	c.op(opcode.END_FINALLY)
	c.popFblock()
}

// tryExcept is compiler_try_except. A handler with "as name" runs its body
// inside a hidden try/finally that clears the name afterwards.
func (c *compiler) tryExcept(s *ast.Try) {
	body := c.newBlock()
	except := c.newBlock()
	orelse := c.newBlock()
	end := c.newBlock()
	c.jrel(opcode.SETUP_EXCEPT, except)
	c.useNextBlock(body)
	c.pushFblock(fbExcept, body)
	c.stmts(s.Body)
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.jrel(opcode.JUMP_FORWARD, orelse)
	n := len(s.Handlers)
	c.useNextBlock(except)
	for i, h := range s.Handlers {
		if h.Type == nil && i < n-1 {
			c.error("default 'except:' must be last")
		}
		c.u.linenoSet = false
		c.u.lineno = h.Lineno
		c.u.colOffset = h.ColOffset
		except = c.newBlock()
		if h.Type != nil {
			c.op(opcode.DUP_TOP)
			c.expr(h.Type)
			c.opArg(opcode.COMPARE_OP, opcode.CmpExcMatch)
			c.jabs(opcode.POP_JUMP_IF_FALSE, except)
		}
		c.op(opcode.POP_TOP)
		if h.Name != "" {
			cleanupEnd := c.newBlock()
			cleanupBody := c.newBlock()
			c.nameop(h.Name, ast.Store)
			c.op(opcode.POP_TOP)
			c.jrel(opcode.SETUP_FINALLY, cleanupEnd)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbFinallyTry, cleanupBody)
			c.stmts(h.Body)
			c.op(opcode.POP_BLOCK)
			c.popFblock()
			c.loadConst(constant.None)
			c.useNextBlock(cleanupEnd)
			c.pushFblock(fbFinallyEnd, cleanupEnd)
			c.loadConst(constant.None)
			c.nameop(h.Name, ast.Store)
			c.nameop(h.Name, ast.Del)
			c.op(opcode.END_FINALLY)
			c.op(opcode.POP_EXCEPT)
			c.popFblock()
		} else {
			cleanupBody := c.newBlock()
			c.op(opcode.POP_TOP)
			c.op(opcode.POP_TOP)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbFinallyTry, cleanupBody)
			c.stmts(h.Body)
			c.op(opcode.POP_EXCEPT)
			c.popFblock()
		}
		c.jrel(opcode.JUMP_FORWARD, end)
		c.useNextBlock(except)
	}
	c.op(opcode.END_FINALLY)
	c.useNextBlock(orelse)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

// with is compiler_with; several items nest as if written one inside the
// other.
func (c *compiler) with(s *ast.With, pos int) {
	item := s.Items[pos]
	blk := c.newBlock()
	finally := c.newBlock()
	c.expr(item.ContextExpr)
	c.jrel(opcode.SETUP_WITH, finally)
	c.useNextBlock(blk)
	c.pushFblock(fbFinallyTry, blk)
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.op(opcode.POP_TOP)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos+1)
	}
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.loadConst(constant.None)
	c.useNextBlock(finally)
	c.pushFblock(fbFinallyEnd, finally)
	c.op(opcode.WITH_CLEANUP_START)
	c.op(opcode.WITH_CLEANUP_FINISH)
	c.op(opcode.END_FINALLY)
	c.popFblock()
}

func (c *compiler) asyncWith(s *ast.AsyncWith, pos int) {
	if c.u.scopeType != scopeAsyncFunction {
		c.error("'async with' outside async function")
	}
	item := s.Items[pos]
	blk := c.newBlock()
	finally := c.newBlock()
	c.expr(item.ContextExpr)
	c.op(opcode.BEFORE_ASYNC_WITH)
	c.op(opcode.GET_AWAITABLE)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
	c.jrel(opcode.SETUP_ASYNC_WITH, finally)
	c.useNextBlock(blk)
	c.pushFblock(fbFinallyTry, blk)
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.op(opcode.POP_TOP)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos+1)
	}
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.loadConst(constant.None)
	c.useNextBlock(finally)
	c.pushFblock(fbFinallyEnd, finally)
	c.op(opcode.WITH_CLEANUP_START)
	c.op(opcode.GET_AWAITABLE)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
	c.op(opcode.WITH_CLEANUP_FINISH)
	c.op(opcode.END_FINALLY)
	c.popFblock()
}
