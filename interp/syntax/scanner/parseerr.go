package scanner

import (
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// ErrorAt builds the error CPython 3.7 reports when its parser rejects
// token t (the token it was fed last): the line the tokenizer had reached
// (t's last line), the text from tok->buf — t's line, or the first line of
// a multi-line string that ended on it — to the end of the line, and the
// caret just after t. Tokens handed out at the end of input (ENDMARKER,
// the DEDENTs and NEWLINE made there) point at the end of the last line;
// for those the parser's message is "unexpected EOF while parsing" (see
// AtEOF).
func (s *Scanner) ErrorAt(kind, msg string, t token.Token) *syntax.Error {
	n := s.lineCount()
	if n == 0 {
		return &syntax.Error{Kind: kind, Msg: msg, Filename: s.filename, Lineno: 1}
	}
	var line, cur, buf int
	if t.Kind == token.ENDMARKER || t.Start.Line > n || s.wsTail && t.Text == "" && t.Start.Line == n {
		line, cur = n, len(s.src)
		buf = s.lines[s.bufLine(n)-1]
	} else {
		line = t.End.Line
		cur = s.lines[line-1] + t.End.Col
		buf = s.lines[s.bufLine(t.Start.Line)-1]
	}
	inp := len(s.src)
	if line < n {
		inp = s.lines[line]
	}
	text := s.src[buf:inp]
	return &syntax.Error{
		Kind:     kind,
		Msg:      msg,
		Filename: s.filename,
		Lineno:   line,
		Offset:   runeCount(s.src[buf:cur]),
		Text:     text,
	}
}

// bufLine is the line tok->buf starts at while line l is being read.
func (s *Scanner) bufLine(l int) int {
	if b, ok := s.spanStart[l]; ok {
		return b
	}
	return l
}
