// Package parser turns Python 3.7 source into an ast tree, node for node and
// position for position what CPython 3.7's parser (pgen's LL(1) automaton
// over Grammar/Grammar) followed by Python/ast.c builds.
//
// The machine is a hand-written recursive descent over the scanner's
// tokens, one function per grammar rule, holding exactly one token of
// lookahead as pgen does. That single token matters beyond speed: pgen
// reports "invalid syntax" at the first token that cannot continue the
// input, with the tokenizer's position just after it, so failing on the
// same token gives the same lineno, offset and text.
//
// CPython works in two passes: pgen builds a concrete tree for the whole
// input, then ast.c walks it, re-interpreting expressions parsed as targets
// (set_context), checking call arguments and decoding strings and
// f-strings. Errors from the second pass ("can't assign to literal") are
// therefore only seen when the whole input parses. This parser does both
// in one pass, so it remembers the first ast.c-style error, keeps going,
// and reports it only if no grammar error turns up later.
//
// Positions follow pgen's nodes: a rule's node starts at its first token,
// and a token that spans lines (a triple-quoted string) sits on its last
// line with col_offset -1, as CPython 3.7 records it.
//
// The parser also counts the rules pgen's fixed-size stack would hold, so
// that input nested too deeply fails as CPython's does (MemoryError) rather
// than exhausting the Go stack.
//
// Beside the tree, the package offers what sits next to parsing in
// CPython: Future (future.c's scan of __future__ imports), ProgramText
// (the source line an error raised after parsing shows) and IsComplete
// (a console's is_complete check).
package parser

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/scanner"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// bailout carries a grammar error up through the recursive descent.
type bailout struct{ err error }

// parser is the state of one parse.
type parser struct {
	sc       *scanner.Scanner
	filename string

	tok  token.Token // the one token of lookahead
	kw   keyword     // tok's keyword, or kwNone
	pos  ast.Pos     // tok's position as pgen records it
	prev token.Token // the last token consumed

	// bufLine is the first line of CPython's tokenizer buffer at tok: the
	// line tok is on, or the first line of a multi-line string that ended
	// on that line. Error texts start there.
	bufLine int
	lastEnd int // line the previous token ended on

	astErr *syntax.Error // first ast.c-level error, reported if grammar is fine

	barry bool // barry_as_FLUFL: '<>' is the inequality, '!=' is rejected

	// The f-string expression parser reports its nodes shifted by these,
	// as fstring_fix_node_location does.
	lineOff, colOff int
	noNewline       bool // the source had no final newline (eval/<fstring>): error texts have none

	// depth counts the rules pgen's stack would hold here: CPython's
	// parser fails with MemoryError beyond maxStack of them.
	depth int

	// single is set for mode "single", where parsing stops at the
	// statement's NEWLINE: a scanner error past it is kept in deferred and
	// only reported if the parser needs that token.
	single         bool
	deferred       error
	lastNewline    token.Token // the NEWLINE that ended the last simple statement
	lastNewlineBuf int         // bufLine when it was read

	// Without a final newline CPython's tokenizer ends differently from
	// the scanner's (which always appends one); unfinishedEnd mends the
	// difference once, at the first token made at the end of input.
	atEnd       bool
	queued      *token.Token
	dedentsLeft int      // DEDENTs to pass before that NEWLINE
	indents     [][2]int // columns of the open blocks (tab size 8, tab size 1)
}

// Parse parses src (file bytes, decoded as PEP 263 says) in mode "exec"
// (*ast.Module), "eval" (*ast.Expression) or "single" (*ast.Interactive).
// flags are compile()'s flags; the parser looks only at
// code.FutureBarryAsBDFL and FileInput. A failure is a *syntax.Error carrying what
// CPython 3.7's compile(src, filename, mode) raises: SyntaxError,
// IndentationError or TabError with msg, lineno, offset and text, or Kind
// "MemoryError" (and nothing else) when the input nests deeper than
// CPython's parser can.
//
// With FileInput, src is a file that `python3.7 FILE` runs, and the
// errors are the ones its tokenizer (reading the file line by line)
// reports, which differ from compile()'s only at the end of input and for
// a bad encoding declaration.
func Parse(src []byte, filename, mode string, flags int) (ast.Root, error) {
	newScanner := scanner.New
	if flags&FileInput != 0 {
		newScanner = scanner.NewFile
	}
	sc := newScanner(filename, src)
	n := len(src)
	return parse(sc, filename, mode, flags, n > 0 && src[n-1] != '\n' && src[n-1] != '\r')
}

