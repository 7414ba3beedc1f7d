package engine

import (
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/kernel"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// session runs cells in one engine, numbering them as the kernel does.
type session struct {
	t *testing.T
	e *Engine
	n int
}

func newSession(t *testing.T) *session { return &session{t: t, e: New()} }

// run executes code as a history-storing cell and returns its output.
func (s *session) run(code string) (*recorder, kernel.ExecuteResult) {
	s.n++
	return s.runReq(kernel.ExecuteRequest{Code: code, StoreHistory: true, ExecutionCount: s.n, AllowStdin: true}, &recorder{})
}

func (s *session) runReq(req kernel.ExecuteRequest, r *recorder) (*recorder, kernel.ExecuteResult) {
	return r, s.e.Execute(req, r)
}

// ok runs code and fails the test if it raised.
func (s *session) ok(code string) *recorder {
	s.t.Helper()
	r, res := s.run(code)
	if res.Error != nil {
		s.t.Fatalf("%q raised %s: %s\n%s", code, res.Error.EName, res.Error.EValue, plain(res.Error.Traceback))
	}
	return r
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// plain is a traceback as text, colours removed.
func plain(tb []string) string { return ansi.ReplaceAllString(strings.Join(tb, "\n"), "") }

const simpleLoop = "def simple_loop():\n    acc = 0\n    for i in range(3):\n        acc += i\n    return acc\n"

func TestExecuteCells(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct {
		code   string
		events []string
	}{
		{"print('hello, world')", []string{"stdout: hello, world\n"}},
		{"import sys; print('test', file=sys.stderr)", []string{"stderr: test\n"}},
		{"1+2", []string{"result: 3"}},
		{"40 + 2", []string{"result: 42"}},
		{"x = 5\nx * 2", []string{"result: 10"}},
		{"x * 2;", nil},
		{"x * 2  # comment", []string{"result: 10"}},
		{"None", nil},
		{"for i in range(3): i", nil}, // only a final expression statement shows
		{simpleLoop + "simple_loop()", []string{"result: 3"}},
		{"compile('def f(): pass', '<s>', 'exec').co_code", []string{`result: b'd\x00d\x01\x84\x00Z\x00d\x02S\x00'`}},
		{"print('a'); print('b', end='')\n'c'", []string{"stdout: a\nb", "result: 'c'"}},
		{"here = %pwd", nil},
		{"from IPython.display import display; display('x')", []string{"display: 'x'"}},
		{"from IPython.display import HTML\nHTML('<b>x</b>')", []string{"result: <IPython.core.display.HTML object>"}},
		{"display(1, 2)", []string{"display: 1", "display: 2"}},
		{"from IPython.display import clear_output; clear_output()", []string{"clear: false"}},
		{"%%capture cap\nprint('hidden')", nil},
		{"cap.stdout", []string{`result: 'hidden\n'`}},
		{"y = %time 6 * 7\ny", nil}, // checked below: times, then the result
	} {
		r := s.ok(c.code)
		if c.code == "y = %time 6 * 7\ny" {
			if len(r.events) != 2 || !strings.HasPrefix(r.events[0], "stdout: CPU times: user ") || r.events[1] != "result: 42" {
				t.Errorf("%%time: %q", r.events)
			}
			continue
		}
		if strings.Join(r.events, "|") != strings.Join(c.events, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.code, r.events, c.events)
		}
	}
}

func TestHTMLBundle(t *testing.T) {
	s := newSession(t)
	r := s.ok("from IPython.display import HTML, Markdown, display\ndisplay(HTML('<b>x</b>'), Markdown('*y*'))")
	if len(r.shows) != 2 || r.shows[0].Data["text/html"] != "<b>x</b>" || r.shows[1].Data["text/markdown"] != "*y*" {
		t.Errorf("display bundles: %+v", r.shows)
	}
	r = s.ok("class C:\n    def _repr_html_(self): return '<i>c</i>'\n    def __repr__(self): return 'C()'\nC()")
	if len(r.results) != 1 || r.results[0]["text/html"] != "<i>c</i>" || r.results[0]["text/plain"] != "C()" {
		t.Errorf("result bundle: %+v", r.results)
	}
}

func TestDisplayHookVariables(t *testing.T) {
	s := newSession(t)
	s.ok("10")                // 1
	s.ok("20")                // 2
	s.ok("print('no value')") // 3
	s.ok("30")                // 4
	r := s.ok("(_, __, ___, _1, _4, Out[2], sorted(Out), _i1, In[3], _i, len(In))")
	// As IPython: texts without their trailing newline, _i the cell
	// before this one.
	want := `result: (30, 20, 10, 10, 30, 20, [1, 2, 4], '10', "print('no value')", '30', 6)`
	if r.events[0] != want {
		t.Errorf("got  %s\nwant %s", r.events[0], want)
	}
	// Silent cells show nothing and leave Out alone.
	r, res := s.runReq(kernel.ExecuteRequest{Code: "99", Silent: true, ExecutionCount: s.n + 1}, &recorder{})
	if res.Error != nil || len(r.events) != 0 {
		t.Errorf("silent: %q %+v", r.events, res.Error)
	}
	if r := s.ok("len(Out)"); r.events[0] != "result: 4" {
		t.Errorf("Out after silent: %q", r.events)
	}
}

func TestLectureDisAndTimeit(t *testing.T) {
	s := newSession(t)
	golden, err := os.ReadFile("testdata/dis_simple_loop.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := s.ok("%%dis\n" + simpleLoop)
	got := regexp.MustCompile(` at 0x[0-9a-f]+`).ReplaceAllString(r.stdout(), " at 0xADDR")
	if got != string(golden) {
		t.Errorf("%%%%dis:\n%s\nwant:\n%s", got, golden)
	}
	if _, err := os.Stat(oracle); err == nil {
		live, err := exec.Command(oracle, "testdata/gen_dis.py").Output()
		if err != nil {
			t.Fatal(err)
		}
		if string(live) != string(golden) {
			t.Errorf("golden file is stale; regenerate with testdata/gen_dis.py")
		}
	}
	if _, res := s.run("simple_loop"); res.Error == nil {
		t.Errorf("%%%%dis ran the cell")
	}

	s.ok(simpleLoop)
	shape := regexp.MustCompile(`^[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 7 runs, [0-9,]+ loops? each\)\n$`)
	r = s.ok("%timeit simple_loop()")
	if out := r.stdout(); !shape.MatchString(strings.TrimPrefix(out, out[:strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1])) {
		t.Errorf("%%timeit printed %q", out)
	}
	r = s.ok("res = %timeit -o -q -n 3 -r 2 simple_loop()\n(res.loops, res.repeat, len(res.all_runs), len(res.timings), res.best <= res.worst)")
	if r.events[0] != "result: (3, 2, 2, 2, True)" {
		t.Errorf("TimeitResult: %q", r.events)
	}
	r = s.ok("res")
	if !strings.HasPrefix(r.events[0], "result: <TimeitResult : ") || !strings.HasSuffix(r.events[0], "(mean ± std. dev. of 2 runs, 3 loops each)>") {
		t.Errorf("TimeitResult repr: %q", r.events)
	}
}

func TestErrors(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct {
		code, ename, evalue string
		text                string // the traceback without colours
	}{
		{"raise ValueError('boom')", "ValueError", "boom",
			"---------------------------------------------------------------------------\n" +
				"ValueError                                Traceback (most recent call last)\n" +
				"<ipython-input-1-XXX> in <module>\n" +
				"----> 1 raise ValueError('boom')\n\n" +
				"ValueError: boom"},
		{"def f(x):\n    y = 1\n    return 1/x\n\nf(0)", "ZeroDivisionError", "division by zero",
			"---------------------------------------------------------------------------\n" +
				"ZeroDivisionError                         Traceback (most recent call last)\n" +
				"<ipython-input-2-XXX> in <module>\n" +
				"      3     return 1/x\n" +
				"      4 \n" +
				"----> 5 f(0)\n\n" +
				"<ipython-input-2-XXX> in f(x)\n" +
				"      1 def f(x):\n" +
				"      2     y = 1\n" +
				"----> 3     return 1/x\n" +
				"      4 \n" +
				"      5 f(0)\n\n" +
				"ZeroDivisionError: division by zero"},
		{"1)", "SyntaxError", "invalid syntax (<ipython-input-3-XXX>, line 1)",
			"  File \"<ipython-input-3-XXX>\", line 1\n    1)\n     ^\nSyntaxError: invalid syntax\n"},
		{"%foo", "UsageError", "Line magic function `%foo` not found.",
			"UsageError: Line magic function `%foo` not found."},
		{"try:\n    1/0\nexcept Exception:\n    undefined_name", "NameError", "name 'undefined_name' is not defined",
			"---------------------------------------------------------------------------\n" +
				"ZeroDivisionError                         Traceback (most recent call last)\n" +
				"<ipython-input-5-XXX> in <module>\n" +
				"      1 try:\n" +
				"----> 2     1/0\n" +
				"      3 except Exception:\n" +
				"      4     undefined_name\n\n" +
				"ZeroDivisionError: division by zero\n" +
				"\nDuring handling of the above exception, another exception occurred:\n\n" +
				"---------------------------------------------------------------------------\n" +
				"NameError                                 Traceback (most recent call last)\n" +
				"<ipython-input-5-XXX> in <module>\n" +
				"      2     1/0\n" +
				"      3 except Exception:\n" +
				"----> 4     undefined_name\n\n" +
				"NameError: name 'undefined_name' is not defined"},
		{"if True:\n  x = 1\n y = 2", "IndentationError", "unindent does not match any outer indentation level (<tokenize>, line 3)",
			"  File \"<tokenize>\", line 3\n    y = 2\n    ^\nIndentationError: unindent does not match any outer indentation level\n"},
		{"raise SystemExit(3)", "SystemExit", "3",
			"An exception has occurred, use %tb to see the full traceback.\n\nSystemExit: 3\n"},
	} {
		_, res := s.run(c.code)
		if res.Error == nil {
			t.Errorf("%q did not fail", c.code)
			continue
		}
		hash := regexp.MustCompile(`(<ipython-input-\d+-)[0-9a-f]{12}>`)
		evalue := hash.ReplaceAllString(res.Error.EValue, "${1}XXX>")
		if res.Error.EName != c.ename || evalue != c.evalue {
			t.Errorf("%q: %s: %s", c.code, res.Error.EName, evalue)
		}
		if got := hash.ReplaceAllString(plain(res.Error.Traceback), "${1}XXX>"); got != c.text {
			t.Errorf("%q traceback:\n%s\nwant:\n%s", c.code, got, c.text)
		}
		if !strings.Contains(strings.Join(res.Error.Traceback, ""), "\x1b[0;31m") {
			t.Errorf("%q: no colour in the traceback", c.code)
		}
	}
	// The cell's filename is IPython's: the hash is the cell's SHA-1.
	if got := CellFilename(1, "raise ValueError('boom')"); !regexp.MustCompile(`^<ipython-input-1-[0-9a-f]{12}>$`).MatchString(got) {
		t.Errorf("CellFilename: %s", got)
	}
	s.ok("1+1") // the engine goes on
}

func TestGoPanicIsSystemError(t *testing.T) {
	s := newSession(t)
	panicLog = io.Discard
	defer func() { panicLog = os.Stderr }()
	s.e.it.Builtins.SetStr("go_panic", py.NewBuiltin("go_panic", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
		panic("deliberate")
	}))
	_, res := s.run("go_panic()")
	if res.Error == nil || res.Error.EName != "SystemError" || !strings.Contains(res.Error.EValue, "deliberate") {
		t.Fatalf("panic gave %+v", res.Error)
	}
	if r := s.ok("2*21"); r.events[0] != "result: 42" {
		t.Errorf("after panic: %q", r.events)
	}
}

func TestInterrupt(t *testing.T) {
	s := newSession(t)
	started := make(chan struct{})
	s.e.it.Builtins.SetStr("started", py.NewBuiltin("started", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
		close(started)
		return py.None, nil
	}))
	go func() {
		<-started
		s.e.Interrupt()
	}()
	_, res := s.run("started()\nwhile True: pass")
	if res.Error == nil || res.Error.EName != "KeyboardInterrupt" {
		t.Fatalf("interrupt gave %+v", res.Error)
	}
	// An interrupt between cells does not fire in the next one.
	s.e.Interrupt()
	s.ok("sum(range(100000))")
}

