package cgen

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/native/cdef"
)

// fgen generates one function.
type fgen struct {
	g       *gen
	f       *Func
	d       *cdef.FuncDecl
	vars    map[string]*cdef.Type
	order   []string
	body    strings.Builder
	lineC   map[int][]string
	line    int
	indent  int
	tmp     int
	result  *cdef.Type // the C result; nil until a return is seen (def)
	swallow bool       // errors are unraisable, Cython's no-except C function
}

func (fg *fgen) fail(line int, format string, args ...any) {
	panic(&unsupported{line, fmt.Sprintf(format, args...)})
}

// function translates f, or reports why it cannot.
func (g *gen) function(f *Func) (fg *fgen, u *unsupported) {
	d := f.Decl
	fg = &fgen{g: g, f: f, d: d, vars: map[string]*cdef.Type{}, lineC: map[int][]string{}, line: d.Line, indent: 1}
	defer func() {
		if r := recover(); r != nil {
			if x, ok := r.(*unsupported); ok {
				u = x
				return
			}
			panic(r)
		}
	}()
	if d.Node.Args.Vararg != nil || d.Node.Args.Kwarg != nil || len(d.Node.Args.KwOnlyArgs) > 0 {
		fg.fail(d.Line, "*args, **kwargs and keyword-only parameters stay interpreted")
	}
	if len(d.Node.DecoratorList) > 0 {
		fg.fail(d.Line, "decorated functions stay interpreted")
	}
	if len(d.Params) > 15 {
		fg.fail(d.Line, "more than 15 parameters")
	}
	f.Params = nil
	f.Defaults = nil
	for _, p := range d.Params {
		if !p.Type.IsC() {
			fg.fail(p.Line, "parameter '%s' is a Python object", p.Name)
		}
		fg.vars[p.Name] = p.Type
		f.Params = append(f.Params, p.Type)
	}
	for _, e := range d.Node.Args.Defaults {
		c, ok := constOf(e)
		if !ok {
			fg.fail(e.GetPos().Lineno, "non-constant default")
		}
		f.Defaults = append(f.Defaults, c)
	}
	for name, v := range d.Locals {
		if !v.Type.IsC() && !v.Type.IsArray() {
			fg.fail(v.Line, "'%s' is declared as a Python object (%s)", name, v.Type.Name)
		}
		fg.vars[name] = v.Type
		fg.order = append(fg.order, name)
	}
	sortStrings(fg.order)
	fg.swallow = d.Kind != cdef.Def && d.Ret != nil && d.Ret.Kind != cdef.Object && d.Except == "" || d.Except == "noexcept"
	if d.Ret != nil && d.Ret.Kind != cdef.Object {
		if !d.Ret.IsC() {
			fg.fail(d.Line, "return type %s", d.Ret.Name)
		}
		fg.result = d.Ret
	}
	fg.infer(d.Node.Body)
	fg.stmts(d.Node.Body)
	if fg.result == nil {
		fg.result = cdef.TVoid
	} else if fg.result != cdef.TVoid && (d.Ret == nil || d.Ret.Kind == cdef.Object) && !endsInReturn(d.Node.Body) {
		fg.fail(d.Line, "may return None or a C value")
	}
	f.Result = fg.result
	if d.Kind != cdef.Cdef {
		f.Entry = "bpw_" + d.Name
	}
	return fg, nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func endsInReturn(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch s := body[len(body)-1].(type) {
	case *ast.Return:
		return true
	case *ast.If:
		if isCdefBlock(s) {
			return false
		}
		return endsInReturn(s.Body) && endsInReturn(s.Orelse)
	}
	return false
}

// infer gives untyped locals a type where Cython's safe inference does:
// a variable whose every assignment is a C double is a double. Anything else
// would be a Python object, which ends the attempt.
func (fg *fgen) infer(body []ast.Stmt) {
	assigned := map[string][]ast.Expr{}
	var names []string
	var walk func([]ast.Stmt)
	note := func(t ast.Expr, v ast.Expr) {
		n, ok := t.(*ast.Name)
		if !ok {
			return
		}
		if _, typed := fg.vars[n.Id]; typed {
			return
		}
		if _, seen := assigned[n.Id]; !seen {
			names = append(names, n.Id)
		}
		assigned[n.Id] = append(assigned[n.Id], v)
	}
	walk = func(ss []ast.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *ast.Assign:
				for _, t := range s.Targets {
					note(t, s.Value)
				}
			case *ast.AugAssign:
				note(s.Target, &ast.BinOp{Pos: s.Pos, Left: s.Target, Op: s.Op, Right: s.Value})
			case *ast.For:
				if n, ok := s.Target.(*ast.Name); ok {
					if _, typed := fg.vars[n.Id]; !typed {
						fg.fail(s.Lineno, "loop variable '%s' is a Python object (declare it: cdef int %s)", n.Id, n.Id)
					}
				}
				walk(s.Body)
				walk(s.Orelse)
			case *ast.While:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.If:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.FunctionDef, *ast.ClassDef:
				fg.fail(s.GetPos().Lineno, "nested definitions stay interpreted")
			}
		}
	}
	walk(body)
	for _, n := range names {
		// Only a value built from C doubles is inferred; the first pass may
		// meet the name itself (x = x + 1.0), so assume double while typing.
		fg.vars[n] = cdef.TDouble
		for _, v := range assigned[n] {
			_, t := fg.typeOnly(v)
			if t.Kind != cdef.Float {
				fg.fail(v.GetPos().Lineno, "untyped local '%s' would be a Python object", n)
			}
		}
		fg.order = append(fg.order, n)
	}
}