// ParseString parses already-decoded source text.
func ParseString(src, filename, mode string, flags int) (ast.Root, error) {
	sc := scanner.NewString(filename, src)
	n := len(src)
	return parse(sc, filename, mode, flags, n > 0 && src[n-1] != '\n' && src[n-1] != '\r')
}

func parse(sc *scanner.Scanner, filename, mode string, flags int, noNL bool) (root ast.Root, err error) {
	p := &parser{sc: sc, filename: filename, barry: flags&code.FutureBarryAsBDFL != 0}
	// CPython only appends the final newline for exec input; eval and
	// single texts keep the source's own ending.
	p.noNewline = noNL && mode != "exec"
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			root, err = nil, b.err
			if se, ok := err.(*syntax.Error); ok {
				p.fixScannerText(se)
				legacyStatement(se)
			}
		}
	}()
	p.next()
	switch mode {
	case "exec":
		root = p.fileInput()
	case "eval":
		root = p.evalInput()
	case "single":
		root = p.singleInput()
	default:
		panic("parser: mode must be exec, eval or single")
	}
	if p.astErr != nil {
		addProgramText(p.astErr)
		legacyStatement(p.astErr) // ast.c's SyntaxError gets the text too
		return nil, p.astErr
	}
	return root, nil
}

// next moves to the next token.
func (p *parser) next() {
	p.prev = p.tok
	var t token.Token
	if p.queued != nil {
		t, p.queued = *p.queued, nil
	} else {
		var err error
		t, err = p.sc.Next()
		if err != nil {
			if !p.single {
				panic(bailout{err})
			}
			p.deferred = err
			t = token.Token{Kind: token.ERRORTOKEN, Start: p.tok.End, End: p.tok.End}
		}
		switch {
		case p.noNewline && !p.atEnd && p.sc.AtEOF():
			p.atEnd = true
			t = p.unfinishedEnd(t)
		case p.dedentsLeft > 0 && t.Kind == token.DEDENT:
			p.dedentsLeft--
			if p.dedentsLeft == 0 {
				// The DEDENTs after this one come after parsetok's NEWLINE.
				p.queued = &token.Token{Kind: token.NEWLINE, Start: t.Start, End: t.End}
			}
		}
	}
	switch t.Kind {
	case token.INDENT:
		col, alt := indentWidth(t.Text)
		p.indents = append(p.indents, [2]int{col, alt})
	case token.DEDENT:
		if len(p.indents) > 0 {
			p.indents = p.indents[:len(p.indents)-1]
		}
	}
	p.tok = t
	p.kw = kwNone
	if t.Kind == token.NAME {
		p.kw = lookupKeyword(t.Text)
	}
	// A new line read outside a token resets the tokenizer buffer; a
	// string spanning lines keeps its first line in it.
	switch {
	case t.Kind == token.DEDENT || t.Kind == token.INDENT || p.sc.AtEOF():
	default:
		if t.Start.Line != p.lastEnd {
			p.bufLine = t.Start.Line
		}
		p.lastEnd = t.End.Line
	}
	line, col := t.Start.Line, t.Start.Col
	if line != t.End.Line {
		line, col = t.End.Line, -1
	}
	if line == 1 {
		col += p.colOff
	}
	p.pos = ast.Pos{Lineno: line + p.lineOff, ColOffset: col}
}

// maxStack is pgen's MAXSTACK.
const maxStack = 1500

// push enters n grammar rules; pop leaves them.
func (p *parser) push(n int) {
	p.depth += n
	if p.depth > maxStack {
		// s_push: parser stack overflow; err_input raises MemoryError().
		// The error is not a SyntaxError: no filename, line or text.
		panic(bailout{&syntax.Error{Kind: "MemoryError"}})
	}
}

func (p *parser) pop(n int) { p.depth -= n }

// expect consumes a token of kind k or fails on the current one.
func (p *parser) expect(k token.Kind) {
	if p.tok.Kind != k || p.kw != kwNone {
		p.syntaxError(false)
	}
	p.next()
}

// expectKw consumes keyword k or fails.
func (p *parser) expectKw(k keyword) {
	if p.kw != k {
		p.syntaxError(false)
	}
	p.next()
}

// name consumes a NAME that is not a keyword and returns it.
func (p *parser) name() string {
	if p.tok.Kind != token.NAME || p.kw != kwNone {
		p.syntaxError(false)
	}
	s := identifier(p.tok.Text)
	p.next()
	return s
}

// is reports whether the current token is operator k (a NAME is never).
func (p *parser) is(k token.Kind) bool { return p.tok.Kind == k }