func TestInput(t *testing.T) {
	s := newSession(t)
	s.n++
	r, res := s.runReq(kernel.ExecuteRequest{Code: "print(input('name? '))\nimport getpass\nprint(getpass.getpass('pw: '))",
		ExecutionCount: s.n, AllowStdin: true}, &recorder{answers: []string{"bob", "secret"}})
	if res.Error != nil || r.stdout() != "bob\nsecret\n" || strings.Join(r.prompts, ",") != "name? |false,pw: |true" {
		t.Errorf("input: %q %q %+v", r.events, r.prompts, res.Error)
	}
	_, res = s.runReq(kernel.ExecuteRequest{Code: "input()", ExecutionCount: s.n}, &recorder{})
	if res.Error == nil || res.Error.EName != "StdinNotImplementedError" {
		t.Errorf("input without stdin: %+v", res.Error)
	}
	_, res = s.runReq(kernel.ExecuteRequest{Code: "input()", ExecutionCount: s.n, AllowStdin: true}, &recorder{inErr: kernel.ErrInterrupted})
	if res.Error == nil || res.Error.EName != "KeyboardInterrupt" {
		t.Errorf("interrupted input: %+v", res.Error)
	}
}

func TestUserExpressions(t *testing.T) {
	s := newSession(t)
	s.n++
	_, res := s.runReq(kernel.ExecuteRequest{Code: "x = 1", ExecutionCount: s.n,
		UserExpressions: map[string]string{"two": "x+1", "bad": "nope"}}, &recorder{})
	if got := res.UserExpressions["two"]; got.Error != nil || got.Data["text/plain"] != "2" {
		t.Errorf("two: %+v", got)
	}
	if got := res.UserExpressions["bad"]; got.Error == nil || got.Error.EName != "NameError" {
		t.Errorf("bad: %+v", got)
	}
}

