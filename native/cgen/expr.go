package cgen

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/native/cdef"
)

// constOf reads a constant default or initialiser.
func constOf(e ast.Expr) (Const, bool) {
	switch e := e.(type) {
	case *ast.Num:
		switch v := e.N.(type) {
		case constant.Int:
			if v.V.IsInt64() {
				return Const{Kind: cdef.Int, I: v.V.Int64()}, true
			}
		case constant.Float:
			return Const{Kind: cdef.Float, F: float64(v)}, true
		}
	case *ast.NameConstant:
		if b, ok := e.Value.(constant.Bool); ok {
			i := int64(0)
			if b {
				i = 1
			}
			return Const{Kind: cdef.Bint, I: i}, true
		}
	case *ast.UnaryOp:
		if c, ok := constOf(e.Operand); ok && c.Kind != cdef.Bint {
			switch e.Op {
			case ast.USub:
				c.I, c.F = -c.I, -c.F
				return c, true
			case ast.UAdd:
				return c, true
			}
		}
	}
	return Const{}, false
}

// arith is the type of a binary arithmetic result: C's usual arithmetic
// conversions over the subset, which is what Cython computes in.
func arith(a, b *cdef.Type) *cdef.Type {
	if a.Kind == cdef.Float || b.Kind == cdef.Float {
		if a == cdef.TFloat && (b == cdef.TFloat || b.Kind != cdef.Float) || b == cdef.TFloat && a.Kind != cdef.Float {
			return cdef.TFloat
		}
		return cdef.TDouble
	}
	a, b = promote(a), promote(b)
	if a.Rank != b.Rank {
		if a.Rank < b.Rank {
			a, b = b, a
		}
		if !a.Unsigned && b.Unsigned && a.Bits <= b.Bits {
			return unsignedOf(a)
		}
		return a
	}
	if a.Unsigned {
		return a
	}
	return b
}

func promote(t *cdef.Type) *cdef.Type {
	if t.Kind == cdef.Bint || t.Rank < 3 {
		return cdef.TInt
	}
	if t == cdef.TSsize {
		return cdef.TLong
	}
	if t == cdef.TSize {
		return cdef.TULong
	}
	return t
}

func unsignedOf(t *cdef.Type) *cdef.Type {
	switch t.Rank {
	case 3:
		return cdef.TUInt
	case 4:
		return cdef.TULong
	}
	return cdef.TULongLong
}

// helperSuffix names the prelude's helper family for an integer type.
func helperSuffix(t *cdef.Type) string {
	t = promote(t)
	s := map[int]string{3: "int", 4: "long", 5: "longlong"}[t.Rank]
	if t.Unsigned {
		s = "u" + s
	}
	return s
}

// divide evaluates both operands once, raises ZeroDivisionError for a zero
// divisor (and OverflowError for MIN // -1) inline, then divides with helper
// fn, or with C's / when fn is empty.
func (fg *fgen) divide(t *cdef.Type, fn, a, b, msg string) string {
	fg.tmp++
	n := fg.tmp
	s := fmt.Sprintf("({ %s bp_x%d = %s, bp_y%d = %s; if (bp_unlikely(bp_y%d == 0)) { bp_raise(E, BP_ZERODIV, %q); goto L_error; } ", t.C, n, a, n, b, n, msg)
	if t.Kind == cdef.Int && !t.Unsigned && strings.Contains(fn, "floordiv") {
		min := map[int]string{3: "INT_MIN", 4: "LONG_MIN", 5: "LLONG_MIN"}[promote(t).Rank]
		s += fmt.Sprintf("if (bp_unlikely(bp_y%d == -1 && bp_x%d == %s)) { bp_raise(E, BP_OVERFLOW, \"value too large to perform division\"); goto L_error; } ", n, n, min)
	}
	if fn == "" {
		return s + fmt.Sprintf("bp_x%d / bp_y%d; })", n, n)
	}
	return s + fmt.Sprintf("%s(bp_x%d, bp_y%d); })", fn, n, n)
}

