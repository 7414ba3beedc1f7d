package parser

import (
	"strings"

	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/scanner"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// IsComplete decides, as a console frontend's is_complete request needs,
// whether src is ready to run ("complete"), needs more lines
// ("incomplete", with indent the suggested indentation of the next line)
// or can never become valid ("invalid"). It follows IPython's
// TransformerManager.check_complete: an open bracket, a trailing
// backslash, an unfinished triple-quoted string, a line ending in ':' or
// a parse that stops at the end of input are incomplete; so is an
// indented block not yet closed by a blank line.
func IsComplete(src string) (status, indent string) {
	if strings.TrimSpace(src) == "" {
		return "complete", ""
	}
	body := strings.TrimSuffix(src, "\n")
	lastLine := body[strings.LastIndexByte(body, '\n')+1:]
	if strings.HasSuffix(lastLine, "\\") {
		return "incomplete", lineIndent(lastLine)
	}

	sc := scanner.NewString("<input>", src)
	depth := 0
	var last, lineStart token.Token // last significant token; first token of its logical line
	newLine := true
	blockOpen := false // an indented block is still open at the end
	for {
		t, err := sc.Next()
		if err != nil {
			if se, ok := err.(*syntax.Error); ok && strings.HasPrefix(se.Msg, "EOF while scanning triple-quoted") {
				return "incomplete", lineIndent(lastLine)
			}
			return "invalid", ""
		}
		switch t.Kind {
		case token.ENDMARKER:
			goto scanned
		case token.NEWLINE:
			newLine = true
			continue
		case token.INDENT:
			continue
		case token.DEDENT:
			if sc.AtEOF() {
				blockOpen = true
			}
			continue
		case token.LPAR, token.LSQB, token.LBRACE:
			depth++
		case token.RPAR, token.RSQB, token.RBRACE:
			depth--
		}
		if newLine {
			lineStart, newLine = t, false
		}
		last = t
	}
scanned:
	if depth > 0 {
		return "incomplete", lineIndent(lastLine)
	}
	if last.Kind == token.COLON {
		return "incomplete", lineIndent(sc.Line(lineStart.Start.Line)) + "    "
	}
	if _, err := ParseString(src, "<input>", "exec", 0); err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Msg == "unexpected EOF while parsing" {
			return "incomplete", lineIndent(lastLine)
		}
		return "invalid", ""
	}
	if blockOpen && !endsWithNewline(src) {
		return "incomplete", lineIndent(lastLine)
	}
	return "complete", ""
}

// lineIndent is the leading whitespace of line with tabs as four spaces,
// as IPython's find_last_indent measures it.
func lineIndent(line string) string {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return strings.Repeat(" ", n)
		}
	}
	return strings.Repeat(" ", n)
}

// endsWithNewline reports whether the last non-blank character of src is
// a newline: IPython runs a finished block only once the cell's last line
// has been ended.
func endsWithNewline(src string) bool {
	for i := len(src) - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			return true
		case ' ', '\t', '\f', '\r', '\v':
			continue
		}
		return false
	}
	return false
}