func TestPager(t *testing.T) {
	s := newSession(t)
	s.ok("def f(a, b=1, *args, c, d='x', **kw):\n    'Add things.'\n    return a")
	for _, code := range []string{"f?", "?f"} {
		_, res := s.run(code)
		if len(res.Payloads) != 1 || res.Payloads[0]["source"] != "page" {
			t.Fatalf("%s: payloads %+v", code, res.Payloads)
		}
		text := plain([]string{res.Payloads[0]["data"].(map[string]any)["text/plain"].(string)})
		for _, want := range []string{"Signature:      f(a, b=1, *args, c, d='x', **kw)\n", "Docstring:      Add things.\n", "Type:           function\n"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q lacks %q", code, text, want)
			}
		}
	}
	_, res := s.run("zip?")
	if len(res.Payloads) != 1 || !strings.Contains(plain([]string{res.Payloads[0]["data"].(map[string]any)["text/plain"].(string)}), "Type:           type") {
		t.Errorf("zip?: %+v", res.Payloads)
	}
	r, _ := s.run("no_such_thing?")
	if r.stdout() != "Object `no_such_thing` not found.\n" {
		t.Errorf("unknown?: %q", r.events)
	}
	_, res = s.run("f??")
	if text := plain([]string{res.Payloads[0]["data"].(map[string]any)["text/plain"].(string)}); !strings.Contains(text, "Source:\ndef f(a, b=1") {
		t.Errorf("f??: %q", text)
	}
}

