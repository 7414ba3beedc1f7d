package cdef

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// srcEdit is one byte-range replacement in the cell. A range may span lines
// (a declaration continued in brackets); apply keeps the line count.
type srcEdit struct {
	off, end int
	repl     string
	line     int
	col      int
}

type pre struct {
	m      *Module
	edits  []srcEdit
	stack  []scope
	blocks []int // indents of open cdef: blocks
}

type scope struct {
	indent int
	fn     *FuncDecl // nil for a class
}

// Parse reads a cell. filename is what errors name (Cython's NAME.pyx).
func Parse(src, filename string) (mod *Module, err error) {
	defer func() {
		// a pre-processor bug must not take the kernel down
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("bytepy: internal error in the %%%%native front end: %v", r)
		}
	}()
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	m := &Module{Filename: filename, Source: src, Globals: map[string]*Var{},
		CImports: map[string]string{}, BlockLines: map[int]bool{}, DeclLines: map[int]bool{}, edits: map[int][]edit{}}
	p := &pre{m: m}
	for _, l := range splitLogical(src) {
		if err := p.line(l); err != nil {
			return nil, err
		}
	}
	m.Python = p.apply(src)
	root, err := parser.ParseString(m.Python, filename, "exec", 0)
	if err != nil {
		return nil, p.syntaxError(err)
	}
	m.Root = root.(*ast.Module)
	p.match()
	return m, nil
}

func tokEnd(t tok) int { return t.off + len(t.text) }

func (p *pre) add(off, end int, repl string, t tok) {
	p.edits = append(p.edits, srcEdit{off, end, repl, t.line, t.col})
}

func (p *pre) current() *FuncDecl {
	if len(p.stack) == 0 {
		return nil
	}
	return p.stack[len(p.stack)-1].fn
}

func (p *pre) line(l logical) error {
	for len(p.stack) > 0 && l.indent <= p.stack[len(p.stack)-1].indent {
		p.stack = p.stack[:len(p.stack)-1]
	}
	for len(p.blocks) > 0 && l.indent <= p.blocks[len(p.blocks)-1] {
		p.blocks = p.blocks[:len(p.blocks)-1]
	}
	t := l.toks
	if len(p.blocks) > 0 {
		return p.declaration(l, 0, t[0])
	}
	switch {
	case t[0].kind == 'n' && (t[0].text == "cdef" || t[0].text == "cpdef"):
		return p.cdefLine(l)
	case t[0].kind == 'n' && t[0].text == "def":
		return p.defLine(l, 0, Def, nil, t[0])
	case t[0].kind == 'n' && (t[0].text == "async") && len(t) > 1 && t[1].text == "def":
		p.pushFunc(l, &FuncDecl{Name: "<async>", Kind: Def, Line: l.line})
	case t[0].kind == 'n' && t[0].text == "class":
		p.stack = append(p.stack, scope{indent: l.indent})
	case t[0].kind == 'n' && t[0].text == "from" && hasName(t, "cimport"):
		return p.cimport(l)
	case t[0].kind == 'n' && t[0].text == "cimport":
		p.add(t[0].off, tokEnd(t[len(t)-1]), "pass", t[0])
	}
	return nil
}

func hasName(ts []tok, s string) bool {
	for _, t := range ts {
		if t.kind == 'n' && t.text == s {
			return true
		}
	}
	return false
}

// cimport handles "from libc.math cimport sqrt, fabs as fa".
func (p *pre) cimport(l logical) error {
	t := l.toks
	var mod []string
	i := 1
	for ; i < len(t) && t[i].text != "cimport"; i++ {
		mod = append(mod, t[i].text)
	}
	modName := strings.Join(mod, "")
	for i++; i < len(t); i++ {
		if t[i].kind != 'n' {
			continue
		}
		name, local := t[i].text, t[i].text
		if i+2 < len(t) && t[i+1].text == "as" {
			local = t[i+2].text
			i += 2
		}
		if modName == "libc.math" {
			p.m.CImports[local] = name
		} else {
			return p.m.errAt(t[0].line, t[0].col, "'%s.pxd' not found", strings.ReplaceAll(modName, ".", "/"))
		}
	}
	p.add(t[0].off, tokEnd(t[len(t)-1]), "pass", t[0])
	return nil
}

