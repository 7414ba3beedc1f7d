package parser

import (
	"strings"
	"unicode"

	"github.com/bytepy/bytepy/interp/syntax"
)

// legacyStatement rewrites the message of a SyntaxError whose line looks
// like a Python 2 print or exec statement, as CPython 3.7's SyntaxError
// constructor does (Objects/exceptions.c, _report_missing_parentheses):
// the rewrite happens for every plain SyntaxError that carries source
// text without an opening parenthesis. CPython changes the exception's
// msg (what tracebacks print) but leaves args[0] as it was; syntax.Error
// keeps only the rewritten message.
func legacyStatement(e *syntax.Error) {
	if e.Kind != "SyntaxError" || e.Text == "" || strings.IndexByte(e.Text, '(') >= 0 {
		return
	}
	text := []rune(e.Text)
	if legacyAt(e, text, 0) {
		return
	}
	for i, r := range text {
		if r == ':' {
			legacyAt(e, text, i+1)
			return
		}
	}
}

// legacyAt checks for "print " or "exec " at the first non-blank from start.
func legacyAt(e *syntax.Error, text []rune, start int) bool {
	for start < len(text) && unicode.IsSpace(text[start]) {
		start++
	}
	rest := string(text[start:])
	switch {
	case strings.HasPrefix(rest, "print "):
		args := []rune(rest)[len("print "):]
		if i := indexRune(args, ';'); i >= 0 {
			args = args[:i]
		}
		arg := strings.Trim(string(args), " \t\r\n")
		end := ""
		if strings.HasSuffix(arg, ",") {
			end = ` end=" "`
		}
		e.Msg = "Missing parentheses in call to 'print'. Did you mean print(" + arg + end + ")?"
		return true
	case strings.HasPrefix(rest, "exec "):
		e.Msg = "Missing parentheses in call to 'exec'"
		return true
	}
	return false
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}
