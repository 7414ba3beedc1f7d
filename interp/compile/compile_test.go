package compile_test

import (
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/opcode"
)

func mustCompile(t *testing.T, src, mode string) *code.Code {
	t.Helper()
	co, err := compile.CompileString(src, "", mode, 0, -1)
	if err != nil {
		t.Fatalf("compile %q: %v", src, err)
	}
	return co
}

// TestLectureFacts checks the bytes the course shows learners.
func TestLectureFacts(t *testing.T) {
	cases := []struct {
		name, src string
		path      []int // indexes into co_consts down to the code object
		want      string
	}{
		{"module", "\ndef some_new_simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc\n",
			nil, "d\x00d\x01\x84\x00Z\x00d\x02S\x00"},
		{"func", "def func(n): return n + 1", []int{0}, "|\x00d\x01\x17\x00S\x00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			co := mustCompile(t, c.src, "exec")
			for _, i := range c.path {
				co = co.Consts[i].(*code.Code)
			}
			if got := string(co.Code); got != c.want {
				t.Errorf("co_code = %q, want %q", got, c.want)
			}
		})
	}
}

// TestForLoopGolden is the for-loop disassembly of the reference notes.
func TestForLoopGolden(t *testing.T) {
	const want = `  1           0 LOAD_CONST               0 (0)
              2 STORE_NAME               0 (acc)

  2           4 SETUP_LOOP              24 (to 30)
              6 LOAD_NAME                1 (range)
              8 LOAD_CONST               1 (10)
             10 CALL_FUNCTION            1
             12 GET_ITER
        >>   14 FOR_ITER                12 (to 28)
             16 STORE_NAME               2 (i)

  3          18 LOAD_NAME                0 (acc)
             20 LOAD_NAME                2 (i)
             22 INPLACE_ADD
             24 STORE_NAME               0 (acc)
             26 JUMP_ABSOLUTE           14
        >>   28 POP_BLOCK

  4     >>   30 LOAD_NAME                3 (print)
             32 LOAD_NAME                0 (acc)
             34 CALL_FUNCTION            1
             36 POP_TOP
             38 LOAD_CONST               2 (None)
             40 RETURN_VALUE
`
	co := mustCompile(t, "acc=0\nfor i in range(10):\n    acc += i\nprint(acc)\n", "exec")
	var b strings.Builder
	dis.DisRecursive(&b, co)
	if got := b.String(); strings.TrimRight(got, "\n") != strings.TrimRight(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := []byte{4, 1, 14, 1, 12, 1}; string(co.Lnotab) != string(got) {
		t.Errorf("lnotab = %v, want %v", co.Lnotab, got)
	}
}

// TestExtendedArg checks that arguments above 255 get EXTENDED_ARG
// prefixes: names, constants and jump targets.
func TestExtendedArg(t *testing.T) {
	var names, consts, jump strings.Builder
	for i := 0; i < 300; i++ {
		names.WriteString("v" + itoa(i) + " = 0\n")
		consts.WriteString("x = " + itoa(1000+i) + "\n")
	}
	jump.WriteString("if x:\n")
	for i := 0; i < 100; i++ {
		jump.WriteString("    y = x.a" + itoa(i) + "\n")
	}
	cases := []struct {
		name, src string
		op        opcode.Op
		arg       int
	}{
		{"names", names.String(), opcode.STORE_NAME, 299},
		{"consts", consts.String(), opcode.LOAD_CONST, 299},
		{"jump", jump.String(), opcode.POP_JUMP_IF_FALSE, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			co := mustCompile(t, c.src, "exec")
			found := false
			for i := 0; i+3 < len(co.Code); i += 2 {
				if opcode.Op(co.Code[i]) != opcode.EXTENDED_ARG || opcode.Op(co.Code[i+2]) != c.op {
					continue
				}
				arg := int(co.Code[i+1])<<8 | int(co.Code[i+3])
				if c.arg < 0 && arg > 255 || arg == c.arg {
					found = true
				}
			}
			if !found {
				t.Errorf("no EXTENDED_ARG + %v with argument %d in %x", c.op, c.arg, co.Code)
			}
		})
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// TestCompilerErrors checks the SyntaxErrors the code generator itself
// raises, with CPython 3.7's messages and positions.
func TestCompilerErrors(t *testing.T) {
	cases := []struct {
		src, msg       string
		lineno, offset int
	}{
		{"x = 1\nreturn 5", "'return' outside function", 2, 0},
		{"if x:\n    break", "'break' outside loop", 2, 4},
		{"continue", "'continue' not properly in loop", 1, 0},
		{"for x in y:\n  def f():\n    continue", "'continue' not properly in loop", 3, 4},
		{"while 1:\n try: pass\n finally: continue", "'continue' not supported inside 'finally' clause", 3, 10},
		{"yield 5", "'yield' outside function", 1, 0},
		{"class A:\n  yield 5", "'yield' outside function", 2, 2},
		{"await x", "'await' outside function", 1, 0},
		{"def f(): await x", "'await' outside async function", 1, 9},
		{"async def f():\n  yield 1\n  return 2", "'return' with value in async generator", 3, 2},
		{"async def f():\n  yield from x", "'yield from' inside async function", 2, 2},
		{"x = [i async for i in y]", "asynchronous comprehension outside of an asynchronous function", 1, 0},
		{"try: pass\nexcept: pass\nexcept E: pass", "default 'except:' must be last", 1, 5},
		{"a, *b, *c = x", "two starred expressions in assignment", 1, 0},
		{"*a = b", "starred assignment target must be in a list or tuple", 1, 0},
		{"x = *a", "can't use starred expression here", 1, 4},
		{"def f():\n async with a: pass", "'async with' outside async function", 2, 1},
		{"def f():\n async for a in b: pass", "'async for' outside async function", 2, 1},
		{"x=1\nfrom __future__ import division", "from __future__ imports must occur at the beginning of the file", 2, 0},
		{"from __future__ import spam", "future feature spam is not defined", 1, 0},
		{"from __future__ import braces", "not a chance", 1, 0},
	}
	for _, c := range cases {
		_, err := compile.CompileString(c.src, "f", "exec", 0, -1)
		if err == nil {
			t.Errorf("%q compiled", c.src)
			continue
		}
		e := asSyntax(t, err)
		if e.Msg != c.msg || e.Lineno != c.lineno || e.Offset != c.offset {
			t.Errorf("%q: got %q at %d:%d, want %q at %d:%d", c.src, e.Msg, e.Lineno, e.Offset,
				c.msg, c.lineno, c.offset)
		}
	}
}

// TestErrorText checks the source line attached to a compiler error, as
// CPython reads it back from the file.
func TestErrorText(t *testing.T) {
	long := "x = [" + strings.Repeat("a, ", 400) + "b]\n"
	cases := []struct{ src, text string }{
		{"x = 1\r\nreturn 5\r\n", "return 5\n"},
		{"x = 1\nreturn 5", "return 5"},
		{long + "return 5\n", "return 5\n"},
		{"return [" + strings.Repeat("a, ", 400) + "b]\n", ("return [" + strings.Repeat("a, ", 400) + "b]\n")[999:]},
	}
	for _, c := range cases {
		_, err := compile.CompileString(c.src, "f", "exec", 0, -1)
		if e := asSyntax(t, err); e.Text != c.text {
			t.Errorf("%.20q: text %q, want %q", c.src, e.Text, c.text)
		}
	}
}

// TestWarnings checks the warnings CompileWithWarnings reports.
func TestWarnings(t *testing.T) {
	cases := []struct {
		src  string
		want []compile.Warning
	}{
		{"x = 1\nassert (x, 1)\n", []compile.Warning{{"SyntaxWarning",
			"assertion is always true, perhaps remove parentheses?", "f", 2}}},
		{"assert (1, 2)\n", nil}, // folded to a constant first: no warning in 3.7
		{"assert x, (1, 2)\n", nil},
	}
	for _, c := range cases {
		_, ws, err := compile.CompileWithWarnings([]byte(c.src), "f", "exec", 0, -1)
		if err != nil {
			t.Fatal(err)
		}
		if len(ws) != len(c.want) || (len(ws) > 0 && ws[0] != c.want[0]) {
			t.Errorf("%q: warnings %v, want %v", c.src, ws, c.want)
		}
	}
}
