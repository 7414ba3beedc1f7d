package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// syntaxError fails on the current token the way pgen and err_input do.
// wantIndent is set where INDENT is the only token pgen would accept.
func (p *parser) syntaxError(wantIndent bool) {
	if p.deferred != nil {
		panic(bailout{p.deferred})
	}
	t := p.tok
	// parsetok.c checks the spelling of != before the grammar sees it.
	if t.Kind == token.NOTEQUAL && p.barry && t.Text != "<>" {
		p.failAt("with Barry as BDFL, use '<>' instead of '!='")
	}
	e := &syntax.Error{Kind: "SyntaxError", Filename: p.filename}
	switch {
	case p.sc.AtEOF() || p.noNewline && t.Kind == token.NEWLINE && t.Text == "":
		// The token was made at the end of input.
		e.Msg = "unexpected EOF while parsing"
		p.eofPosition(e)
		panic(bailout{e})
	case p.lookaheadHitEOF(t):
		e.Msg = "unexpected EOF while parsing"
	case t.Kind == token.OP || t.Kind == token.ERRORTOKEN || t.Kind == token.NOTEQUAL && t.Text == "<>" && !p.barry:
		// Tokens the grammar has no label for fail before pgen looks
		// at what it expected.
		e.Msg = "invalid syntax"
	case wantIndent:
		e.Kind, e.Msg = "IndentationError", "expected an indented block"
	case t.Kind == token.INDENT:
		e.Kind, e.Msg = "IndentationError", "unexpected indent"
	case t.Kind == token.DEDENT:
		e.Kind, e.Msg = "IndentationError", "unexpected unindent"
	default:
		e.Msg = "invalid syntax"
	}
	p.tokenPosition(e, t)
	panic(bailout{e})
}

// lookaheadHitEOF reports whether reading t made CPython's tokenizer look
// past the end of input: with no final newline (eval and single input,
// f-string expressions), names, numbers and operators that end the source
// are only known to be complete once the next character is read, and that
// read sets the tokenizer's EOF state.
func (p *parser) lookaheadHitEOF(t token.Token) bool {
	if !p.noNewline {
		return false
	}
	switch t.Kind {
	case token.STRING, token.ELLIPSIS, token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER:
		return false
	}
	last := p.lastLine()
	return t.End.Line == last && t.End.Col == len(strings.TrimSuffix(p.sc.Line(last), "\n"))
}

// failAt fails on the current token with msg.
func (p *parser) failAt(msg string) {
	e := &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: p.filename}
	p.tokenPosition(e, p.tok)
	panic(bailout{e})
}

// tokenPosition fills lineno, offset and text as parsetok.c does when the
// parser stops at t: the tokenizer sits just after t.
func (p *parser) tokenPosition(e *syntax.Error, t token.Token) {
	end := t.End
	first := p.bufLine
	if t.Kind == token.INDENT || t.Kind == token.DEDENT || first == 0 || first > end.Line {
		first = end.Line
	}
	e.Lineno = end.Line
	text := ""
	for l := first; l <= end.Line; l++ {
		text += p.sc.Line(l)
	}
	// Columns are bytes into the token's last line; the offset counts
	// characters from the buffer's start.
	off := len(text) - len(p.sc.Line(end.Line)) + end.Col
	if off > len(text) {
		off = len(text)
	}
	e.Offset = utf8.RuneCountInString(text[:off])
	e.Text = p.trimText(text, end.Line)
}

// eofPosition is where the tokenizer stands once it has read all input:
// at the end of the last line.
func (p *parser) eofPosition(e *syntax.Error) {
	if p.sc.Source() == "" {
		return // no line was ever read: no lineno, offset or text
	}
	last := p.lastLine()
	first := last
	if p.bufLine > 0 && p.bufLine < last && p.lastEnd == last {
		first = p.bufLine
	}
	text := ""
	for l := first; l <= last; l++ {
		text += p.sc.Line(l)
	}
	if p.sc.IsFile() {
		// A file's tokenizer has counted the read that found nothing
		// more as a line and emptied its buffer, but the offset still
		// measures the last lines it held, in bytes (the emptied text
		// decodes to one character a byte).
		e.Lineno = p.sc.FileLines() + 1
		e.Text, e.TextEmpty = "", true
		e.Offset = len(text)
		return
	}
	if extra := p.sc.Line(last + 1); extra != "" {
		// A final CRLF leaves compile() one more, blank, line to read.
		last, text = last+1, extra
	}
	e.Lineno = last
	e.Text = p.trimText(text, last)
	e.Offset = utf8.RuneCountInString(e.Text)
}

// trimText drops the newline the scanner reports on the last line when the
// source had none and CPython would not have added one.
func (p *parser) trimText(text string, line int) string {
	if p.noNewline && line == p.lastLine() && len(text) > 0 && text[len(text)-1] == '\n' {
		return text[:len(text)-1]
	}
	return text
}

// lastLine is the number of the source's last line.
func (p *parser) lastLine() int {
	src := p.sc.Source()
	n := 1
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' && i+1 < len(src) {
			n++
		}
	}
	return n
}

// astError records an ast.c-style error at pos: offset is the 0-based
// col_offset and there is no text (CPython reads it from the file, which
// compile() of a string does not have).
func (p *parser) astError(pos ast.Pos, msg string) {
	if p.astErr != nil {
		return
	}
	p.astErr = &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: p.filename, Lineno: pos.Lineno, Offset: pos.ColOffset}
}

// fixScannerText drops the newline the scanner always appends from the
// text of an error on the last line when CPython would not have appended
// one (eval and single input), moving a caret that pointed past it.
func (p *parser) fixScannerText(e *syntax.Error) {
	if !p.noNewline || e.Lineno != p.lastLine() || !strings.HasSuffix(e.Text, "\n") {
		return
	}
	e.Text = e.Text[:len(e.Text)-1]
	if n := utf8.RuneCountInString(e.Text); e.Offset > n {
		e.Offset = n
	}
}
