// Package cgen translates the typed functions of a parsed %%native cell into
// C, and decides which functions can be translated at all.
//
// The boundary: a function goes native when it is cdef, cpdef, or a def with
// a typed parameter or a cdef local, sits at module level, and every name its
// body touches is a C value — a typed parameter or local, an untyped local
// whose every assignment is a C double (Cython's safe inference), a
// module-level cdef variable, another native function of the cell, a
// libc.math cimport, or the builtins abs/min/max/int/float/bool and range in
// a for loop. Anything else (a Python object, a list, a call into the
// interpreter) leaves the whole function interpreted, with its declarations
// dropped, and the reason recorded in Func.Reason. Deciding is a fixpoint:
// a function calling one that fell back falls back too.
//
// Every C function takes a trailing bp_err* and reports failure through it;
// each fallible expression is wrapped in a GNU statement expression that
// jumps to the function's error label, so evaluation stops where Python's
// would. cdef/cpdef functions with a C result and no except clause swallow
// the error as Cython does ("Exception ignored in: ...") and return 0.
package cgen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/native/cdef"
)

// Func is one function of the cell and what became of it.
type Func struct {
	Decl                *cdef.FuncDecl
	Native              bool
	Params              []*cdef.Type // C types of the parameters when native
	Defaults            []Const      // defaults of the trailing parameters
	Result              *cdef.Type   // TVoid when it returns None
	Entry               string       // the exported wrapper symbol (def and cpdef)
	Reason              string       // why it stays in the interpreter
	Short               bool         // native, with a small constant bound on its work (bounded.go)
	FirstLine, LastLine int
}

// Const is a default value.
type Const struct {
	Kind cdef.Kind // Int, Float or Bint
	I    int64
	F    float64
}

// Output is the translation of a cell.
type Output struct {
	C      string
	Funcs  []*Func
	Python string           // the cell without its native functions, line for line
	LineC  map[int][]string // C generated per source line, for the annotation
	Native map[int]bool     // lines inside native functions
}

type unsupported struct {
	line int
	msg  string
}

type gen struct {
	m          *cdef.Module
	funcs      map[string]*Func
	out        *Output
	lineC      map[int][]string
	inProgress map[*Func]bool
	hypothesis map[*Func]*cdef.Type
}

// recursive retries a def that calls itself before its result type is
// known: it assumes each C result in turn and keeps the first one the body
// confirms. long comes first, being the closest to a Python int.
func (g *gen) recursive(f *Func, u *unsupported) (*fgen, *unsupported) {
	if g.hypothesis == nil {
		g.hypothesis = map[*Func]*cdef.Type{}
	}
	defer delete(g.hypothesis, f)
	for _, t := range []*cdef.Type{cdef.TLong, cdef.TDouble, cdef.TBint} {
		g.hypothesis[f] = t
		fg, u2 := g.function(f)
		if u2 == nil && fg.result == t {
			return fg, nil
		}
	}
	return nil, u
}

// Generate translates the cell.
func Generate(m *cdef.Module) (out *Output, err error) {
	defer func() {
		// a generator bug must not take the kernel down
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("bytepy: internal error in the %%%%native code generator: %v", r)
		}
	}()
	g := &gen{m: m, funcs: map[string]*Func{}}
	out = &Output{Native: map[int]bool{}}
	g.out = out
	body := m.Root.Body
	for i, s := range body {
		fd, ok := s.(*ast.FunctionDef)
		if !ok {
			continue
		}
		d := m.FuncByNode(fd)
		if d == nil {
			continue
		}
		f := &Func{Decl: d, FirstLine: fd.Lineno, LastLine: countLines(m.Source)}
		if i+1 < len(body) {
			f.LastLine = firstLine(body[i+1]) - 1
		}
		out.Funcs = append(out.Funcs, f)
		if d.Typed && !d.InClass {
			f.Native = true
			g.funcs[d.Name] = f
		} else if !d.Typed {
			f.Reason = "no C declarations"
		}
	}
	for _, f := range m.Funcs {
		if f.Node == nil || !f.Typed {
			continue
		}
		if _, top := g.funcs[f.Name]; !top {
			found := false
			for _, of := range out.Funcs {
				if of.Decl == f {
					found = true
				}
			}
			if !found {
				out.Funcs = append(out.Funcs, &Func{Decl: f, Reason: "nested or method definitions stay interpreted"})
			}
		}
	}
	globals, err := g.globals()
	if err != nil {
		return nil, err
	}
	var bodies map[string]*fgen
	for {
		bodies = map[string]*fgen{}
		changed := false
		for _, f := range out.Funcs {
			if !f.Native {
				continue
			}
			fg, u := g.function(f)
			if u != nil && strings.Contains(u.msg, "not known yet") {
				fg, u = g.recursive(f, u)
			}
			if u != nil {
				f.Native = false
				f.Reason = fmt.Sprintf("line %d: %s", u.line, u.msg)
				changed = true
				continue
			}
			bodies[f.Decl.Name] = fg
		}
		if !changed {
			break
		}
	}
	g.markShort()
	var c strings.Builder
	c.WriteString(prelude)
	c.WriteString(globals)
	out.LineC = map[int][]string{}
	for _, f := range out.Funcs {
		if f.Native {
			c.WriteString(bodies[f.Decl.Name].proto() + ";\n")
		}
	}
	for _, f := range out.Funcs {
		if !f.Native {
			continue
		}
		fg := bodies[f.Decl.Name]
		c.WriteString(fg.text())
		for l, cs := range fg.lineC {
			out.LineC[l] = append(out.LineC[l], cs...)
		}
		for l := f.FirstLine; l <= f.LastLine; l++ {
			out.Native[l] = true
		}
	}
	out.C = c.String()
	out.Python = g.python()
	return out, nil
}

