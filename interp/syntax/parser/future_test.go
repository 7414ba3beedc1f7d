package parser

import (
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/syntax"
)

// TestFuture checks Future against CPython 3.7's compile() (future.c).
// Where 3.7 reports a late __future__ import from compile.c instead (the
// import is on a later line than the statements before it), Future accepts
// the module and the compiler is expected to reject it using lineno.
func TestFuture(t *testing.T) {
	cases := []struct {
		src            string
		flags, lineno  int
		msg            string
		errLine, errOf int
	}{
		{src: "from __future__ import spam\n", msg: "future feature spam is not defined", errLine: 1},
		{src: "from __future__ import nested_scopes, spam\n", msg: "future feature spam is not defined", errLine: 1},
		{src: "from __future__ import *\n", msg: "future feature * is not defined", errLine: 1},
		{src: "x=1; from __future__ import division\n", msg: "from __future__ imports must occur at the beginning of the file", errLine: 1, errOf: 5},
		{src: "from __future__ import braces\n", msg: "not a chance", errLine: 1},
		{src: "\"\"\"doc\"\"\"\nfrom __future__ import annotations\n", flags: code.FutureAnnotations, lineno: 2},
		{src: "  \nfrom __future__ import (division,\n print_function)\n", lineno: 2},
		{src: "from __future__ import generator_stop as g\n", lineno: 1},
		{src: "from __future__ import annotations; import os\n", flags: code.FutureAnnotations, lineno: 1},
		{src: "from __future__ import barry_as_FLUFL\n", flags: code.FutureBarryAsBDFL, lineno: 1},
		{src: "from . import __future__\n"},
		{src: "x = 1\n"},
		// compile.c's cases: Future stops looking.
		{src: "import os\nfrom __future__ import division\n"},
		{src: "\"\"\"a\"\"\"\n\"\"\"b\"\"\"\nfrom __future__ import division\n"},
		{src: "if 1:\n    from __future__ import division\n"},
		{src: "def f(): pass\nfrom __future__ import annotations\n"},
	}
	for _, c := range cases {
		root, err := ParseString(c.src, "f", "exec", 0)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		flags, lineno, err := Future(root, "f")
		if c.msg != "" {
			se, ok := err.(*syntax.Error)
			if !ok || se.Msg != c.msg || se.Lineno != c.errLine || se.Offset != c.errOf || se.Text != "" {
				t.Errorf("%q: got error %#v, want %q at %d:%d", c.src, err, c.msg, c.errLine, c.errOf)
			}
			continue
		}
		if err != nil || flags != c.flags || lineno != c.lineno {
			t.Errorf("%q: got %#x, %d, %v; want %#x, %d", c.src, flags, lineno, err, c.flags, c.lineno)
		}
	}
}

// TestBarryFlag checks the barry_as_FLUFL compile flag: '<>' is the
// inequality and '!=' is refused, with 3.7's message.
func TestBarryFlag(t *testing.T) {
	if _, err := ParseString("x <> 1\n", "f", "exec", code.FutureBarryAsBDFL); err != nil {
		t.Errorf("<> under the flag: %v", err)
	}
	_, err := ParseString("x != 1\n", "f", "exec", code.FutureBarryAsBDFL)
	want := &syntax.Error{Kind: "SyntaxError", Msg: "with Barry as BDFL, use '<>' instead of '!='", Filename: "f", Lineno: 1, Offset: 4, Text: "x != 1\n"}
	if se, ok := err.(*syntax.Error); !ok || *se != *want {
		t.Errorf("!= under the flag: got %#v", err)
	}
}
