package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// expr is compiler_visit_expr. An expression that starts on a later line
// than the current one gives the next instruction that line; a line never
// goes backwards within a statement.
func (c *compiler) expr(e ast.Expr) {
	p := e.GetPos()
	if p.Lineno > c.u.lineno {
		c.u.lineno = p.Lineno
		c.u.linenoSet = false
	}
	c.u.colOffset = p.ColOffset
	switch e := e.(type) {
	case *ast.BoolOp:
		c.boolOp(e)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.op(binaryOps[e.Op])
	case *ast.UnaryOp:
		c.expr(e.Operand)
		c.op(unaryOps[e.Op])
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		c.ifExp(e)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starUnpack(e.Elts, opcode.BUILD_SET, opcode.BUILD_SET, opcode.BUILD_SET_UNPACK)
	case *ast.GeneratorExp:
		c.comprehension(e, compGenExp, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.ListComp:
		c.comprehension(e, compListComp, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, compSetComp, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, compDictComp, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.Yield:
		c.yield(e)
	case *ast.YieldFrom:
		c.yieldFrom(e)
	case *ast.Await:
		c.await(e)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.Constant:
		c.loadConst(e.Value)
	case *ast.Num:
		c.loadConst(e.N)
	case *ast.Str:
		c.loadConst(constant.Str(e.S))
	case *ast.Bytes:
		c.loadConst(constant.Bytes(e.S))
	case *ast.Ellipsis:
		c.loadConst(constant.Ellipsis)
	case *ast.NameConstant:
		c.loadConst(e.Value)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.Attribute:
		c.attribute(e, e.Ctx)
	case *ast.Subscript:
		c.subscript(e, e.Ctx)
	case *ast.Starred:
		// Starred targets inside a list or tuple are handled there.
		if e.Ctx == ast.Store {
			c.error("starred assignment target must be in a list or tuple")
		}
		c.error("can't use starred expression here")
	case *ast.Name:
		c.nameop(e.Id, e.Ctx)
	case *ast.List:
		c.sequence(e.Elts, e.Ctx, opcode.BUILD_LIST, opcode.BUILD_LIST_UNPACK)
	case *ast.Tuple:
		c.sequence(e.Elts, e.Ctx, opcode.BUILD_TUPLE, opcode.BUILD_TUPLE_UNPACK)
	default:
		panic("compile: unknown expression")
	}
}

func (c *compiler) ifExp(e *ast.IfExp) {
	end := c.newBlock()
	next := c.newBlock()
	c.jumpIf(e.Test, next, false)
	c.expr(e.Body)
	c.jrel(opcode.JUMP_FORWARD, end)
	c.useNextBlock(next)
	c.expr(e.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) yield(e *ast.Yield) {
	if !c.u.isFunctionBlock() {
		c.error("'yield' outside function")
	}
	if e.Value != nil {
		c.expr(e.Value)
	} else {
		c.loadConst(constant.None)
	}
	c.op(opcode.YIELD_VALUE)
}

func (c *compiler) yieldFrom(e *ast.YieldFrom) {
	if !c.u.isFunctionBlock() {
		c.error("'yield' outside function")
	}
	if c.u.scopeType == scopeAsyncFunction {
		c.error("'yield from' inside async function")
	}
	c.expr(e.Value)
	c.op(opcode.GET_YIELD_FROM_ITER)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
}

// await is allowed in async functions and in comprehensions (which are
// only made async, or rejected, by the check in comprehension).
func (c *compiler) await(e *ast.Await) {
	if !c.u.isFunctionBlock() {
		c.error("'await' outside function")
	}
	if c.u.scopeType != scopeAsyncFunction && c.u.scopeType != scopeComprehension {
		c.error("'await' outside async function")
	}
	c.expr(e.Value)
	c.op(opcode.GET_AWAITABLE)
	c.loadConst(constant.None)
	c.op(opcode.YIELD_FROM)
}

// joinedStr is an f-string: its parts, joined unless there is only one.
func (c *compiler) joinedStr(e *ast.JoinedStr) {
	c.exprs(e.Values)
	if len(e.Values) != 1 {
		c.opArg(opcode.BUILD_STRING, len(e.Values))
	}
}

// sequence is compiler_list and compiler_tuple: an unpacking target, a
// display, or (del) each element in turn.
func (c *compiler) sequence(elts []ast.Expr, ctx ast.ExprContext, single, outer opcode.Op) {
	switch ctx {
	case ast.Store:
		c.unpackAssign(elts)
	case ast.Load:
		c.starUnpack(elts, single, opcode.BUILD_TUPLE, outer)
	default:
		c.exprs(elts)
	}
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

var binaryOps = [...]opcode.Op{
	ast.Add: opcode.BINARY_ADD, ast.Sub: opcode.BINARY_SUBTRACT, ast.Mult: opcode.BINARY_MULTIPLY,
	ast.MatMult: opcode.BINARY_MATRIX_MULTIPLY, ast.Div: opcode.BINARY_TRUE_DIVIDE,
	ast.Mod: opcode.BINARY_MODULO, ast.Pow: opcode.BINARY_POWER, ast.LShift: opcode.BINARY_LSHIFT,
	ast.RShift: opcode.BINARY_RSHIFT, ast.BitOr: opcode.BINARY_OR, ast.BitXor: opcode.BINARY_XOR,
	ast.BitAnd: opcode.BINARY_AND, ast.FloorDiv: opcode.BINARY_FLOOR_DIVIDE,
}

var inplaceOps = [...]opcode.Op{
	ast.Add: opcode.INPLACE_ADD, ast.Sub: opcode.INPLACE_SUBTRACT, ast.Mult: opcode.INPLACE_MULTIPLY,
	ast.MatMult: opcode.INPLACE_MATRIX_MULTIPLY, ast.Div: opcode.INPLACE_TRUE_DIVIDE,
	ast.Mod: opcode.INPLACE_MODULO, ast.Pow: opcode.INPLACE_POWER, ast.LShift: opcode.INPLACE_LSHIFT,
	ast.RShift: opcode.INPLACE_RSHIFT, ast.BitOr: opcode.INPLACE_OR, ast.BitXor: opcode.INPLACE_XOR,
	ast.BitAnd: opcode.INPLACE_AND, ast.FloorDiv: opcode.INPLACE_FLOOR_DIVIDE,
}

var unaryOps = [...]opcode.Op{
	ast.Invert: opcode.UNARY_INVERT, ast.Not: opcode.UNARY_NOT,
	ast.UAdd: opcode.UNARY_POSITIVE, ast.USub: opcode.UNARY_NEGATIVE,
}

var cmpOps = [...]int{
	ast.Eq: opcode.CmpEQ, ast.NotEq: opcode.CmpNE, ast.Lt: opcode.CmpLT, ast.LtE: opcode.CmpLE,
	ast.Gt: opcode.CmpGT, ast.GtE: opcode.CmpGE, ast.Is: opcode.CmpIs, ast.IsNot: opcode.CmpIsNot,
	ast.In: opcode.CmpIn, ast.NotIn: opcode.CmpNotIn,
}

// isConst is is_const: the node kinds that are literal constants.
func isConst(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Constant, *ast.Num, *ast.Str, *ast.Bytes, *ast.Ellipsis, *ast.NameConstant:
		return true
	}
	return false
}

// constValue is get_const_value.
func constValue(e ast.Expr) constant.Value {
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value
	case *ast.Num:
		return e.N
	case *ast.Str:
		return constant.Str(e.S)
	case *ast.Bytes:
		return constant.Bytes(e.S)
	case *ast.Ellipsis:
		return constant.Ellipsis
	case *ast.NameConstant:
		return e.Value
	}
	return nil
}

// exprConstant is expr_constant: 1 or 0 for a constant's truth, -1 when
// the expression is not a constant.
func exprConstant(e ast.Expr) int {
	if !isConst(e) {
		return -1
	}
	if truth(constValue(e)) {
		return 1
	}
	return 0
}

// truth is PyObject_IsTrue for constants.
func truth(v constant.Value) bool {
	switch v := v.(type) {
	case constant.NoneType:
		return false
	case constant.EllipsisType:
		return true
	case constant.Bool:
		return bool(v)
	case constant.Int:
		return v.V.Sign() != 0
	case constant.Float:
		return v != 0
	case constant.Complex:
		return v != 0
	case constant.Str:
		return v != ""
	case constant.Bytes:
		return v != ""
	case constant.Tuple:
		return len(v) != 0
	case constant.FrozenSet:
		return len(v) != 0
	}
	return true
}

func (c *compiler) boolOp(e *ast.BoolOp) {
	jump := opcode.JUMP_IF_TRUE_OR_POP
	if e.Op == ast.And {
		jump = opcode.JUMP_IF_FALSE_OR_POP
	}
	end := c.newBlock()
	n := len(e.Values) - 1
	for _, v := range e.Values[:n] {
		c.expr(v)
		c.jabs(jump, end)
	}
	c.expr(e.Values[n])
	c.useNextBlock(end)
}

func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.expr(e.Comparators[0])
		c.opArg(opcode.COMPARE_OP, cmpOps[e.Ops[0]])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.op(opcode.DUP_TOP)
		c.op(opcode.ROT_THREE)
		c.opArg(opcode.COMPARE_OP, cmpOps[e.Ops[i]])
		c.jabs(opcode.JUMP_IF_FALSE_OR_POP, cleanup)
		c.nextBlock()
	}
	c.expr(e.Comparators[n])
	c.opArg(opcode.COMPARE_OP, cmpOps[e.Ops[n]])
	end := c.newBlock()
	c.jrel(opcode.JUMP_FORWARD, end)
	c.useNextBlock(cleanup)
	c.op(opcode.ROT_TWO)
	c.op(opcode.POP_TOP)
	c.useNextBlock(end)
}

