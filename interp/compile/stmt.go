package compile

import (
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// stmt is compiler_visit_stmt: every statement starts a new line entry.
func (c *compiler) stmt(s ast.Stmt) {
	c.setStmtLine(s.GetPos())
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false, s)
	case *ast.AsyncFunctionDef:
		c.functionDef(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true, s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.expr(t)
		}
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.op(opcode.DUP_TOP)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.opArg(opcode.RAISE_VARARGS, n)
	case *ast.Try:
		c.try(s)
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
	case *ast.ExprStmt:
		c.exprStmt(s.Value)
	case *ast.Break:
		if !c.inLoop() {
			c.error("'break' outside loop")
		}
		c.op(opcode.BREAK_LOOP)
	case *ast.Continue:
		c.continueStmt()
	case *ast.With:
		c.with(s, 0)
	case *ast.AsyncWith:
		c.asyncWith(s, 0)
	default:
		panic("compile: unknown statement")
	}
}

func (c *compiler) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *compiler) returnStmt(s *ast.Return) {
	if !c.u.isFunctionBlock() {
		c.error("'return' outside function")
	}
	if s.Value != nil {
		if c.u.ste.Coroutine && c.u.ste.Generator {
			c.error("'return' with value in async generator")
		}
		c.expr(s.Value)
	} else {
		c.loadConst(constant.None)
	}
	c.op(opcode.RETURN_VALUE)
}

// exprStmt is compiler_visit_stmt_expr: the REPL prints top-level values,
// and a constant on its own generates nothing.
func (c *compiler) exprStmt(v ast.Expr) {
	if c.interactive && c.nestLevel <= 1 {
		c.expr(v)
		c.op(opcode.PRINT_EXPR)
		return
	}
	if isConst(v) {
		return
	}
	c.expr(v)
	c.op(opcode.POP_TOP)
}

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newBlock()
	switch exprConstant(s.Test) {
	case 0:
		c.stmts(s.Orelse)
	case 1:
		c.stmts(s.Body)
	default:
		next := end
		if len(s.Orelse) > 0 {
			next = c.newBlock()
		}
		c.jumpIf(s.Test, next, false)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.jrel(opcode.JUMP_FORWARD, end)
			c.useNextBlock(next)
			c.stmts(s.Orelse)
		}
	}
	c.useNextBlock(end)
}

func (c *compiler) forStmt(s *ast.For) {
	start := c.newBlock()
	cleanup := c.newBlock()
	end := c.newBlock()
	c.jrel(opcode.SETUP_LOOP, end)
	c.pushFblock(fbLoop, start)
	c.expr(s.Iter)
	c.op(opcode.GET_ITER)
	c.useNextBlock(start)
	c.jrel(opcode.FOR_ITER, cleanup)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.jabs(opcode.JUMP_ABSOLUTE, start)
	c.useNextBlock(cleanup)
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	if c.u.scopeType != scopeAsyncFunction {
		c.error("'async for' outside async function")
	}
	try := c.newBlock()
	except := c.newBlock()
	end := c.newBlock()
	afterTry := c.newBlock()
	tryCleanup := c.newBlock()
	afterLoopElse := c.newBlock()

	c.jrel(opcode.SETUP_LOOP, end)
	c.pushFblock(fbLoop, try)
	c.expr(s.Iter)
	c.op(opcode.GET_AITER)

	c.useNextBlock(try)
	c.jrel(opcode.SETUP_EXCEPT, except)
	c.pushFblock(fbExcept, try)
	c.op(opcode.GET_ANEXT)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
	c.expr(s.Target)
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
	c.stmts(s.Body)
	c.jabs(opcode.JUMP_ABSOLUTE, try)

	c.useNextBlock(tryCleanup)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_EXCEPT)
	c.op(opcode.POP_TOP)
	c.op(opcode.POP_BLOCK)
	c.popFblock()

	c.useNextBlock(afterLoopElse)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) whileStmt(s *ast.While) {
	constant := exprConstant(s.Test)
	if constant == 0 {
		c.stmts(s.Orelse)
		return
	}
	loop := c.newBlock()
	end := c.newBlock()
	var anchor *block
	if constant == -1 {
		anchor = c.newBlock()
	}
	if len(s.Orelse) > 0 {
		c.newBlock() // compile.c allocates an orelse block it never uses
	}
	c.jrel(opcode.SETUP_LOOP, end)
	c.useNextBlock(loop)
	c.pushFblock(fbLoop, loop)
	if constant == -1 {
		c.jumpIf(s.Test, anchor, false)
	}
	c.stmts(s.Body)
	c.jabs(opcode.JUMP_ABSOLUTE, loop)
	if constant == -1 {
		c.useNextBlock(anchor)
	}
	c.op(opcode.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

// continueStmt is compiler_continue: a plain jump back in a loop body,
// CONTINUE_LOOP when blocks inside the loop must be unwound first.
func (c *compiler) continueStmt() {
	const loopErr = "'continue' not properly in loop"
	const finallyErr = "'continue' not supported inside 'finally' clause"
	fbs := c.u.fblocks
	if len(fbs) == 0 {
		c.error(loopErr)
	}
	i := len(fbs) - 1
	switch fbs[i].kind {
	case fbLoop:
		c.jabs(opcode.JUMP_ABSOLUTE, fbs[i].block)
	case fbExcept, fbFinallyTry:
		for i--; i >= 0 && fbs[i].kind != fbLoop; i-- {
			if fbs[i].kind == fbFinallyEnd {
				c.error(finallyErr)
			}
		}
		if i < 0 {
			c.error(loopErr)
		}
		c.jabs(opcode.CONTINUE_LOOP, fbs[i].block)
	case fbFinallyEnd:
		c.error(finallyErr)
	}
}

func (c *compiler) assert(s *ast.Assert) {
	if c.optimize > 0 {
		return
	}
	c.assertTupleWarning(s.Test)
	end := c.newBlock()
	c.jumpIf(s.Test, end, true)
	c.opNameRaw(opcode.LOAD_GLOBAL, "AssertionError")
	if s.Msg != nil {
		c.expr(s.Msg)
		c.opArg(opcode.CALL_FUNCTION, 1)
	}
	c.opArg(opcode.RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		c.loadConst(constant.NewInt(0))
		c.loadConst(constant.None)
		c.opName(opcode.IMPORT_NAME, a.Name)
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
			continue
		}
		store := a.Name
		if dot := strings.IndexByte(store, '.'); dot >= 0 {
			store = store[:dot]
		}
		c.nameop(store, ast.Store)
	}
}

// importAs binds "import a.b.c as d": IMPORT_FROM walks down to c.
func (c *compiler) importAs(name, asname string) {
	dot := strings.IndexByte(name, '.')
	if dot < 0 {
		c.nameop(asname, ast.Store)
		return
	}
	parts := strings.Split(name[dot+1:], ".")
	for i, attr := range parts {
		c.opName(opcode.IMPORT_FROM, attr)
		if i == len(parts)-1 {
			break
		}
		c.op(opcode.ROT_TWO)
		c.op(opcode.POP_TOP)
	}
	c.nameop(asname, ast.Store)
	c.op(opcode.POP_TOP)
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	c.loadConst(constant.NewInt(int64(s.Level)))
	names := make(constant.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = constant.Str(a.Name)
	}
	if s.Lineno > c.future.lineno && s.HasModule && s.Module == "__future__" {
		c.error("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(names)
	c.opName(opcode.IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.op(opcode.IMPORT_STAR)
			return
		}
		c.opName(opcode.IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameop(store, ast.Store)
	}
	c.op(opcode.POP_TOP)
}