// check wraps a fallible C expression so that an error jumps out at once.
func (fg *fgen) check(t *cdef.Type, code string) string {
	fg.tmp++
	return fmt.Sprintf("({ %s bp_t%d = %s; if (bp_unlikely(E->set)) goto L_error; bp_t%d; })", t.C, fg.tmp, code, fg.tmp)
}

func cast(t *cdef.Type, code string) string { return "((" + t.C + ")" + code + ")" }

// convert makes a value of type from usable where type to is wanted.
func convert(code string, from, to *cdef.Type) string {
	if from == to {
		return code
	}
	if to.Kind == cdef.Bint {
		return "((" + code + ") != 0)"
	}
	return cast(to, code)
}

func (fg *fgen) expr(e ast.Expr) (string, *cdef.Type) {
	switch e := e.(type) {
	case *ast.Num:
		return fg.num(e)
	case *ast.NameConstant:
		if b, ok := e.Value.(constant.Bool); ok {
			if b {
				return "1", cdef.TBint
			}
			return "0", cdef.TBint
		}
		fg.fail(e.Lineno, "None is a Python object")
	case *ast.Name:
		return fg.name(e)
	case *ast.BinOp:
		return fg.binop(e)
	case *ast.UnaryOp:
		return fg.unary(e)
	case *ast.BoolOp:
		return fg.boolop(e)
	case *ast.Compare:
		return fg.compare(e)
	case *ast.IfExp:
		tc, tt := fg.expr(e.Test)
		bc, bt := fg.expr(e.Body)
		oc, ot := fg.expr(e.Orelse)
		rt := bt
		if bt != ot {
			if bt.Kind == cdef.Bint && ot.Kind == cdef.Bint {
				rt = cdef.TBint
			} else {
				rt = arith(bt, ot)
			}
		}
		return fmt.Sprintf("(%s ? %s : %s)", truth(tc, tt), convert(bc, bt, rt), convert(oc, ot, rt)), rt
	case *ast.Call:
		return fg.call(e)
	case *ast.Subscript:
		return fg.subscript(e)
	}
	fg.fail(e.GetPos().Lineno, "%T is a Python-level operation", e)
	return "", nil
}

func truth(code string, t *cdef.Type) string {
	if t.Kind == cdef.Bint {
		return code
	}
	return "(" + code + " != 0)"
}

func (fg *fgen) num(e *ast.Num) (string, *cdef.Type) {
	switch v := e.N.(type) {
	case constant.Int:
		if !v.V.IsInt64() {
			fg.fail(e.Lineno, "integer literal too large for C")
		}
		i := v.V.Int64()
		if i <= math.MaxInt32 {
			return fmt.Sprintf("%d", i), cdef.TInt
		}
		return fmt.Sprintf("%dL", i), cdef.TLong
	case constant.Float:
		s := fmt.Sprintf("%v", float64(v))
		if !strings.ContainsAny(s, ".eEnN") {
			s += ".0"
		}
		if math.IsInf(float64(v), 0) {
			s = "HUGE_VAL"
		}
		return s, cdef.TDouble
	}
	fg.fail(e.Lineno, "complex literals are Python objects")
	return "", nil
}

func (fg *fgen) name(e *ast.Name) (string, *cdef.Type) {
	if t, ok := fg.vars[e.Id]; ok {
		return "v_" + e.Id, t
	}
	if v, ok := fg.g.m.Globals[e.Id]; ok && (v.Type.IsC() || v.Type.IsArray()) {
		return "bpg_" + e.Id, v.Type
	}
	fg.fail(e.Lineno, "'%s' is a Python object", e.Id)
	return "", nil
}