func TestComplete(t *testing.T) {
	s := newSession(t)
	s.ok("import sys\nclass Point:\n    def __init__(self): self.xval = 1; self._hid = 2\np = Point()\nmy_var = 1")
	for _, c := range []struct {
		code       string
		want       []string // all of these must be among the matches
		not        []string
		start, end int
	}{
		{"zi", []string{"zip"}, nil, 0, 2},
		{"my_", []string{"my_var"}, nil, 0, 3},
		{"_i", []string{"_i1", "_i", "_ih"}, nil, 0, 2},
		{"whi", []string{"while"}, nil, 0, 3},
		{"p.x", []string{"xval"}, []string{"_hid"}, 2, 3},
		{"p._", []string{"_hid"}, nil, 2, 3},
		{"sys.std", []string{"stdout", "stderr"}, nil, 4, 7},
		{"x = [1, 2]; p.", []string{"xval"}, []string{"__init__"}, 14, 14},
		{"%tim", []string{"%time", "%timeit"}, nil, 0, 4},
		{"%%ti", []string{"%%time", "%%timeit"}, []string{"%%dis"}, 0, 4},
		{"import IPy", []string{"IPython"}, nil, 7, 10},
		{"from IPython.display import HT", []string{"HTML"}, nil, 28, 30},
		{"s = 'é'; zi", []string{"zip"}, nil, len("s = 'é'; "), len("s = 'é'; zi")},
	} {
		got := s.e.Complete(c.code, len(c.code))
		set := map[string]bool{}
		for _, m := range got.Matches {
			set[m] = true
		}
		for _, w := range c.want {
			if !set[w] {
				t.Errorf("%q: %q missing from %q", c.code, w, got.Matches)
			}
		}
		for _, w := range c.not {
			if set[w] {
				t.Errorf("%q: %q should not be offered", c.code, w)
			}
		}
		if got.CursorStart != c.start || got.CursorEnd != c.end {
			t.Errorf("%q: cursor %d..%d, want %d..%d", c.code, got.CursorStart, got.CursorEnd, c.start, c.end)
		}
	}
}

