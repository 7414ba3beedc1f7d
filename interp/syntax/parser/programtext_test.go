package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
)

// TestProgramText checks that errors found after parsing carry the line
// read back from the file, as CPython 3.7's compile(src, path, 'exec')
// reports them when path exists (results recorded from the oracle).
func TestProgramText(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 2500)
	cases := []struct {
		src, msg, text string
		lineno, offset int
	}{
		{"x = 1\nf() = 1\n", "can't assign to function call", "f() = 1\n", 2, 0},
		{"x = 1\n\nf(a=1, b)\n", "positional argument follows keyword argument", "f(a=1, b)\n", 3, 7},
		{"x = 1\r\ny = 2\r\nf() = 1\r\n", "can't assign to function call", "f() = 1\n", 3, 0},
		{long + " = 1\nf() = 1\n", "can't assign to function call", "f() = 1\n", 2, 0},
		{"f() = " + long + "\n", "can't assign to function call", ("f() = " + long + "\n")[1998:], 1, 0},
		// The text makes SyntaxError's constructor look for print statements.
		{"print ,1 = 2\n", "Missing parentheses in call to 'print'. Did you mean print(,1 = 2)?", "print ,1 = 2\n", 1, 0},
		// Errors inside f-string expressions name "<fstring>": no file.
		{"x = f'{a b}'\n", "invalid syntax", "(a b)", 1, 4},
	}
	for i, c := range cases {
		path := filepath.Join(dir, "m"+string(rune('a'+i))+".py")
		if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Parse([]byte(c.src), path, "exec", 0)
		se, ok := err.(*syntax.Error)
		if !ok || se.Msg != c.msg || se.Text != c.text || se.Lineno != c.lineno || se.Offset != c.offset {
			t.Errorf("%q: got %#v", c.src, err)
		}
	}
	path := filepath.Join(dir, "future.py")
	src := "from __future__ import spam\n"
	os.WriteFile(path, []byte(src), 0o644)
	root, err := ParseString(src, path, "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Future(root, path)
	if se, ok := err.(*syntax.Error); !ok || se.Text != src || se.Offset != 0 || se.Lineno != 1 {
		t.Errorf("Future: got %#v", err)
	}
}
