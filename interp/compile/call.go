package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// call is compiler_call: obj.meth(positional args) uses LOAD_METHOD and
// CALL_METHOD; everything else goes through callHelper.
func (c *compiler) call(e *ast.Call) {
	if c.methodCall(e) {
		return
	}
	c.expr(e.Func)
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall is maybe_optimize_method_call.
func (c *compiler) methodCall(e *ast.Call) bool {
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || meth.Ctx != ast.Load || len(e.Keywords) > 0 {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	c.expr(meth.Value)
	c.opName(opcode.LOAD_METHOD, meth.Attr)
	c.exprs(e.Args)
	c.opArg(opcode.CALL_METHOD, len(e.Args))
	return true
}

// callHelper is compiler_call_helper, shared with class definitions; n
// arguments are already on the stack. Plain calls use CALL_FUNCTION or
// CALL_FUNCTION_KW; any * or ** switches to building one args tuple and
// one kwargs dict for CALL_FUNCTION_EX.
func (c *compiler) callHelper(n int, args []ast.Expr, keywords []*ast.Keyword) {
	dictUnpack := false
	for _, kw := range keywords {
		if kw.Arg == "" {
			dictUnpack = true
			break
		}
	}
	nseen, nsubargs := n, 0
	for _, a := range args {
		if st, ok := a.(*ast.Starred); ok {
			if nseen > 0 {
				c.opArg(opcode.BUILD_TUPLE, nseen)
				nseen = 0
				nsubargs++
			}
			c.expr(st.Value)
			nsubargs++
		} else {
			c.expr(a)
			nseen++
		}
	}
	if nsubargs > 0 || dictUnpack {
		if nseen > 0 {
			c.opArg(opcode.BUILD_TUPLE, nseen)
			nsubargs++
		}
		if nsubargs > 1 {
			c.opArg(opcode.BUILD_TUPLE_UNPACK_WITH_CALL, nsubargs)
		} else if nsubargs == 0 {
			c.opArg(opcode.BUILD_TUPLE, 0)
		}
		nseen = 0
		nsubkwargs := 0
		for i, kw := range keywords {
			if kw.Arg == "" {
				if nseen > 0 {
					c.subkwargs(keywords[i-nseen : i])
					nsubkwargs++
					nseen = 0
				}
				c.expr(kw.Value)
				nsubkwargs++
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(keywords[len(keywords)-nseen:])
			nsubkwargs++
		}
		if nsubkwargs > 1 {
			c.opArg(opcode.BUILD_MAP_UNPACK_WITH_CALL, nsubkwargs)
		}
		flag := 0
		if nsubkwargs > 0 {
			flag = 1
		}
		c.opArg(opcode.CALL_FUNCTION_EX, flag)
		return
	}
	if len(keywords) > 0 {
		names := make(constant.Tuple, len(keywords))
		for i, kw := range keywords {
			c.expr(kw.Value)
			names[i] = constant.Str(kw.Arg)
		}
		c.loadConst(names)
		c.opArg(opcode.CALL_FUNCTION_KW, n+len(args)+len(keywords))
		return
	}
	c.opArg(opcode.CALL_FUNCTION, n+len(args))
}

// subkwargs is compiler_subkwargs: a run of name=value keywords as a dict.
func (c *compiler) subkwargs(kws []*ast.Keyword) {
	if len(kws) > 1 {
		keys := make(constant.Tuple, len(kws))
		for i, kw := range kws {
			c.expr(kw.Value)
			keys[i] = constant.Str(kw.Arg)
		}
		c.loadConst(keys)
		c.opArg(opcode.BUILD_CONST_KEY_MAP, len(kws))
		return
	}
	c.loadConst(constant.Str(kws[0].Arg))
	c.expr(kws[0].Value)
	c.opArg(opcode.BUILD_MAP, 1)
}
