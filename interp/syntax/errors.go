// Package syntax holds what the stages of the front end share: the
// SyntaxError they report. Its subpackages are the stages themselves, in the
// order source flows through them: token (the vocabulary), scanner
// (characters to tokens), parser (tokens to an ast.Module). The symbol table
// and the compiler report their errors with the same type.
package syntax

import (
	"fmt"
	"strings"
)

// Error is a SyntaxError, IndentationError or TabError, carrying what
// CPython's exception carries: msg, filename, lineno, offset, text.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	Lineno   int    // 0 when CPython's lineno is None (unless LinenoZero)
	Offset   int    // the exception's offset: the caret column, 1-based for parser errors but the 0-based col_offset for symtable errors, as in 3.7
	Text     string // the offending source line with its newline, "" when unknown
	// TextEmpty marks a text that is '' rather than None: a file's
	// tokenizer that fails at the end of input has emptied its buffer,
	// and the traceback still prints the (blank) line and its caret.
	TextEmpty bool
	// LinenoZero marks a Lineno of 0 that is 0 rather than None:
	// compile() reports a source it cannot decode at line 0.
	LinenoZero bool
}

// Error returns the exception's str(): "msg (file, line N)".
func (e *Error) Error() string {
	return fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Lineno)
}

// Format renders the error as CPython 3.7's traceback printer shows a
// SyntaxError with no traceback frames above it:
//
//	  File "x.py", line 1
//	    import = 7q
//	           ^
//	SyntaxError: invalid syntax
func (e *Error) Format() string {
	var b strings.Builder
	if e.Lineno == 0 && !e.LinenoZero {
		// CPython's lineno is None here (e.g. "too many statically
		// nested blocks"), and the printer shows the bare message.
		return e.Kind + ": " + e.Msg + "\n"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" || e.TextEmpty {
		writeErrorText(&b, e.Offset, e.Text)
	}
	b.WriteString(e.Kind)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteByte('\n')
	return b.String()
}

// writeErrorText is pythonrun.c's print_error_text: the line with its
// leading blanks removed, then a caret under column offset.
func writeErrorText(b *strings.Builder, offset int, text string) {
	if offset >= 0 {
		if offset > 0 && offset == len(text) && text[offset-1] == '\n' {
			offset--
		}
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl >= offset {
				break
			}
			offset -= nl + 1
			text = text[nl+1:]
		}
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
	}
	b.WriteString("    ")
	b.WriteString(text)
	if text == "" || text[len(text)-1] != '\n' {
		b.WriteByte('\n')
	}
	if offset == -1 {
		return
	}
	b.WriteString("    ")
	for offset--; offset > 0; offset-- {
		b.WriteByte(' ')
	}
	b.WriteString("^\n")
}