func countLines(s string) int { return strings.Count(s, "\n") }

func firstLine(s ast.Stmt) int {
	line := s.GetPos().Lineno
	switch s := s.(type) {
	case *ast.FunctionDef:
		for _, d := range s.DecoratorList {
			if l := d.GetPos().Lineno; l < line {
				line = l
			}
		}
	case *ast.ClassDef:
		for _, d := range s.DecoratorList {
			if l := d.GetPos().Lineno; l < line {
				line = l
			}
		}
	}
	return line
}

// globals declares the module-level cdef variables; their initialisers must
// be constants.
func (g *gen) globals() (string, error) {
	var names []string
	for n := range g.m.Globals {
		names = append(names, n)
	}
	sort.Strings(names)
	inits := map[string]ast.Expr{}
	for _, s := range g.m.Root.Body {
		if a, ok := s.(*ast.Assign); ok && g.m.DeclLines[a.Lineno] {
			if n, ok := a.Targets[0].(*ast.Name); ok {
				inits[n.Id] = a.Value
			}
		}
	}
	var b strings.Builder
	for _, n := range names {
		v := g.m.Globals[n]
		if !v.Type.IsC() && !v.Type.IsArray() {
			continue
		}
		if v.Type.IsArray() {
			fmt.Fprintf(&b, "static %s bpg_%s[%d];\n", v.Type.C, n, v.Type.ArrayLen)
			continue
		}
		init := "0"
		if e, ok := inits[n]; ok {
			c, ok := constOf(e)
			if !ok {
				return "", &cdef.Error{Filename: g.m.Filename, Line: v.Line, Col: v.Col, Source: g.m.Source,
					Msg: "module-level cdef initialisers must be constants in bytepy native"}
			}
			init = c.code()
		}
		fmt.Fprintf(&b, "static %s bpg_%s = %s;\n", v.Type.C, n, init)
	}
	return b.String(), nil
}

func (c Const) code() string {
	switch c.Kind {
	case cdef.Float:
		return fmt.Sprintf("%#v", c.F)
	default:
		return fmt.Sprintf("%dLL", c.I)
	}
}

// python blanks the native functions and the module-level cdef lines.
func (g *gen) python() string {
	lines := strings.SplitAfter(g.m.Python, "\n")
	blank := func(l int) {
		if l >= 1 && l <= len(lines) {
			if strings.HasSuffix(lines[l-1], "\n") {
				lines[l-1] = "\n"
			} else {
				lines[l-1] = ""
			}
		}
	}
	for _, f := range g.out.Funcs {
		if f.Native {
			for l := f.FirstLine; l <= f.LastLine; l++ {
				blank(l)
			}
		}
	}
	for _, s := range g.m.Root.Body {
		if g.m.DeclLines[s.GetPos().Lineno] {
			switch s.(type) {
			case *ast.Assign, *ast.Pass:
				blank(s.GetPos().Lineno)
			}
		}
	}
	return strings.Join(lines, "")
}