func TestInspect(t *testing.T) {
	s := newSession(t)
	s.ok("def g(x, y=2):\n    '''Multiply.'''\n    return x*y\nn = [1, 2, 3]")
	for _, c := range []struct {
		code   string
		cursor int
		want   []string
	}{
		{"g", 1, []string{"Signature:      g(x, y=2)", "Docstring:      Multiply.", "Type:           function"}},
		{"g(1, ", 5, []string{"Signature:      g(x, y=2)"}},
		{"n", 0, []string{"Type:           list", "String form:    [1, 2, 3]", "Length:         3"}},
		{"zip", 3, []string{"Type:           type"}},
	} {
		ins := s.e.Inspect(c.code, c.cursor, 0)
		if !ins.Found {
			t.Errorf("%q: not found", c.code)
			continue
		}
		text := plain([]string{ins.Data["text/plain"].(string)})
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%q: %q lacks %q", c.code, text, w)
			}
		}
	}
	if s.e.Inspect("nothing_here", 3, 0).Found {
		t.Errorf("unknown name found")
	}
}

func TestIsComplete(t *testing.T) {
	e := New()
	for _, c := range []struct{ code, status, indent string }{
		{"1", "complete", ""},
		{"def f(x):\n    return x*2\n\n", "complete", ""},
		{"for x in y:", "incomplete", "    "},
		{"print('''hello", "incomplete", ""},
		{"1)", "invalid", ""},
		{"@@", "invalid", ""},
	} {
		status, indent := e.IsComplete(c.code)
		if status != c.status || indent != c.indent {
			t.Errorf("%q: %s %q, want %s %q", c.code, status, indent, c.status, c.indent)
		}
	}
}

func TestMagicsThroughShell(t *testing.T) {
	s := newSession(t)
	s.ok("alpha = 1\nbeta = 'two'")
	if r := s.ok("%who"); r.stdout() != "alpha\t beta\t \n" {
		t.Errorf("%%who: %q", r.stdout())
	}
	if r := s.ok("files = !echo hi\nfiles"); r.events[len(r.events)-1] != "result: ['hi']" {
		t.Errorf("!cmd: %q", r.events)
	}
	s.ok("def h(): return 1")
	if r := s.ok("%dis h"); !strings.Contains(r.stdout(), "LOAD_CONST               1 (1)") {
		t.Errorf("%%dis h: %q", r.stdout())
	}
	s.ok("%reset -f")
	if _, res := s.run("alpha"); res.Error == nil || res.Error.EName != "NameError" {
		t.Errorf("after %%reset: %+v", res.Error)
	}
	if r := s.ok("get_ipython().run_line_magic('pwd', '') == get_ipython().getoutput('pwd')[0]"); r.events[0] != "result: True" {
		t.Errorf("get_ipython: %q", r.events)
	}
}