func (p *pre) cdefLine(l logical) error {
	t := l.toks
	kw := t[0]
	if len(t) > 1 && t[1].text == ":" {
		// "cdef:" -> "if 1:" keeps the block's indentation legal.
		p.add(kw.off, tokEnd(t[1]), "if 1:", kw)
		p.m.BlockLines[kw.line] = true
		p.blocks = append(p.blocks, l.indent)
		return nil
	}
	if len(t) > 1 && t[1].text == "class" {
		return p.m.errAt(t[1].line, t[1].col, "cdef classes are not supported by bytepy native")
	}
	if len(t) > 1 && t[1].text == "extern" {
		return p.m.errAt(t[1].line, t[1].col, "cdef extern blocks are not supported by bytepy native")
	}
	i := 1
	for i < len(t) && t[i].kind == 'n' && (t[i].text == "inline" || t[i].text == "public" || t[i].text == "api" || t[i].text == "readonly") {
		i++
	}
	// A function when a name is followed by "(".
	for j := i; j < len(t); j++ {
		if t[j].kind == 'o' {
			if t[j].text == "(" && j > i-1 && t[j-1].kind == 'n' {
				kind := Cdef
				if kw.text == "cpdef" {
					kind = Cpdef
				}
				var ret *Type
				if j-1 > i {
					rt, err := p.typeOf(t[i : j-1])
					if err != nil {
						return err
					}
					ret = rt
				}
				return p.defLine(l, j-1, kind, ret, kw)
			}
			break
		}
	}
	if kw.text == "cpdef" {
		return p.m.errAt(kw.line, kw.col, "cpdef variables are not allowed")
	}
	return p.declaration(l, i, kw)
}

// typeOf reads a base type from words; pointers are refused.
func (p *pre) typeOf(ts []tok) (*Type, error) {
	var words []string
	for _, t := range ts {
		if t.kind != 'n' {
			if t.text == "*" {
				return nil, p.m.errAt(t.line, t.col, "pointer types are not supported by bytepy native")
			}
			return nil, p.m.errAt(t.line, t.col, "Syntax error in C variable declaration")
		}
		words = append(words, t.text)
	}
	if !typeWords()[words[0]] {
		return nil, p.m.errAt(ts[0].line, ts[0].col, "'%s' is not a type identifier", words[0])
	}
	ty := lookupType(words)
	if ty == nil {
		return nil, p.m.errAt(ts[0].line, ts[0].col, "'%s' is not a type identifier", strings.Join(words, " "))
	}
	return ty, nil
}

// declaration handles "[cdef] TYPE a [= e], b[N], ..." from token start.
func (p *pre) declaration(l logical, start int, first tok) error {
	t := l.toks
	// the type is every leading name but the last before a declarator boundary
	j := start
	for j < len(t) && t[j].kind == 'n' && typeWords()[t[j].text] {
		j++
	}
	if j == start {
		if j < len(t) && t[j].kind == 'n' && j+1 < len(t) && t[j+1].kind == 'n' {
			return p.m.errAt(t[j].line, t[j].col, "'%s' is not a type identifier", t[j].text)
		}
		if j < len(t) {
			return p.m.errAt(t[j].line, t[j].col, "Syntax error in C variable declaration")
		}
		return p.m.errAt(first.line, tokEnd(first)-first.off+first.col, "Syntax error in C variable declaration")
	}
	// "cdef int long" style: the last type word is the name when nothing names
	if j == len(t) || t[j].kind != 'n' {
		if j == len(t) && j-1 == start {
			last := t[len(t)-1]
			return p.m.errAt(last.line, last.col+len(last.text), "Empty declarator")
		}
		if t[j-1].text != "int" && j-1 > start {
			j--
		} else if j < len(t) && t[j].text == "*" {
			return p.m.errAt(t[j].line, t[j].col, "pointer types are not supported by bytepy native")
		} else {
			at := t[len(t)-1]
			if j < len(t) {
				at = t[j]
			}
			return p.m.errAt(at.line, at.col, "Syntax error in C variable declaration")
		}
	}
	ty, err := p.typeOf(t[start:j])
	if err != nil {
		return err
	}
	fn := p.current()
	var pieces []string
	exact := true
	firstName := -1
	for k := j; k < len(t); {
		if t[k].kind != 'n' {
			return p.m.errAt(t[k].line, t[k].col, "Expected an identifier, found '%s'", t[k].text)
		}
		name := t[k]
		vt := ty
		k++
		if k < len(t) && t[k].text == "[" {
			if k+1 < len(t) && t[k+1].kind == 'n' {
				return p.m.errAt(t[k+1].line, t[k+1].col, "Not allowed in a constant expression")
			}
			if k+2 >= len(t) || t[k+1].kind != '#' || t[k+2].text != "]" {
				return p.m.errAt(t[k].line, t[k].col, "Array dimension must be an integer constant in bytepy native")
			}
			n, err := strconv.Atoi(t[k+1].text)
			if err != nil || n <= 0 {
				return p.m.errAt(t[k+1].line, t[k+1].col, "Array dimension not integer")
			}
			vt = ArrayOf(ty, n)
			k += 3
		}
		v := &Var{Name: name.text, Type: vt, Line: name.line, Col: name.col}
		end := k
		if k < len(t) && t[k].text == "=" {
			if vt.IsArray() {
				return p.m.errAt(t[k].line, t[k].col, "array initialisers are not supported by bytepy native")
			}
			depth := 0
			for end = k + 1; end < len(t); end++ {
				switch t[end].text {
				case "(", "[", "{":
					depth++
				case ")", "]", "}":
					depth--
				}
				if depth == 0 && t[end].text == "," {
					break
				}
			}
			v.HasInit = true
			if firstName < 0 {
				firstName = len(pieces)
			}
			pieces = append(pieces, p.m.Source[name.off:tokEnd(t[end-1])])
			if strings.Contains(pieces[len(pieces)-1], "\n") {
				exact = false
			}
		}
		if err := p.declare(fn, v); err != nil {
			return err
		}
		k = end
		if k < len(t) {
			if t[k].text != "," {
				return p.m.errAt(t[k].line, t[k].col, "Syntax error in C variable declaration")
			}
			k++
		}
	}
	p.m.DeclLines[first.line] = true
	lastEnd := tokEnd(t[len(t)-1])
	if strings.Contains(p.m.Source[first.off:lastEnd], "\n") && !exact {
		return p.m.errAt(first.line, first.col, "multi-line cdef initialisers are not supported by bytepy native")
	}
	switch {
	case len(pieces) == 0:
		p.add(first.off, lastEnd, "pass", first)
	case len(pieces) == 1 && t[j].off+len(pieces[0]) == lastEnd:
		// the common "cdef int acc = 0": only the prefix goes, columns stay exact
		p.add(first.off, t[j].off, "", first)
	default:
		p.add(first.off, lastEnd, strings.Join(pieces, "; "), first)
	}
	return nil
}

