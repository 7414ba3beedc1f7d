// Package scanner turns Python 3.7 source into tokens the way CPython 3.7's
// C tokenizer (Parser/tokenizer.c) does, as its parser sees it, and decodes
// the NUMBER and STRING literals the parser builds constants from.
//
// The machine is a single cursor over the decoded source. Like CPython's
// string-mode tokenizer, the source is first normalised: CRLF and lone CR
// become LF, and a final newline is appended when missing, so every line
// (and so every token) ends before a '\n'. Each call to Next:
//
//   - at the beginning of a line measures its indentation (tabs to the next
//     multiple of 8, and again with tab size 1 to catch tab/space mixes),
//     unless the line is blank or a comment, or brackets are open, and
//     queues INDENT or DEDENT tokens;
//   - hands out queued INDENT/DEDENTs;
//   - skips blanks and backslash-newline continuations, then reads one
//     token: a comment, a newline (NEWLINE, or nothing on blank lines and
//     inside brackets), a name or prefixed string, a number, a string, or
//     the longest operator.
//
// At the end of input it does what CPython's tokenizer and parsetok.c do
// together: a NEWLINE if the last logical line was not ended, a DEDENT for
// every open block, then ENDMARKER, forever.
//
// Positions are (line, byte column) as the tokenize module reports them,
// with text as in the source. Errors are *syntax.Error carrying the message,
// line, offset and text CPython 3.7's compile() reports for them; ErrorAt
// builds the same for an error the parser finds at a token, and AtEOF tells
// it when CPython would call that error "unexpected EOF while parsing".
//
// Where the tokenize module and the C tokenizer disagree, this package
// follows the C tokenizer: a character that starts no token is an
// ERRORTOKEN of that one character (blanks around it are skipped, not
// ERRORTOKENs); "<>" is NOTEQUAL (the parser rejects it unless
// barry_as_FLUFL); no NEWLINE follows a comment-only last line; a
// backslash continuation or open bracket at the end of input gives a
// NEWLINE and DEDENTs instead of an error; and CPython's quirk of seeing a
// blank line after a final CRLF is kept.
package scanner