func (fg *fgen) binop(e *ast.BinOp) (string, *cdef.Type) {
	lc, lt := fg.expr(e.Left)
	rc, rt := fg.expr(e.Right)
	if !lt.IsC() || !rt.IsC() {
		fg.fail(e.Lineno, "arithmetic on arrays")
	}
	t := arith(lt, rt)
	l, r := convert(lc, lt, t), convert(rc, rt, t)
	switch e.Op {
	case ast.Add:
		return "(" + l + " + " + r + ")", t
	case ast.Sub:
		return "(" + l + " - " + r + ")", t
	case ast.Mult:
		return "(" + l + " * " + r + ")", t
	case ast.Div:
		// language level 3: true division, in double unless both are float
		dt := cdef.TDouble
		if t == cdef.TFloat {
			dt = cdef.TFloat
		}
		return fg.divide(dt, "", convert(lc, lt, dt), convert(rc, rt, dt), "float division"), dt
	case ast.FloorDiv, ast.Mod:
		fn := "floordiv"
		if e.Op == ast.Mod {
			fn = "mod"
		}
		if t.Kind == cdef.Float {
			msg := "float division"
			if e.Op == ast.Mod {
				msg = "float divmod()"
			}
			return fg.divide(cdef.TDouble, "bp_"+fn+"_double", convert(lc, lt, cdef.TDouble), convert(rc, rt, cdef.TDouble), msg), cdef.TDouble
		}
		code := fg.divide(t, "bp_"+fn+"_"+helperSuffix(t), l, r, "integer division or modulo by zero")
		return code, t
	case ast.Pow:
		if t.Kind == cdef.Float {
			return fmt.Sprintf("pow(%s, %s)", convert(lc, lt, cdef.TDouble), convert(rc, rt, cdef.TDouble)), cdef.TDouble
		}
		return fmt.Sprintf("bp_pow_%s(%s, %s)", helperSuffix(t), l, r), t
	case ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor:
		if t.Kind != cdef.Int {
			fg.fail(e.Lineno, "bit operations on floats")
		}
		op := map[ast.Operator]string{ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}[e.Op]
		return "(" + l + " " + op + " " + r + ")", t
	}
	fg.fail(e.Lineno, "operator %v", e.Op)
	return "", nil
}

func (fg *fgen) unary(e *ast.UnaryOp) (string, *cdef.Type) {
	if e.Op == ast.USub {
		if n, ok := e.Operand.(*ast.Num); ok {
			// Cython types a negated literal as a C long.
			c, t := fg.num(n)
			if t.Kind == cdef.Int {
				return "(-" + c + "L)", cdef.TLong
			}
			return "(-" + c + ")", t
		}
	}
	c, t := fg.expr(e.Operand)
	switch e.Op {
	case ast.Not:
		return "(!" + truth(c, t) + ")", cdef.TBint
	case ast.USub:
		pt := t
		if t.Kind != cdef.Float {
			pt = promote(t)
		}
		return "(-" + convert(c, t, pt) + ")", pt
	case ast.UAdd:
		return c, t
	case ast.Invert:
		if t.Kind == cdef.Float {
			fg.fail(e.Lineno, "~ on a float")
		}
		pt := promote(t)
		return "(~" + convert(c, t, pt) + ")", pt
	}
	return "", nil
}

func (fg *fgen) boolop(e *ast.BoolOp) (string, *cdef.Type) {
	var codes []string
	var types []*cdef.Type
	allBint := true
	for _, v := range e.Values {
		c, t := fg.expr(v)
		codes = append(codes, c)
		types = append(types, t)
		if t.Kind != cdef.Bint {
			allBint = false
		}
	}
	op := " && "
	if e.Op == ast.Or {
		op = " || "
	}
	if allBint {
		return "(" + strings.Join(codes, op) + ")", cdef.TBint
	}
	// Python's and/or yield an operand; with C operands of one type Cython
	// does the same in C.
	rt := types[0]
	for _, t := range types[1:] {
		rt = arith(rt, t)
	}
	fg.tmp++
	v := fmt.Sprintf("bp_b%d", fg.tmp)
	s := fmt.Sprintf("({ %s %s = %s; ", rt.C, v, convert(codes[0], types[0], rt))
	for i := 1; i < len(codes); i++ {
		cond := v + " != 0"
		if e.Op == ast.And {
			s += fmt.Sprintf("if (%s) %s = %s; ", cond, v, convert(codes[i], types[i], rt))
		} else {
			s += fmt.Sprintf("if (!(%s)) %s = %s; ", cond, v, convert(codes[i], types[i], rt))
		}
	}
	return s + v + "; })", rt
}