func (p *pre) declare(fn *FuncDecl, v *Var) error {
	scope := p.m.Globals
	if fn != nil {
		scope = fn.Locals
		for _, q := range fn.Params {
			if q.Name == v.Name {
				return p.redeclared(v, q)
			}
		}
		fn.Typed = true
	}
	if old, ok := scope[v.Name]; ok {
		return p.redeclared(v, old)
	}
	scope[v.Name] = v
	return nil
}

func (p *pre) redeclared(v, old *Var) error {
	e := p.m.errAt(v.Line, v.Col, "'%s' redeclared ", v.Name)
	e.Next = p.m.errAt(old.Line, old.Col, "Previous declaration is here")
	return e
}

func (p *pre) pushFunc(l logical, fn *FuncDecl) {
	if len(p.stack) > 0 && p.stack[len(p.stack)-1].fn == nil {
		fn.InClass = true
	}
	p.m.Funcs = append(p.m.Funcs, fn)
	p.stack = append(p.stack, scope{indent: l.indent, fn: fn})
}

// defLine handles a function header whose name is token nameAt; kw is the
// def/cdef/cpdef keyword.
func (p *pre) defLine(l logical, nameAt int, kind FuncKind, ret *Type, kw tok) error {
	t := l.toks
	if kind == Def {
		nameAt = 1
	}
	if nameAt+1 >= len(t) || t[nameAt].kind != 'n' || t[nameAt+1].text != "(" {
		return nil // let the parser complain
	}
	fn := &FuncDecl{Name: t[nameAt].text, Kind: kind, Line: kw.line, Ret: ret, Locals: map[string]*Var{}}
	if kind != Def {
		fn.Typed = true
		p.add(kw.off, t[nameAt].off, "def ", kw)
	}
	// parameters
	depth := 0
	k := nameAt + 2
	close := -1
	var cur []tok
	params := [][]tok{}
	for ; k < len(t); k++ {
		switch t[k].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth == 0 && t[k].text == ")" {
				close = k
			}
			depth--
		}
		if close >= 0 {
			break
		}
		if depth == 0 && t[k].text == "," {
			params = append(params, cur)
			cur = nil
			continue
		}
		cur = append(cur, t[k])
	}
	if close < 0 {
		return nil
	}
	if len(cur) > 0 {
		params = append(params, cur)
	}
	for _, pt := range params {
		v, err := p.param(fn, pt)
		if err != nil {
			return err
		}
		if v != nil {
			fn.Params = append(fn.Params, v)
		}
	}
	// trailing "except -1", "noexcept", "nogil", "with gil" up to ':'
	colon := -1
	for k = close + 1; k < len(t); k++ {
		if t[k].text == ":" {
			colon = k
			break
		}
	}
	if colon > close+1 {
		var words []string
		for _, x := range t[close+1 : colon] {
			words = append(words, x.text)
		}
		clause := strings.Join(words, " ")
		switch {
		case words[0] == "->":
		case clause == "except":
			return p.m.errAt(t[colon].line, t[colon].col, "Expected an identifier or literal")
		case kind == Def:
			return p.m.errAt(t[close+1].line, t[close+1].col, "Syntax error in simple statement list")
		default:
			fn.Nogil = strings.Contains(clause, "nogil")
			clause = strings.TrimSpace(strings.Replace(strings.Replace(clause, "nogil", "", 1), "with gil", "", 1))
			switch {
			case clause == "", clause == "noexcept", clause == "except *", clause == "except * ",
				strings.HasPrefix(clause, "except ?"), strings.HasPrefix(clause, "except"):
				fn.Except = clause
			default:
				return p.m.errAt(t[close+1].line, t[close+1].col, "Syntax error in C function declaration")
			}
			p.add(tokEnd(t[close]), t[colon].off, "", t[close])
		}
	}
	p.pushFunc(l, fn)
	return nil
}

