package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile/symtable"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// docstring is _PyAST_GetDocString: the first statement when it is a
// plain string expression.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*ast.ExprStmt); ok {
		if s, ok := es.Value.(*ast.Str); ok {
			return s.S, true
		}
	}
	return "", false
}

func (c *compiler) loadConstStr(s string) { c.loadConst(constant.Str(s)) }

// functionDef is compiler_function for def and async def.
func (c *compiler) functionDef(name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr,
	returns ast.Expr, async bool, node ast.Stmt) {
	st := scopeFunction
	if async {
		st = scopeAsyncFunction
	}
	c.exprs(decos)
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= opcode.FuncAnnotations
	}
	c.enterScope(name, st, node, node.GetPos().Lineno)
	var first constant.Value = constant.None
	if c.optimize < 2 {
		if doc, ok := docstring(body); ok {
			first = constant.Str(doc)
		}
	}
	c.addConst(first)
	c.u.argcount = len(args.Args)
	c.u.kwonly = len(args.KwOnlyArgs)
	// The docstring statement is still visited: it generates nothing but
	// sets the line of whatever follows.
	c.stmts(body)
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, flags, qualname)
	for range decos {
		c.opArg(opcode.CALL_FUNCTION, 1)
	}
	c.nameop(name, ast.Store)
}

// defaultArguments pushes the defaults tuple and the keyword-only defaults
// dict, returning the MAKE_FUNCTION flags for them.
func (c *compiler) defaultArguments(args *ast.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		c.exprs(args.Defaults)
		c.opArg(opcode.BUILD_TUPLE, len(args.Defaults))
		flags |= opcode.FuncDefaults
	}
	var keys constant.Tuple
	for i, a := range args.KwOnlyArgs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			keys = append(keys, constant.Str(mangle(c.u.private, a.Arg)))
			c.expr(args.KwDefaults[i])
		}
	}
	if keys != nil {
		c.loadConst(keys)
		c.opArg(opcode.BUILD_CONST_KEY_MAP, len(keys))
		flags |= opcode.FuncKwDefaults
	}
	return flags
}

// annotations is compiler_visit_annotations: pushes the annotations dict
// (parameters in order, then "return") and reports whether it did.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr) bool {
	var names constant.Tuple
	one := func(id string, ann ast.Expr) {
		if ann == nil {
			return
		}
		c.annotation(ann)
		names = append(names, constant.Str(mangle(c.u.private, id)))
	}
	for _, a := range args.Args {
		one(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		one(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.KwOnlyArgs {
		one(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		one(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	one("return", returns)
	if len(names) == 0 {
		return false
	}
	c.loadConst(names)
	c.opArg(opcode.BUILD_CONST_KEY_MAP, len(names))
	return true
}

// annotation evaluates one annotation, or with "from __future__ import
// annotations" loads its source text as a string.
func (c *compiler) annotation(e ast.Expr) {
	if c.flags&code.FutureAnnotations != 0 {
		c.loadConstStr(unparse(e))
		return
	}
	c.expr(e)
}

// makeClosure is compiler_make_closure: the closure tuple of the cells the
// new code object uses, its code, its qualname, then MAKE_FUNCTION.
func (c *compiler) makeClosure(co *code.Code, flags int, qualname string) {
	if len(co.FreeVars) > 0 {
		for _, name := range co.FreeVars {
			var arg int
			if c.refIsCell(name) {
				arg, _ = c.u.cellvars.lookup(name)
			} else {
				i, ok := c.u.freevars.lookup(name)
				if !ok {
					panic("compile: lookup of free variable " + name + " failed in " + c.u.name)
				}
				arg = i + len(c.u.cellvars.list)
			}
			c.opArg(opcode.LOAD_CLOSURE, arg)
		}
		flags |= opcode.FuncClosure
		c.opArg(opcode.BUILD_TUPLE, len(co.FreeVars))
	}
	c.loadConst(co)
	c.loadConst(constant.Str(qualname))
	c.opArg(opcode.MAKE_FUNCTION, flags)
}

// refIsCell is get_ref_type(...) == CELL.
func (c *compiler) refIsCell(name string) bool {
	if c.u.scopeType == scopeClass && name == "__class__" {
		return true
	}
	return c.u.ste.ScopeOf(name) == symtable.Cell
}

func (c *compiler) lambda(e *ast.Lambda) {
	flags := c.defaultArguments(e.Args)
	c.enterScope("<lambda>", scopeLambda, e, e.Lineno)
	// None first, so that a lambda never has a docstring.
	c.addConst(constant.None)
	c.u.argcount = len(e.Args.Args)
	c.u.kwonly = len(e.Args.KwOnlyArgs)
	c.expr(e.Body)
	var co *code.Code
	if c.u.ste.Generator {
		co = c.assemble(false)
	} else {
		c.op(opcode.RETURN_VALUE)
		co = c.assemble(true)
	}
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(co, flags, qualname)
}

// classDef is compiler_class: the body becomes a function that
// __build_class__ runs to fill the namespace.
func (c *compiler) classDef(s *ast.ClassDef) {
	c.exprs(s.DecoratorList)
	c.enterScope(s.Name, scopeClass, s, s.Lineno)
	c.u.private = s.Name
	c.nameop("__name__", ast.Load)
	c.nameop("__module__", ast.Store)
	c.loadConstStr(c.u.qualname)
	c.nameop("__qualname__", ast.Store)
	c.body(s.Body)
	if c.u.ste.NeedsClassClosure {
		i, _ := c.u.cellvars.lookup("__class__")
		c.opArg(opcode.LOAD_CLOSURE, i)
		c.op(opcode.DUP_TOP)
		c.nameop("__classcell__", ast.Store)
	} else {
		c.loadConst(constant.None)
	}
	c.op(opcode.RETURN_VALUE)
	co := c.assemble(true)
	c.exitScope()

	c.op(opcode.LOAD_BUILD_CLASS)
	c.makeClosure(co, 0, s.Name)
	c.loadConstStr(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	for range s.DecoratorList {
		c.opArg(opcode.CALL_FUNCTION, 1)
	}
	c.nameop(s.Name, ast.Store)
}

// body is compiler_body for modules and classes: SETUP_ANNOTATIONS when
// anything is annotated, the docstring stored as __doc__, then the rest.
func (c *compiler) body(stmts []ast.Stmt) {
	// The module's first line is the first statement's, so that
	// SETUP_ANNOTATIONS gets it.
	if c.u.scopeType == scopeModule && c.u.lineno == 0 && len(stmts) > 0 {
		c.u.lineno = stmts[0].GetPos().Lineno
	}
	if findAnn(stmts) {
		c.op(opcode.SETUP_ANNOTATIONS)
	}
	if len(stmts) == 0 {
		return
	}
	i := 0
	if c.optimize < 2 {
		if _, ok := docstring(stmts); ok {
			i = 1
			c.expr(stmts[0].(*ast.ExprStmt).Value)
			c.nameop("__doc__", ast.Store)
		}
	}
	c.stmts(stmts[i:])
}