func (fg *fgen) compare(e *ast.Compare) (string, *cdef.Type) {
	ops := map[ast.CmpOp]string{ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
	lc, lt := fg.expr(e.Left)
	var parts []string
	for i, op := range e.Ops {
		s, ok := ops[op]
		if !ok {
			fg.fail(e.Lineno, "comparison %v on C values", op)
		}
		rc, rt := fg.expr(e.Comparators[i])
		t := arith(lt, rt)
		parts = append(parts, fmt.Sprintf("(%s %s %s)", convert(lc, lt, t), s, convert(rc, rt, t)))
		lc, lt = rc, rt
	}
	if len(parts) == 1 {
		return parts[0], cdef.TBint
	}
	return "(" + strings.Join(parts, " && ") + ")", cdef.TBint
}

// libm is made on first use: only %%native compiles calls, and every
// `bytepy run` would build it at start-up.
var libm = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"sqrt": 1, "sin": 1, "cos": 1, "tan": 1, "exp": 1, "log": 1, "log10": 1, "log2": 1, "fabs": 1,
		"floor": 1, "ceil": 1, "trunc": 1, "round": 1, "asin": 1, "acos": 1, "atan": 1, "sinh": 1, "cosh": 1, "tanh": 1,
		"pow": 2, "atan2": 2, "fmod": 2, "hypot": 2, "fmin": 2, "fmax": 2, "copysign": 2,
	}
})

func (fg *fgen) call(e *ast.Call) (string, *cdef.Type) {
	fn, ok := e.Func.(*ast.Name)
	if !ok || len(e.Keywords) > 0 {
		fg.fail(e.Lineno, "call of a Python object")
	}
	var codes []string
	var types []*cdef.Type
	for _, a := range e.Args {
		if _, star := a.(*ast.Starred); star {
			fg.fail(e.Lineno, "*args call")
		}
		c, t := fg.expr(a)
		if !t.IsC() {
			fg.fail(e.Lineno, "array passed to a call")
		}
		codes = append(codes, c)
		types = append(types, t)
	}
	if m, ok := fg.g.m.CImports[fn.Id]; ok {
		if libm()[m] != len(codes) {
			fg.fail(e.Lineno, "libc.math.%s takes %d arguments", m, libm()[m])
		}
		for i := range codes {
			codes[i] = convert(codes[i], types[i], cdef.TDouble)
		}
		return m + "(" + strings.Join(codes, ", ") + ")", cdef.TDouble
	}
	if callee, ok := fg.g.funcs[fn.Id]; ok && callee.Native {
		return fg.nativeCall(e, callee, codes, types)
	}
	if _, shadowed := fg.vars[fn.Id]; !shadowed {
		switch fn.Id {
		case "abs":
			if len(codes) == 1 {
				t := types[0]
				if t.Kind == cdef.Float {
					return "fabs(" + codes[0] + ")", cdef.TDouble
				}
				pt := promote(t)
				c := convert(codes[0], t, pt)
				return fmt.Sprintf("(%s < 0 ? -%s : %s)", c, c, c), pt
			}
		case "min", "max":
			if len(codes) >= 2 {
				rt := types[0]
				for _, t := range types[1:] {
					rt = arith(rt, t)
				}
				op := "<"
				if fn.Id == "max" {
					op = ">"
				}
				fg.tmp++
				v := fmt.Sprintf("bp_m%d", fg.tmp)
				s := fmt.Sprintf("({ %s %s = %s; ", rt.C, v, convert(codes[0], types[0], rt))
				for i := 1; i < len(codes); i++ {
					fg.tmp++
					w := fmt.Sprintf("bp_m%d", fg.tmp)
					s += fmt.Sprintf("%s %s = %s; if (%s %s %s) %s = %s; ", rt.C, w, convert(codes[i], types[i], rt), w, op, v, v, w)
				}
				return s + v + "; })", rt
			}
		case "float":
			if len(codes) == 1 {
				return convert(codes[0], types[0], cdef.TDouble), cdef.TDouble
			}
		case "int":
			if len(codes) == 1 {
				if types[0].Kind == cdef.Float {
					return convert(codes[0], types[0], cdef.TLong), cdef.TLong
				}
				return codes[0], promote(types[0])
			}
		case "bool":
			if len(codes) == 1 {
				return truth(codes[0], types[0]), cdef.TBint
			}
		}
	}
	fg.fail(e.Lineno, "'%s' is a Python object", fn.Id)
	return "", nil
}

