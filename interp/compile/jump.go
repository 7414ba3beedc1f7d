package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/opcode"
)

// jumpIf is compiler_jump_if: jump to next when e's truth equals cond,
// without materialising the bool for not, and/or, conditional expressions
// and comparison chains.
func (c *compiler) jumpIf(e ast.Expr, next *block, cond bool) {
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, next, !cond)
			return
		}
	case *ast.BoolOp:
		n := len(e.Values) - 1
		cond2 := e.Op == ast.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, cond2)
		}
		c.jumpIf(e.Values[n], next, cond)
		if next2 != next {
			c.useNextBlock(next2)
		}
		return
	case *ast.IfExp:
		end := c.newBlock()
		next2 := c.newBlock()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, next, cond)
		c.jrel(opcode.JUMP_FORWARD, end)
		c.useNextBlock(next2)
		c.jumpIf(e.Orelse, next, cond)
		c.useNextBlock(end)
		return
	case *ast.Compare:
		n := len(e.Ops) - 1
		if n > 0 {
			c.jumpIfChain(e, next, cond)
			return
		}
	}
	c.expr(e)
	if cond {
		c.jabs(opcode.POP_JUMP_IF_TRUE, next)
	} else {
		c.jabs(opcode.POP_JUMP_IF_FALSE, next)
	}
}

// jumpIfChain is the comparison-chain case of compiler_jump_if. Note that
// compile.c does not visit the Compare node itself here, so its line
// number is not applied.
func (c *compiler) jumpIfChain(e *ast.Compare, next *block, cond bool) {
	n := len(e.Ops) - 1
	cleanup := c.newBlock()
	c.expr(e.Left)
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.op(opcode.DUP_TOP)
		c.op(opcode.ROT_THREE)
		c.opArg(opcode.COMPARE_OP, cmpOps[e.Ops[i]])
		c.jabs(opcode.POP_JUMP_IF_FALSE, cleanup)
		c.nextBlock()
	}
	c.expr(e.Comparators[n])
	c.opArg(opcode.COMPARE_OP, cmpOps[e.Ops[n]])
	if cond {
		c.jabs(opcode.POP_JUMP_IF_TRUE, next)
	} else {
		c.jabs(opcode.POP_JUMP_IF_FALSE, next)
	}
	end := c.newBlock()
	c.jrel(opcode.JUMP_FORWARD, end)
	c.useNextBlock(cleanup)
	c.op(opcode.POP_TOP)
	if !cond {
		c.jrel(opcode.JUMP_FORWARD, next)
	}
	c.useNextBlock(end)
}