// starUnpack is starunpack_helper: runs of plain items are packed with
// inner, starred items pushed whole, and everything joined with outer.
func (c *compiler) starUnpack(elts []ast.Expr, single, inner, outer opcode.Op) {
	nsub, nseen := 0, 0
	for _, elt := range elts {
		if st, ok := elt.(*ast.Starred); ok {
			if nseen > 0 {
				c.opArg(inner, nseen)
				nseen = 0
				nsub++
			}
			c.expr(st.Value)
			nsub++
		} else {
			c.expr(elt)
			nseen++
		}
	}
	if nsub > 0 {
		if nseen > 0 {
			c.opArg(inner, nseen)
			nsub++
		}
		c.opArg(outer, nsub)
	} else {
		c.opArg(single, nseen)
	}
}

// dict is compiler_dict: runs of key/value pairs (at most 0xFFFF) become
// one map each, and ** items are merged in with BUILD_MAP_UNPACK.
func (c *compiler) dict(e *ast.Dict) {
	n := len(e.Values)
	containers, elements := 0, 0
	unpacking := false
	for i := 0; i < n; i++ {
		unpacking = e.Keys[i] == nil
		if elements == 0xFFFF || (elements > 0 && unpacking) {
			c.subdict(e, i-elements, i)
			containers++
			elements = 0
		}
		if unpacking {
			c.expr(e.Values[i])
			containers++
		} else {
			elements++
		}
	}
	if elements > 0 || containers == 0 {
		c.subdict(e, n-elements, n)
		containers++
	}
	if containers > 1 || unpacking {
		c.opArg(opcode.BUILD_MAP_UNPACK, containers)
	}
}

