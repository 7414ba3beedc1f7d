package parser

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/syntax"
)

// ProgramText is CPython's PyErr_ProgramTextObject: the text of line
// lineno of the file named filename, for errors raised after parsing (by
// ast.c, future.c, the symbol table and the compiler), or "" when there is
// no such file. CPython reads the file again rather than the source it
// compiled, so compile() of a string under a made-up name gets no text.
// It reads lines in 999-byte pieces, so a longer line yields its last piece.
func ProgramText(filename string, lineno int) string {
	if lineno <= 0 || filename == "" {
		return ""
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	src := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	line := ""
	for i := 0; i < lineno && src != ""; i++ {
		end := strings.IndexByte(src, '\n') + 1
		if end == 0 {
			end = len(src)
		}
		line, src = src[:end], src[end:]
	}
	if len(line) > 999 {
		line = line[(len(line)-1)/999*999:]
	}
	if !utf8.ValidString(line) {
		return ""
	}
	return line
}

// addProgramText gives an error raised after parsing the text CPython
// would find for it.
func addProgramText(e *syntax.Error) {
	if e.Kind == "SyntaxError" && e.Text == "" && e.Lineno > 0 {
		e.Text = ProgramText(e.Filename, e.Lineno)
	}
}
