package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// unfinishedEnd adjusts the scanner's first end-of-input token t for a
// source with no final newline (eval and single input). CPython does not
// append the newline there, so a backslash ending the source is followed
// by nothing ("unexpected character after line continuation character"),
// and a last line holding only a comment ends the input without the
// tokenizer closing the open blocks first: parsetok's NEWLINE comes before
// the DEDENTs.
func (p *parser) unfinishedEnd(t token.Token) token.Token {
	n := p.lastLine()
	line := strings.TrimSuffix(p.sc.Line(n), "\n")
	if strings.HasSuffix(line, "\\") && strings.IndexByte(line, '#') < 0 {
		e := &syntax.Error{Kind: "SyntaxError", Msg: "unexpected character after line continuation character",
			Filename: p.filename, Lineno: n, Offset: utf8.RuneCountInString(line), Text: line}
		return p.tokenizerError(e)
	}
	if t.Kind != token.DEDENT || p.tok.Kind != token.NEWLINE || p.tok.Text == "" {
		return t
	}
	rest := strings.TrimLeft(line, " \t\f")
	switch {
	case strings.HasPrefix(rest, "#"):
		// A comment line is blank to the tokenizer: no DEDENT before EOF.
		p.queued = &t
		return token.Token{Kind: token.NEWLINE, Start: t.Start, End: t.End}
	case rest == "" && line != "":
		// A line of blanks with no newline is measured as indentation
		// (tokenizer.c at the beginning of a line), then EOF follows.
		return p.blankTail(t, n, line)
	}
	return t
}

// blankTail handles a last line of blanks without a newline: the
// tokenizer compares its column with the open blocks (failing as
// tokenizer.c does), dedents to it, and only then reaches EOF, where
// parsetok's NEWLINE comes before the remaining DEDENTs.
func (p *parser) blankTail(t token.Token, n int, line string) token.Token {
	fail := func(kind, msg string) token.Token {
		return p.tokenizerError(&syntax.Error{Kind: kind, Msg: msg, Filename: p.filename, Lineno: n,
			Offset: utf8.RuneCountInString(line), Text: line})
	}
	col, alt := indentWidth(line)
	top := func(k int) [2]int {
		if k >= len(p.indents) {
			return [2]int{}
		}
		return p.indents[len(p.indents)-1-k]
	}
	const tabMsg = "inconsistent use of tabs and spaces in indentation"
	switch cur := top(0); {
	case col == cur[0]:
		if alt != cur[1] {
			return fail("TabError", tabMsg)
		}
		p.queued = &t
		return token.Token{Kind: token.NEWLINE, Start: t.Start, End: t.End}
	case col > cur[0]:
		if alt <= cur[1] {
			return fail("TabError", tabMsg)
		}
		// An INDENT the parser cannot take, made at the end of input.
		e := &syntax.Error{Kind: "SyntaxError", Msg: "unexpected EOF while parsing", Filename: p.filename}
		p.eofPosition(e)
		return p.tokenizerError(e)
	}
	k := 0
	for k < len(p.indents) && top(k)[0] > col {
		k++
	}
	if top(k)[0] != col {
		return fail("IndentationError", "unindent does not match any outer indentation level")
	}
	if top(k)[1] != alt {
		return fail("TabError", tabMsg)
	}
	if k < len(p.indents) {
		p.dedentsLeft = k - 1
		if k == 1 {
			p.queued = &token.Token{Kind: token.NEWLINE, Start: t.Start, End: t.End}
		}
	}
	return t
}

// tokenizerError fails with e where the tokenizer would, except in single
// mode, where the statement may already be complete: then e waits until
// the parser needs the token.
func (p *parser) tokenizerError(e *syntax.Error) token.Token {
	if !p.single {
		panic(bailout{e})
	}
	p.deferred = e
	return token.Token{Kind: token.ERRORTOKEN, Start: p.tok.End, End: p.tok.End}
}

// indentWidth measures blanks as the tokenizer does: the column with tabs
// to the next multiple of 8, and the column with tabs as 1 (a mismatch
// between the two orders is a TabError); form feeds reset both.
func indentWidth(ws string) (col, alt int) {
	for i := 0; i < len(ws); i++ {
		switch ws[i] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			return col, alt
		}
	}
	return col, alt
}