func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	allConst := n > 1
	for i := begin; allConst && i < end; i++ {
		allConst = isConst(e.Keys[i])
	}
	if allConst {
		keys := make(constant.Tuple, 0, n)
		for i := begin; i < end; i++ {
			c.expr(e.Values[i])
		}
		for i := begin; i < end; i++ {
			keys = append(keys, constValue(e.Keys[i]))
		}
		c.loadConst(keys)
		c.opArg(opcode.BUILD_CONST_KEY_MAP, n)
		return
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
	}
	c.opArg(opcode.BUILD_MAP, n)
}

func (c *compiler) formattedValue(e *ast.FormattedValue) {
	c.expr(e.Value)
	arg := opcode.FVConvNone
	switch e.Conversion {
	case 's':
		arg = opcode.FVConvStr
	case 'r':
		arg = opcode.FVConvRepr
	case 'a':
		arg = opcode.FVConvASCII
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		arg |= opcode.FVHaveSpec
	}
	c.opArg(opcode.FORMAT_VALUE, arg)
}

// attribute compiles obj.name in any context; AugLoad keeps obj for the
// AugStore that follows.
func (c *compiler) attribute(e *ast.Attribute, ctx ast.ExprContext) {
	if ctx != ast.AugStore {
		c.expr(e.Value)
	}
	switch ctx {
	case ast.AugLoad:
		c.op(opcode.DUP_TOP)
		c.opName(opcode.LOAD_ATTR, e.Attr)
	case ast.Load:
		c.opName(opcode.LOAD_ATTR, e.Attr)
	case ast.AugStore:
		c.op(opcode.ROT_TWO)
		c.opName(opcode.STORE_ATTR, e.Attr)
	case ast.Store:
		c.opName(opcode.STORE_ATTR, e.Attr)
	case ast.Del:
		c.opName(opcode.DELETE_ATTR, e.Attr)
	}
}

func (c *compiler) subscript(e *ast.Subscript, ctx ast.ExprContext) {
	if ctx != ast.AugStore {
		c.expr(e.Value)
	}
	c.slice(e.Slice, ctx)
}

// slice is compiler_visit_slice plus compiler_handle_subscr.
func (c *compiler) slice(s ast.Slice, ctx ast.ExprContext) {
	if ctx != ast.AugStore {
		switch s := s.(type) {
		case *ast.Index:
			c.expr(s.Value)
		case *ast.SliceExpr:
			c.buildSlice(s)
		case *ast.ExtSlice:
			for _, d := range s.Dims {
				switch d := d.(type) {
				case *ast.SliceExpr:
					c.buildSlice(d)
				case *ast.Index:
					c.expr(d.Value)
				default:
					panic("compile: extended slice invalid in nested slice")
				}
			}
			c.opArg(opcode.BUILD_TUPLE, len(s.Dims))
		}
	}
	var op opcode.Op
	switch ctx {
	case ast.AugLoad:
		c.op(opcode.DUP_TOP_TWO)
		op = opcode.BINARY_SUBSCR
	case ast.Load:
		op = opcode.BINARY_SUBSCR
	case ast.AugStore:
		c.op(opcode.ROT_THREE)
		op = opcode.STORE_SUBSCR
	case ast.Store:
		op = opcode.STORE_SUBSCR
	case ast.Del:
		op = opcode.DELETE_SUBSCR
	}
	c.op(op)
}

func (c *compiler) buildSlice(s *ast.SliceExpr) {
	n := 2
	if s.Lower != nil {
		c.expr(s.Lower)
	} else {
		c.loadConst(constant.None)
	}
	if s.Upper != nil {
		c.expr(s.Upper)
	} else {
		c.loadConst(constant.None)
	}
	if s.Step != nil {
		n++
		c.expr(s.Step)
	}
	c.opArg(opcode.BUILD_SLICE, n)
}