// param reads one parameter, dropping its type from the source.
func (p *pre) param(fn *FuncDecl, pt []tok) (*Var, error) {
	if len(pt) == 0 {
		return nil, nil
	}
	if pt[0].text == "*" || pt[0].text == "**" || pt[0].text == "/" {
		if len(pt) > 1 && pt[1].kind == 'n' {
			return &Var{Name: pt[1].text, Line: pt[1].line, Col: pt[1].col}, nil
		}
		return nil, nil
	}
	// names before "=" or ":"
	n := 0
	for n < len(pt) && (pt[n].kind == 'n' || pt[n].text == "*") {
		n++
	}
	if n == 0 {
		return nil, nil // not a parameter: the parser will say so
	}
	if n < len(pt) && pt[n].text == "[" {
		return nil, p.m.errAt(pt[n].line, pt[n].col, "memoryviews and buffers are not supported by bytepy native")
	}
	name := pt[n-1]
	v := &Var{Name: name.text, Line: name.line, Col: name.col}
	if n >= 2 {
		ty, err := p.typeOf(pt[:n-1])
		if err != nil {
			return nil, err
		}
		v.Type = ty
		fn.Typed = true
		p.add(pt[0].off, name.off, "", pt[0])
	}
	if n < len(pt) && pt[n].text == "=" {
		fn.Defaults++
		v.HasInit = true
	}
	return v, nil
}

// apply performs the edits and records the column maps.
func (p *pre) apply(src string) string {
	sort.Slice(p.edits, func(i, j int) bool { return p.edits[i].off < p.edits[j].off })
	var b strings.Builder
	pos := 0
	for _, e := range p.edits {
		if e.off < pos {
			continue
		}
		b.WriteString(src[pos:e.off])
		b.WriteString(e.repl)
		// A declaration continued over lines inside brackets or after a
		// backslash keeps its line count, so every later line (and every
		// error's line number) stays where the user wrote it.
		for n := strings.Count(src[e.off:e.end], "\n") - strings.Count(e.repl, "\n"); n > 0; n-- {
			b.WriteString(" \\\n")
		}
		pos = e.end
		p.m.edits[e.line] = append(p.m.edits[e.line], edit{col: e.off - (strings.LastIndexByte(src[:e.off], '\n') + 1), oldLen: e.end - e.off, newLen: len(e.repl)})
	}
	b.WriteString(src[pos:])
	return b.String()
}

// syntaxError turns the parser's error into Cython's layout.
func (p *pre) syntaxError(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return err
	}
	col := se.Offset - 1
	if col < 0 {
		col = 0
	}
	col = p.m.OrigCol(se.Lineno, col)
	msg := se.Msg
	switch msg {
	case "invalid syntax":
		msg = "Expected an identifier or literal"
	case "unexpected EOF while parsing":
		// Cython's scanner meets the end inside brackets on the next line
		return p.m.errAt(strings.Count(p.m.Source, "\n")+1, 0, "Unrecognized character")
	}
	return p.m.errAt(se.Lineno, col, "%s", msg)
}

// match pairs the declared functions with the AST's FunctionDefs in source
// order (decorated definitions report the decorator's line in 3.7, so order,
// not line, is the key).
func (p *pre) match() {
	var defs []*ast.FunctionDef
	var walk func([]ast.Stmt)
	walk = func(body []ast.Stmt) {
		for _, s := range body {
			switch s := s.(type) {
			case *ast.FunctionDef:
				defs = append(defs, s)
				walk(s.Body)
			case *ast.AsyncFunctionDef:
				defs = append(defs, &ast.FunctionDef{Pos: s.Pos, Name: "<async>", Body: s.Body})
				walk(s.Body)
			case *ast.ClassDef:
				walk(s.Body)
			case *ast.If:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.For:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.While:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.With:
				walk(s.Body)
			case *ast.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			}
		}
	}
	walk(p.m.Root.Body)
	for i, d := range defs {
		if i < len(p.m.Funcs) && p.m.Funcs[i].Name == d.Name {
			p.m.Funcs[i].Node = d
		}
	}
}