// TestLectureCells runs the seed lecture's interpreter cells in order, as
// a notebook would, and checks what IPython showed for each (timings and
// addresses aside; the %%cython cells belong to the native magic).
func TestLectureCells(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct {
		code string
		want []string
	}{
		{"def simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc", nil},
		{"compile(\"\"\"\ndef some_new_simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc\n\"\"\", \"\", \"exec\").co_code",
			[]string{`result: b'd\x00d\x01\x84\x00Z\x00d\x02S\x00'`}},
		{`type(compile("1 + 1", "", "eval"))`, []string{"result: code"}},
		{"def func(n): return n + 1", nil},
		{"for byte in func.__code__.co_code:\n    print(byte, end=' ')", []string{"stdout: 124 0 100 1 23 0 83 0 "}},
		{"\"1 + 3 + 4 + 5\"\n\"1 + 1 * (3 - 4)\"\n\"1 + 1 * 3 - 4\"", []string{"result: '1 + 1 * 3 - 4'"}},
		{"eval('(lambda n: n + 1)(10)')", []string{"result: 11"}},
		{"'+ 1 3'.split()[1:-1]", []string{"result: ['1']"}},
		{"def parse_prefix(formula):\n    tokens = formula.split()\n    \n    if len(tokens) == 1: return tokens[0]\n    \n    mid = ' '.join(tokens[1:-1])\n    \n    return '(' + parse_prefix(mid) + tokens[0] + tokens[-1] + ')'", nil},
		{`eval(parse_prefix("- + + * - 3 4 1 1 10 91"))`, []string{"result: -81"}},
		{`eval("1 + 3 + 4 + 5")`, []string{"result: 13"}},
		{"class C: pass\nC", []string{"result: __main__.C"}},
	} {
		r := s.ok(c.code)
		if strings.Join(r.events, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.code, r.events, c.want)
		}
	}
	if _, res := s.run("import dis"); res.Error != nil {
		t.Skipf("the dis cells need the dis module, which interp/lib/all does not link yet: %s", res.Error.EValue)
	}
	for _, c := range []struct{ code, want string }{
		{"dis.opname[124]", "result: 'LOAD_FAST'"},
		{"for i, byte in enumerate(func.__code__.co_code):\n    if i % 2 == 0:\n        byte = dis.opname[byte]\n    print(byte, end=' ')",
			"stdout: LOAD_FAST 0 LOAD_CONST 1 BINARY_ADD 0 RETURN_VALUE 0 "},
	} {
		if r := s.ok(c.code); strings.Join(r.events, "|") != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.code, r.events, c.want)
		}
	}
	r := s.ok("NAME = 'test'\ndef nested(n):\n    n += 1\n    def _wrap(m):\n        print(NAME)\n        for i in range(n):\n            m = m + 1\n            m += n\n        NAME = '1'\n        return m\n    return _wrap\ndis.dis(nested)")
	out := r.stdout()
	for _, want := range []string{
		"  3           0 LOAD_DEREF               0 (n)\n",
		"             16 MAKE_FUNCTION            8\n",
		`file "<ipython-input-` + itoa(s.n) + "-",
		"  5           0 LOAD_GLOBAL              0 (print)\n              2 LOAD_FAST                1 (NAME)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dis.dis(nested) lacks %q:\n%s", want, out)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestOutputCacheCulled: as IPython's DisplayHook with cache_size 1000,
// the 1001st result culls the oldest fifth of Out and their _N names,
// warning once.
func TestOutputCacheCulled(t *testing.T) {
	s := newSession(t)
	for i := 1; i <= outputCacheSize; i++ {
		s.ok(strconv.Itoa(i))
	}
	r := s.ok("1001")
	if len(r.events) != 2 || r.events[0] != "stderr: UserWarning: Output cache limit (currently 1000 entries) hit.\nFlushing oldest 200 entries.\n" {
		t.Errorf("first cull: %q", r.events)
	}
	checks := []struct{ code, want string }{
		{"len(Out), min(Out), max(Out)", "result: (801, 201, 1001)"},
		{"'_200' in globals(), _201, _1001", "result: (False, 201, 1001)"},
		{"_i1, len(In)", "result: ('1', 1005)"},
	}
	for _, c := range checks {
		if r := s.ok(c.code); r.events[len(r.events)-1] != c.want {
			t.Errorf("%s: %q, want %q", c.code, r.events, c.want)
		}
	}
}