func (fg *fgen) nativeCall(e *ast.Call, callee *Func, codes []string, types []*cdef.Type) (string, *cdef.Type) {
	d := callee.Decl
	need := len(d.Params)
	if len(codes) > need || len(codes) < need-len(callee.Defaults) {
		fg.fail(e.Lineno, "wrong number of arguments to %s", d.Name)
	}
	var args []string
	for i, p := range d.Params {
		if i < len(codes) {
			args = append(args, convert(codes[i], types[i], p.Type))
		} else {
			c := callee.Defaults[i-(need-len(callee.Defaults))]
			args = append(args, cast(p.Type, c.code()))
		}
	}
	args = append(args, "E")
	rt := callee.Result
	if rt == nil {
		// not generated yet in this round: use the declaration or assume
		// the widest integer; the next round settles it.
		rt = d.Ret
		if rt == nil || !rt.IsC() {
			other := fg.g.bodyResult(callee)
			if other == nil {
				fg.fail(e.Lineno, "result of %s not known yet", d.Name)
			}
			rt = other
		}
	}
	if rt == cdef.TVoid {
		fg.fail(e.Lineno, "%s returns None", d.Name)
	}
	code := fmt.Sprintf("bpf_%s(%s)", d.Name, strings.Join(args, ", "))
	if fg.swallowsErrors(callee) {
		return code, rt
	}
	return fg.check(rt, code), rt
}

// swallowsErrors reports whether callee never leaves an error set.
func (fg *fgen) swallowsErrors(callee *Func) bool {
	d := callee.Decl
	return d.Kind != cdef.Def && d.Ret != nil && d.Ret.Kind != cdef.Object && d.Except == "" || d.Except == "noexcept"
}

// bodyResult types a callee whose result is inferred, by generating it.
func (g *gen) bodyResult(f *Func) *cdef.Type {
	if f.Result != nil {
		return f.Result
	}
	if g.inProgress == nil {
		g.inProgress = map[*Func]bool{}
	}
	if g.inProgress[f] || g.hypothesis[f] != nil {
		return g.hypothesis[f]
	}
	g.inProgress[f] = true
	defer delete(g.inProgress, f)
	fg, u := g.function(f)
	if u != nil {
		return nil
	}
	return fg.result
}

func (fg *fgen) subscript(e *ast.Subscript) (string, *cdef.Type) {
	bc, bt := fg.expr(e.Value)
	if !bt.IsArray() {
		fg.fail(e.Lineno, "indexing a non-array")
	}
	idx, ok := e.Slice.(*ast.Index)
	if !ok {
		fg.fail(e.Lineno, "slicing a C array")
	}
	ic, it := fg.expr(idx.Value)
	if it.Kind != cdef.Int {
		fg.fail(e.Lineno, "array index must be a C integer")
	}
	return bc + "[" + ic + "]", bt.Elem()
}