// typeOnly types an expression without keeping its code.
func (fg *fgen) typeOnly(e ast.Expr) (string, *cdef.Type) {
	saved := fg.tmp
	c, t := fg.expr(e)
	fg.tmp = saved
	return c, t
}

func (fg *fgen) sym() string { return "bpf_" + fg.d.Name }

func (fg *fgen) proto() string {
	var ps []string
	for _, p := range fg.d.Params {
		ps = append(ps, p.Type.C+" "+"v_"+p.Name)
	}
	ps = append(ps, "bp_err *E")
	return fmt.Sprintf("static %s %s(%s)", fg.result.C, fg.sym(), strings.Join(ps, ", "))
}

// emit writes one line of C for the current source line.
func (fg *fgen) emit(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	fg.body.WriteString(strings.Repeat("  ", fg.indent) + s + "\n")
	fg.lineC[fg.line] = append(fg.lineC[fg.line], s)
}

func (fg *fgen) text() string {
	var b strings.Builder
	b.WriteString(fg.proto() + " {\n")
	for _, n := range fg.order {
		t := fg.vars[n]
		if t.IsArray() {
			fmt.Fprintf(&b, "  %s v_%s[%d];\n", t.C, n, t.ArrayLen)
		} else {
			fmt.Fprintf(&b, "  %s v_%s = 0;\n", t.C, n)
		}
	}
	b.WriteString(fg.body.String())
	ret := "0"
	if fg.result == cdef.TVoid {
		ret = ""
	}
	fmt.Fprintf(&b, "  return %s;\nL_error: __attribute__((unused));\n", ret)
	if fg.swallow {
		fmt.Fprintf(&b, "  bp_unraisable(E, %q);\n", fg.d.Name)
	}
	fmt.Fprintf(&b, "  return %s;\n}\n", ret)
	b.WriteString(fg.wrapper())
	return b.String()
}

// wrapper is the entry the Go side calls: arguments in the frame's slots,
// already converted by Cython's rules; the result goes to slot 0.
func (fg *fgen) wrapper() string {
	if fg.d.Kind == cdef.Cdef {
		return ""
	}
	var args []string
	for i, p := range fg.d.Params {
		args = append(args, fmt.Sprintf("(%s)F->s[%d].%s", p.Type.C, i, slotField(p.Type)))
	}
	args = append(args, "&F->e")
	call := fmt.Sprintf("%s(%s)", fg.sym(), strings.Join(args, ", "))
	var body string
	if fg.result == cdef.TVoid {
		body = call + ";"
	} else {
		body = fmt.Sprintf("F->s[0].%s = %s;", slotField(fg.result), call)
	}
	w := fmt.Sprintf("void bpw_%s(bp_frame *F) { %s }\n", fg.d.Name, body)
	// The annotation shows the Python entry on the def line, with the work
	// the interpreter side does to unbox arguments and box the result.
	var conv []string
	for i, p := range fg.d.Params {
		conv = append(conv, fmt.Sprintf("F->s[%d].%s = bp_py_as_%s(args[%d]);", i, slotField(p.Type), strings.ReplaceAll(p.Type.Name, " ", "_"), i))
	}
	conv = append(conv, "bp_py_check_args(args, nargs);")
	fg.lineC[fg.d.Line] = append(append(conv, strings.TrimSpace(w)), fg.lineC[fg.d.Line]...)
	return w
}

func slotField(t *cdef.Type) string {
	switch {
	case t.Kind == cdef.Float:
		return "d"
	case t.Kind == cdef.Int && t.Unsigned:
		return "u"
	}
	return "i"
}
