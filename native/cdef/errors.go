package cdef

import (
	"fmt"
	"strings"
)

// Error is a compile error in Cython's layout. Col is what Cython prints:
// the 0-based column of the offending token; the caret stands one column to
// its left, as Cython 0.29 draws it. Errors chain (a redeclaration names the
// previous declaration as a second error).
type Error struct {
	Filename  string
	Line, Col int
	Msg       string
	Source    string
	Next      *Error
}

const rule = "------------------------------------------------------------"

// Error renders every error of the chain as cython3 prints it to stderr.
func (e *Error) Error() string {
	var b strings.Builder
	for x := e; x != nil; x = x.Next {
		if x != e {
			b.WriteString("\n")
		}
		x.format(&b)
	}
	return b.String()
}

func (e *Error) format(b *strings.Builder) {
	lines := strings.SplitAfter(e.Source, "\n")
	b.WriteString("\nError compiling Cython file:\n")
	b.WriteString(rule + "\n...\n")
	from := e.Line - 6
	if from < 0 {
		from = 0
	}
	for i := from; i < e.Line && i < len(lines); i++ {
		l := lines[i]
		if !strings.HasSuffix(l, "\n") {
			l += "\n"
		}
		b.WriteString(l)
	}
	pad := e.Col - 1
	if pad < 0 {
		pad = 0
	}
	b.WriteString(strings.Repeat(" ", pad) + "^\n")
	b.WriteString(rule + "\n\n")
	fmt.Fprintf(b, "%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
}

func (m *Module) errAt(line, col int, format string, args ...any) *Error {
	return &Error{Filename: m.Filename, Line: line, Col: col, Msg: fmt.Sprintf(format, args...), Source: m.Source}
}
