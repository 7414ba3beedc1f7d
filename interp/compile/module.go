package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/syntax"
)

// compileMod is compiler_mod: the top-level code object of any mode.
func (c *compiler) compileMod(mod ast.Root) (co *code.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(errSyntax)
			if !ok {
				panic(r)
			}
			co, err = nil, se.err
		}
	}()
	// firstlineno 0 here: assemble takes it from the first instruction.
	c.enterScope("<module>", scopeModule, mod, 0)
	addNone := true
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		if findAnn(m.Body) {
			c.op(opcode.SETUP_ANNOTATIONS)
		}
		c.interactive = true
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
		addNone = false
	default:
		// CPython raises SystemError for Suite, which no parser makes.
		panic(errSyntax{&syntax.Error{Kind: "SyntaxError", Msg: "suite should not be possible",
			Filename: c.filename}})
	}
	co = c.assemble(addNone)
	c.exitScope()
	return co, nil
}
