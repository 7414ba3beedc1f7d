package scanner

import (
	"errors"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
)

// TestNewFileErrors covers the errors NewFile words as `python3.7 FILE`
// does (the parser's testdata/fileinput.json checks them end to end).
func TestNewFileErrors(t *testing.T) {
	tests := []struct {
		src  string
		want syntax.Error
	}{
		{"# coding: bogus\nx = 1\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 1, Msg: "encoding problem: bogus"}},
		{"#!x\n# coding: ascii\nx = '\xc3\xa9'\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 2, Msg: "encoding problem: ascii"}},
		{"\xef\xbb\xbf# coding: latin-1\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 1, Msg: "encoding problem: iso-8859-1 with BOM"}},
		{"x = '''a\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 3, Offset: 10, Text: "x = '''a\n\n",
			Msg: "EOF while scanning triple-quoted string literal"}},
		{"# coding: latin-1\nx = '''a\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 3, Offset: 9, Text: "x = '''a\n",
			Msg: "EOF while scanning triple-quoted string literal"}},
		{"x = 'a\\\n", syntax.Error{Kind: "SyntaxError", Filename: "f.py", Lineno: 2, Offset: 9, Text: "x = 'a\\\n\n",
			Msg: "EOL while scanning string literal"}},
	}
	for _, tc := range tests {
		_, err := scanAll(NewFile("f.py", []byte(tc.src)))
		var se *syntax.Error
		if !errors.As(err, &se) || *se != tc.want {
			t.Errorf("%q: got %#v, want %#v", tc.src, err, tc.want)
		}
	}
}

func TestDropAfterNUL(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\n", "x = 1\n"},
		{"x = 1\x00junk\nprint(x)\n", "x = 1print(x)\n"},
		{"\x00\nprint(2)\n", "print(2)\n"},
		{"print(1)\x00", "print(1)"},
		{"a\x00\x00\nb\x00c\nd\n", "abd\n"},
		{"a\x00\r\nb\n", "ab\n"},
	}
	for _, tc := range tests {
		if got := string(dropAfterNUL([]byte(tc.src))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}