import (
	"strings"

	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// tabSize is the width CPython gives a tab; altTabSize is the width of the
// second measurement that makes indentation depending on it an error.
const (
	tabSize    = 8
	altTabSize = 1
	maxIndent  = 100 // CPython's MAXINDENT
)

// Scanner reads tokens from one source text.
type Scanner struct {
	// Comments makes Next also return COMMENT tokens, and NL tokens for
	// newlines that end no logical line, as the tokenize module does.
	Comments bool

	filename string
	orig     string // decoded source as given (after newline normalisation)
	src      string // orig plus the final newline CPython appends
	appended bool   // src ends in a newline orig lacks
	wsTail   bool   // orig ends in a line of blanks without a newline

	pos       int // next byte to read
	line      int // line of pos, from 1
	lineStart int // offset of the first byte of line
	bufStart  int // start of CPython's tok->buf: first line of the current token
	atBOL     bool
	blank     bool // the current line holds only blanks and/or a comment
	level     int  // open brackets (may go negative, as in CPython 3.7)

	indents    []int // column of each open block, indents[0] == 0
	altIndents []int // the same measured with altTabSize
	pend       int   // queued INDENTs (>0) or DEDENTs (<0)
	pendPos    token.Pos
	pendText   string

	emitted  bool       // a significant token has been returned
	lastKind token.Kind // kind of the last significant token
	eof      bool       // the end of input has been read
	done     bool       // ENDMARKER has been returned
	err      error      // sticky error (a decoding error is there from the start)

	file  bool // made by NewFile: errors as python3.7 FILE reports them
	raw   bool // with file: the file is read as UTF-8 bytes, not through a codec
	lfEnd bool // with file: the file's last byte is '\n' (a lone '\r' is not)

	lines []int // start offset of each line, built on demand by Line

	// spanStart maps the last line of a multi-line string to the line
	// CPython's tok->buf starts at while the rest of that line is read.
	spanStart map[int]int
}

// New returns a scanner over the bytes of a file, decoding them as PEP 263
// says: UTF-8 unless a UTF-8 BOM or a coding cookie on line 1 or 2 says
// otherwise.
func New(filename string, src []byte) *Scanner {
	text, err := decodeSource(filename, src)
	s := NewString(filename, text)
	if err != nil {
		s.err = err
	}
	return s
}

// NewString returns a scanner over already decoded text, as compile() of a
// str scans it (no BOM or cookie processing).
func NewString(filename, src string) *Scanner {
	s := &Scanner{filename: filename, line: 1, atBOL: true}
	s.orig = normaliseNewlines(src)
	s.src = s.orig
	if strings.HasSuffix(src, "\r\n") {
		// translate_newlines drops the LF of a final CRLF and then
		// appends a newline because the text no longer ends in one:
		// CPython sees one more (blank) line.
		s.src += "\n"
	}
	if s.src != "" && s.src[len(s.src)-1] != '\n' {
		s.src += "\n"
		s.appended = true
		last := strings.LastIndexByte(s.orig, '\n') + 1
		s.wsTail = strings.Trim(s.orig[last:], " \t\f") == ""
	}
	s.indents = append(make([]int, 0, 16), 0)
	s.altIndents = append(make([]int, 0, 16), 0)
	if strings.IndexByte(s.src, 0) >= 0 {
		s.err = &syntax.Error{Kind: "ValueError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	return s
}

// normaliseNewlines turns CRLF and lone CR into LF, as CPython's
// translate_newlines does before tokenizing.
func normaliseNewlines(src string) string {
	i := strings.IndexByte(src, '\r')
	if i < 0 {
		return src
	}
	b := make([]byte, 0, len(src))
	b = append(b, src[:i]...)
	for ; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			b = append(b, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// Source returns the decoded source text, newlines normalised.
func (s *Scanner) Source() string { return s.orig }

// Filename returns the name errors are reported against.
func (s *Scanner) Filename() string { return s.filename }

// AtEOF reports whether the scanner has read past the last line of input.
// CPython's parser reports any grammar error found once this is so as
// "unexpected EOF while parsing" (parsetok.c checks tok->done == E_EOF).
func (s *Scanner) AtEOF() bool { return s.eof }

// lineCount is the number of lines CPython sees.
func (s *Scanner) lineCount() int {
	if s.src == "" {
		return 0
	}
	s.Line(0)
	return len(s.lines)
}

// Line returns source line n (from 1) with its trailing newline — also for
// the last line when the file lacks one, as CPython's error text has it —
// or "" if there is no such line.
func (s *Scanner) Line(n int) string {
	if s.lines == nil {
		s.lines = append(s.lines, 0)
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' && i+1 < len(s.src) {
				s.lines = append(s.lines, i+1)
			}
		}
	}
	if n < 1 || n > s.lineCount() {
		return ""
	}
	start := s.lines[n-1]
	end := len(s.src)
	if n < len(s.lines) {
		end = s.lines[n]
	}
	return s.src[start:end]
}

// Next returns the next token. After ENDMARKER it keeps returning
// ENDMARKER; after an error it keeps returning that error.
func (s *Scanner) Next() (token.Token, error) {
	if s.err != nil {
		return token.Token{Kind: token.ERRORTOKEN}, s.err
	}
	t, err := s.scan()
	if err != nil {
		s.err = err
		return token.Token{Kind: token.ERRORTOKEN}, err
	}
	switch t.Kind {
	case token.COMMENT, token.NL:
	default:
		s.emitted = true
		s.lastKind = t.Kind
	}
	return t, nil
}

// here is the position of byte offset i, which must be on the current line.
func (s *Scanner) here(i int) token.Pos { return token.Pos{Line: s.line, Col: i - s.lineStart} }

// tok builds a single-line token from start to s.pos.
func (s *Scanner) tok(k token.Kind, start int) token.Token {
	return token.Token{Kind: k, Text: s.src[start:s.pos], Start: s.here(start), End: s.here(s.pos)}
}

// newLine records that pos has just moved past a '\n' at offset i.
// inToken is true inside a string: CPython's tok->buf then keeps the
// token's first line, which error texts start from.
func (s *Scanner) newLine(i int, inToken bool) {
	s.line++
	s.lineStart = i + 1
	if !inToken {
		s.bufStart = s.lineStart
	}
}

// scan reads one token.
func (s *Scanner) scan() (token.Token, error) {
	for {
		if s.pend != 0 {
			return s.pending(), nil
		}
		if s.done {
			return s.endmarker(), nil
		}
		if s.atBOL {
			if err := s.indentation(); err != nil {
				return token.Token{}, err
			}
			if s.pend != 0 {
				continue
			}
		}
		// Skip blanks and continuation lines.
		for s.pos < len(s.src) {
			c := s.src[s.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				s.pos++
				continue
			}
			if c == '\\' {
				if s.src[s.pos+1] != '\n' {
					return token.Token{}, s.lineError("SyntaxError", "unexpected character after line continuation character")
				}
				s.pos += 2
				s.newLine(s.pos-1, false)
				continue
			}
			break
		}
		if s.pos >= len(s.src) {
			return s.atEnd(), nil
		}
		start := s.pos
		c := s.src[start]
		switch {
		case c == '#':
			end := strings.IndexByte(s.src[start:], '\n')
			s.pos = start + end
			if s.Comments {
				return s.tok(token.COMMENT, start), nil
			}
			continue
		case c == '\n':
			s.pos++
			t := s.tok(token.NEWLINE, start)
			if s.appended && start == len(s.orig) {
				// The newline CPython appended: tokenize.py shows an
				// empty NEWLINE here, an empty NL, or, after a line of
				// blanks, nothing, with the end on that line.
				t.Text = ""
				if s.blank && s.wsTail {
					s.atBOL = true
					s.lineStart = s.pos
					continue
				}
				if s.blank || s.level > 0 {
					t.End = t.Start
				}
			}
			s.atBOL = true
			s.newLine(start, false)
			if s.blank || s.level > 0 {
				if s.Comments {
					t.Kind = token.NL
					return t, nil
				}
				continue
			}
			return t, nil
		case isNameStart(c):
			return s.nameOrString(start)
		case c >= '0' && c <= '9':
			return s.number(start)
		case c == '.':
			if d := s.src[start+1]; d >= '0' && d <= '9' {
				return s.number(start)
			}
			if s.src[start+1] == '.' && start+2 < len(s.src) && s.src[start+2] == '.' {
				s.pos += 3
				return s.tok(token.ELLIPSIS, start), nil
			}
			s.pos++
			return s.tok(token.DOT, start), nil
		case c == '\'' || c == '"':
			return s.str(start, start)
		}
		return s.operator(start), nil
	}
}

// pending returns one queued INDENT or DEDENT.
func (s *Scanner) pending() token.Token {
	if s.pend > 0 {
		s.pend--
		return token.Token{Kind: token.INDENT, Text: s.pendText, Start: token.Pos{Line: s.pendPos.Line}, End: s.pendPos}
	}
	s.pend++
	return token.Token{Kind: token.DEDENT, Start: s.pendPos, End: s.pendPos}
}

// atEnd is reached when only the end of input is left. CPython's parsetok
// turns the tokenizer's first ENDMARKER into a NEWLINE and closes every
// open block; a NEWLINE is only needed when a logical line is unfinished
// (after a continuation or inside brackets).
func (s *Scanner) atEnd() token.Token {
	s.eof = true
	p := s.here(s.pos)
	if s.emitted && s.lastKind != token.NEWLINE && s.lastKind != token.DEDENT && s.lastKind != token.INDENT {
		return token.Token{Kind: token.NEWLINE, Start: p, End: token.Pos{Line: p.Line, Col: p.Col + 1}}
	}
	if n := len(s.indents) - 1; n > 0 {
		s.indents = s.indents[:1]
		s.altIndents = s.altIndents[:1]
		s.pend = -n
		s.pendPos = p
		return s.pending()
	}
	s.done = true
	return s.endmarker()
}

func (s *Scanner) endmarker() token.Token {
	p := s.here(s.pos)
	return token.Token{Kind: token.ENDMARKER, Start: p, End: p}
}

// indentation handles the start of a line: it measures the indentation
// and queues INDENT/DEDENTs, or marks a blank or comment-only line blank
// (such lines neither indent nor end a logical line).
func (s *Scanner) indentation() error {
	s.atBOL = false
	s.blank = false
	col, altcol := 0, 0
	i := s.pos
	for ; i < len(s.src); i++ {
		switch s.src[i] {
		case ' ':
			col++
			altcol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol = (altcol/altTabSize + 1) * altTabSize
			continue
		case '\f':
			col, altcol = 0, 0
			continue
		}
		break
	}
	s.pos = i
	if i < len(s.src) && (s.src[i] == '#' || s.src[i] == '\n') {
		s.blank = true
		return nil
	}
	if s.level != 0 {
		return nil
	}
	if i >= len(s.src) {
		col, altcol = 0, 0 // end of input closes every block (atEnd does it)
		return nil
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altIndents[top] {
			return s.tabError()
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			return s.lineError("IndentationError", "too many levels of indentation")
		}
		if altcol <= s.altIndents[top] {
			return s.tabError()
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
		s.pend = 1
		s.pendText = s.src[s.lineStart:i]
		s.pendPos = s.here(i)
	default:
		n := 0
		for top > 0 && col < s.indents[top] {
			top--
			n++
		}
		if col != s.indents[top] {
			return s.lineError("IndentationError", "unindent does not match any outer indentation level")
		}
		if altcol != s.altIndents[top] {
			return s.tabError()
		}
		s.indents = s.indents[:top+1]
		s.altIndents = s.altIndents[:top+1]
		s.pend = -n
		s.pendPos = s.here(i)
	}
	return nil
}

func (s *Scanner) tabError() error {
	return s.lineError("TabError", "inconsistent use of tabs and spaces in indentation")
}

// lineEnd is the offset just past the current line's newline (tok->inp).
func (s *Scanner) lineEnd() int {
	i := strings.IndexByte(s.src[s.pos:], '\n')
	if i < 0 {
		return len(s.src)
	}
	return s.pos + i + 1
}

// lineError reports an error whose caret CPython puts at the end of the
// line (tok->cur = tok->inp).
func (s *Scanner) lineError(kind, msg string) error {
	end := s.lineEnd()
	return s.errorAt(kind, msg, s.line, end, end)
}

// errorAt builds a syntax.Error the way parsetok.c and err_input do: the
// text runs from tok->buf to tok->inp, the offset counts the characters
// from tok->buf to tok->cur.
func (s *Scanner) errorAt(kind, msg string, lineno, cur, inp int) error {
	text := s.src[s.bufStart:inp]
	return &syntax.Error{
		Kind:     kind,
		Msg:      msg,
		Filename: s.filename,
		Lineno:   lineno,
		Offset:   runeCount(text[:cur-s.bufStart]),
		Text:     text,
	}
}

// runeCount counts characters as CPython's "replace" decoding would.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			n++
		}
	}
	return n
}

// operator reads the longest operator at start; a character that starts
// no token is an ERRORTOKEN (CPython's OP that its parser rejects).
func (s *Scanner) operator(start int) token.Token {
	c := s.src[start]
	c2 := s.src[start+1] // safe: the source ends with '\n'
	var c3 byte
	if start+2 < len(s.src) {
		c3 = s.src[start+2]
	}
	n, k := 1, token.ERRORTOKEN
	if k2 := twoChars(c, c2); k2 != token.OP {
		n, k = 2, k2
		if k3 := threeChars(c, c2, c3); k3 != token.OP {
			n, k = 3, k3
		}
	} else {
		k = oneChar(c)
		switch c {
		case '(', '[', '{':
			s.level++
		case ')', ']', '}':
			s.level--
		}
	}
	if k == token.ERRORTOKEN && c >= 0x80 {
		n = 1
	}
	s.pos = start + n
	return s.tok(k, start)
}

func oneChar(c byte) token.Kind {
	if int(c) < len(oneCharKinds) {
		if k := oneCharKinds[c]; k != 0 {
			return k
		}
	}
	return token.ERRORTOKEN
}

var oneCharKinds = [128]token.Kind{
	'(': token.LPAR, ')': token.RPAR, '[': token.LSQB, ']': token.RSQB, ':': token.COLON,
	',': token.COMMA, ';': token.SEMI, '+': token.PLUS, '-': token.MINUS, '*': token.STAR,
	'/': token.SLASH, '|': token.VBAR, '&': token.AMPER, '<': token.LESS, '>': token.GREATER,
	'=': token.EQUAL, '.': token.DOT, '%': token.PERCENT, '{': token.LBRACE, '}': token.RBRACE,
	'~': token.TILDE, '^': token.CIRCUMFLEX, '@': token.AT,
}

// twoChars is PyToken_TwoChars: "<>" is NOTEQUAL here; the parser rejects
// it unless barry_as_FLUFL is in effect.
func twoChars(c1, c2 byte) token.Kind {
	switch c2 {
	case '=':
		switch c1 {
		case '!':
			return token.NOTEQUAL
		case '%':
			return token.PERCENTEQUAL
		case '&':
			return token.AMPEREQUAL
		case '*':
			return token.STAREQUAL
		case '+':
			return token.PLUSEQUAL
		case '-':
			return token.MINEQUAL
		case '/':
			return token.SLASHEQUAL
		case '<':
			return token.LESSEQUAL
		case '=':
			return token.EQEQUAL
		case '>':
			return token.GREATEREQUAL
		case '@':
			return token.ATEQUAL
		case '^':
			return token.CIRCUMFLEXEQUAL
		case '|':
			return token.VBAREQUAL
		}
	case '*':
		if c1 == '*' {
			return token.DOUBLESTAR
		}
	case '/':
		if c1 == '/' {
			return token.DOUBLESLASH
		}
	case '<':
		if c1 == '<' {
			return token.LEFTSHIFT
		}
	case '>':
		switch c1 {
		case '>':
			return token.RIGHTSHIFT
		case '-':
			return token.RARROW
		case '<':
			return token.NOTEQUAL
		}
	}
	return token.OP
}

// threeChars is PyToken_ThreeChars ("..." is read with the dots).
func threeChars(c1, c2, c3 byte) token.Kind {
	if c3 != '=' {
		return token.OP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return token.DOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return token.DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return token.LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return token.RIGHTSHIFTEQUAL
	}
	return token.OP
}
