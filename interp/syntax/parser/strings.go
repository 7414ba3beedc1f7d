package parser

import (
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/scanner"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// strings parses STRING+, concatenating adjacent literals as ast.c's
// parsestrplus does: bytes with bytes, str and f-strings into one Str or
// JoinedStr. Every node sits at the first string token.
func (p *parser) strings() ast.Expr {
	pos := p.pos
	first := p.tok
	p.next()
	if !p.is(token.STRING) {
		prefix, _, _ := scanner.SplitString(first.Text)
		if strings.IndexByte(prefix, 'f') < 0 {
			v, isBytes, err := scanner.DecodeString(first.Text)
			if err != nil {
				p.astError(pos, err.Error())
			}
			if isBytes {
				return &ast.Bytes{Pos: pos, S: v}
			}
			return &ast.Str{Pos: pos, S: v}
		}
	}
	toks := []token.Token{first}
	for p.is(token.STRING) {
		toks = append(toks, p.tok)
		p.next()
	}
	f := fstring{p: p, pos: pos, text: first.Text}
	var st fstate
	bytesMode := false
	var bytesVal strings.Builder
	for i, t := range toks {
		prefix, _, body := scanner.SplitString(t.Text)
		isF := strings.IndexByte(prefix, 'f') >= 0
		isBytes := strings.IndexByte(prefix, 'b') >= 0
		var v string
		if !isF {
			var err error
			v, _, err = scanner.DecodeString(t.Text)
			if err != nil {
				p.astError(pos, err.Error())
				return &ast.Str{Pos: pos}
			}
		}
		if i != 0 && bytesMode != isBytes {
			p.astError(pos, "cannot mix bytes and nonbytes literals")
			return &ast.Str{Pos: pos}
		}
		bytesMode = isBytes
		switch {
		case isF:
			if _, ok := f.concat(&st, body, 0, strings.IndexByte(prefix, 'r') >= 0, 0); !ok {
				return &ast.Str{Pos: pos}
			}
		case isBytes:
			bytesVal.WriteString(v)
		default:
			st.addStr(v)
		}
	}
	if bytesMode {
		return &ast.Bytes{Pos: pos, S: bytesVal.String()}
	}
	return f.finish(&st)
}

// fstate is FstringParser: the literal text not yet turned into a Str,
// and the values found so far.
type fstate struct {
	fmode   bool // an f-string took part: the result is a JoinedStr
	last    string
	hasLast bool
	values  []ast.Expr
}

// addStr appends a non-f literal; empty ones leave no trace.
func (st *fstate) addStr(s string) {
	if s == "" {
		return
	}
	st.last += s
	st.hasLast = true
}

// fstring parses f-string bodies for one string atom at pos; text is the
// atom's first token, where nested expressions are looked up to place
// them (fstring_fix_node_location).
type fstring struct {
	p    *parser
	pos  ast.Pos
	text string
}

// fail records an f-string error at the atom.
func (f *fstring) fail(msg string) bool {
	f.p.astError(f.pos, msg)
	return false
}

// finish turns the state into a Str, or a JoinedStr once an f-string was seen.
func (f *fstring) finish(st *fstate) ast.Expr {
	if !st.fmode {
		return &ast.Str{Pos: f.pos, S: st.last}
	}
	if st.hasLast {
		st.values = append(st.values, &ast.Str{Pos: f.pos, S: st.last})
		st.last, st.hasLast = "", false
	}
	return &ast.JoinedStr{Pos: f.pos, Values: st.values}
}

// flush turns pending literal text into a Str value.
func (f *fstring) flush(st *fstate) {
	if st.hasLast {
		st.values = append(st.values, &ast.Str{Pos: f.pos, S: st.last})
		st.last, st.hasLast = "", false
	}
}

// concat parses the f-string body s from i: literals and {expressions}
// until the end, or until the '}' closing a format spec when recurse > 0.
// It returns where it stopped.
func (f *fstring) concat(st *fstate, s string, i int, raw bool, recurse int) (int, bool) {
	st.fmode = true
	for {
		lit, hasLit, again, j, ok := f.literal(s, i, raw, recurse)
		if !ok {
			return j, false
		}
		i = j
		if hasLit {
			if !st.hasLast {
				st.last, st.hasLast = lit, true
			} else {
				st.addStr(lit)
			}
		}
		if again {
			continue
		}
		if i >= len(s) || s[i] == '}' {
			break
		}
		e, j, ok := f.expression(s, i, raw, recurse)
		if !ok {
			return j, false
		}
		i = j
		f.flush(st)
		st.values = append(st.values, e)
	}
	if recurse == 0 && i < len(s)-1 {
		return i, f.fail("f-string: unexpected end of string")
	}
	if recurse != 0 && (i >= len(s) || s[i] != '}') {
		return i, f.fail("f-string: expecting '}'")
	}
	return i, true
}

// literal reads literal text from i up to an expression's '{', a
// format spec's closing '}' or the end. A doubled brace at the top level
// ends the literal just after its first brace and asks to be called
// again (again) past the second.
func (f *fstring) literal(s string, i int, raw bool, recurse int) (lit string, hasLit, again bool, next int, ok bool) {
	start := i
	end := -1
loop:
	for i < len(s) {
		ch := s[i]
		i++
		if !raw && ch == '\\' && i < len(s) {
			ch = s[i]
			i++
			if ch == 'N' {
				if i < len(s) {
					c := s[i]
					i++
					if c == '{' {
						for i < len(s) {
							c = s[i]
							i++
							if c == '}' {
								break
							}
						}
						continue
					}
				}
				break loop
			}
		}
		if ch == '{' || ch == '}' {
			if recurse == 0 {
				if i < len(s) && s[i] == ch {
					end, next, again = i, i+1, true
					break loop
				}
				if ch == '}' {
					return "", false, false, i - 1, f.fail("f-string: single '}' is not allowed")
				}
			}
			i--
			break
		}
	}
	if end < 0 {
		end, next = i, i
	}
	if end == start {
		return "", false, again, next, true
	}
	lit = s[start:end]
	if !raw {
		// A backslash just before an expression's brace has nothing
		// to escape; CPython 3.7 keeps it as a backslash.
		n := 0
		for n < len(lit) && lit[len(lit)-1-n] == '\\' {
			n++
		}
		tail := ""
		if n%2 == 1 {
			lit, tail = lit[:len(lit)-1], `\`
		}
		var err error
		lit, err = scanner.DecodeEscapes(lit, false, false)
		if err != nil {
			return "", false, false, next, f.fail(err.Error())
		}
		lit += tail
	}
	return lit, true, again, next, true
}

// expression reads {expr[!conv][:spec]} starting at the '{' at s[i].
func (f *fstring) expression(s string, i int, raw bool, recurse int) (ast.Expr, int, bool) {
	if recurse >= 2 {
		return nil, i, f.fail("f-string: expressions nested too deeply")
	}
	i++
	exprStart := i
	var quote byte
	strType, depth := 0, 0
scan:
	for ; i < len(s); i++ {
		ch := s[i]
		if ch == '\\' {
			return nil, i, f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if strType == 3 {
					if i+2 < len(s) && s[i+1] == ch && s[i+2] == ch {
						i += 2
						strType, quote = 0, 0
					}
				} else {
					strType, quote = 0, 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			if i+2 < len(s) && s[i+1] == ch && s[i+2] == ch {
				strType = 3
				i += 2
			} else {
				strType = 1
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			depth++
		case depth != 0 && (ch == ']' || ch == '}' || ch == ')'):
			depth--
		case ch == '#':
			return nil, i, f.fail("f-string expression part cannot include '#'")
		case depth == 0 && (ch == '!' || ch == ':' || ch == '}'):
			if ch == '!' && i+1 < len(s) && s[i+1] == '=' {
				continue
			}
			break scan
		}
	}
	exprEnd := i
	if quote != 0 {
		return nil, i, f.fail("f-string: unterminated string")
	}
	if depth != 0 {
		return nil, i, f.fail("f-string: mismatched '(', '{', or '['")
	}
	if i >= len(s) {
		return nil, i, f.fail("f-string: expecting '}'")
	}
	value := f.compile(s[exprStart:exprEnd])
	if value == nil {
		return nil, i, false
	}
	conversion := -1
	if s[i] == '!' {
		i++
		if i >= len(s) {
			return nil, i, f.fail("f-string: expecting '}'")
		}
		conversion = int(s[i])
		i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			return nil, i, f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if i >= len(s) {
		return nil, i, f.fail("f-string: expecting '}'")
	}
	var spec ast.Expr
	if s[i] == ':' {
		i++
		if i >= len(s) {
			return nil, i, f.fail("f-string: expecting '}'")
		}
		var st fstate
		j, ok := f.concat(&st, s, i, raw, recurse+1)
		if !ok {
			return nil, j, false
		}
		i = j
		spec = f.finish(&st)
	}
	if i >= len(s) || s[i] != '}' {
		return nil, i, f.fail("f-string: expecting '}'")
	}
	i++
	return &ast.FormattedValue{Pos: f.pos, Value: value, Conversion: conversion, FormatSpec: spec}, i, true
}

// compile parses an f-string expression as CPython 3.7 does: "(" expr ")"
// in eval mode under the file name "<fstring>", its nodes then moved by
// the place "{expr}" is first found in the atom's first token (nodes on
// the expression's first line also move right).
func (f *fstring) compile(expr string) ast.Expr {
	if strings.Trim(expr, " \t\n\f") == "" {
		f.fail("f-string: empty expression not allowed")
		return nil
	}
	lines, cols := f.pos.Lineno-1, f.pos.ColOffset
	if at := strings.Index(f.text, "{"+expr+"}"); at >= 0 {
		start := at
		for start > 0 && f.text[start] != '\n' {
			start--
		}
		cols += at - start
		lines -= strings.Count(f.text[at+1:], "\n")
	}
	src := "(" + expr + ")"
	sub := &parser{
		sc:        scanner.NewString("<fstring>", src),
		filename:  "<fstring>",
		lineOff:   lines,
		colOff:    cols,
		noNewline: true,
	}
	e, err := sub.parseSub()
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			if f.p.astErr == nil {
				f.p.astErr = se
			}
		} else {
			f.fail(err.Error())
		}
		return nil
	}
	return e
}

// parseSub runs an f-string expression parser to completion.
func (p *parser) parseSub() (e ast.Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			e, err = nil, b.err
		}
	}()
	p.next()
	root := p.evalInput()
	if p.astErr != nil {
		return nil, p.astErr
	}
	return root.Body, nil
}
