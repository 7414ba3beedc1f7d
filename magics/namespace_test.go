package magics

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
)

type nsGolden struct {
	Namespace struct {
		Vars []struct {
			Name, Type, Str string
			Len             int
		}
		Cases []struct {
			Magic, Line, Stdout string
			Empty               bool
		}
		Many struct{ Stdout string }
	}
	Shapes []struct{ Line, Shape string }
}

func loadNS(t *testing.T) *nsGolden {
	b, err := os.ReadFile("testdata/magics.json")
	if err != nil {
		t.Fatal(err)
	}
	var g nsGolden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func TestWhoGolden(t *testing.T) {
	g := loadNS(t)
	var vars []Var
	for _, v := range g.Namespace.Vars {
		vars = append(vars, Var{Name: v.Name, Type: v.Type, Str: v.Str, Len: v.Len})
	}
	for _, c := range g.Namespace.Cases {
		fake := newFake()
		if !c.Empty {
			fake.vars = vars
		}
		if _, err := NewShell(fake).RunLineMagic(c.Magic, c.Line); err != nil {
			t.Fatal(err)
		}
		if got := fake.out.String(); got != c.Stdout {
			t.Errorf("%%%s %s:\n got %q\nwant %q", c.Magic, c.Line, got, c.Stdout)
		}
	}
	fake := newFake()
	for i := range 20 {
		fake.vars = append(fake.vars, Var{Name: "v" + strconv.Itoa(i), Type: "int"})
	}
	NewShell(fake).RunLineMagic("who", "")
	if got := fake.out.String(); got != g.Namespace.Many.Stdout {
		t.Errorf("%%who of 20:\n got %q\nwant %q", got, g.Namespace.Many.Stdout)
	}
}

// TestTimeitShape: real IPython runs, numbers and loop counts masked,
// against ours on the fake timer.
func TestTimeitShape(t *testing.T) {
	num := regexp.MustCompile(`\d+(?:\.\d+)?(?:e[+-]\d+)? (?:ns|µs|ms|s)\b`)
	loops := regexp.MustCompile(`[\d,]+ loops? each`)
	for _, c := range loadNS(t).Shapes {
		fake := newFake()
		fake.readings = []float64{0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3}
		if _, err := NewShell(fake).RunLineMagic("timeit", c.Line); err != nil {
			t.Fatal(err)
		}
		got := loops.ReplaceAllString(num.ReplaceAllString(strings.TrimSuffix(fake.out.String(), "\n"), "T"), "L loops each")
		want := loops.ReplaceAllString(c.Shape, "L loops each")
		if got != want {
			t.Errorf("%%timeit %s:\n got %q\nwant %q", c.Line, got, want)
		}
	}
}

func TestLoadExtAndNative(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	if _, err := sh.RunCellMagic("cython", "-a", "x\n"); err == nil || err.(*UsageError).Text() != "UsageError: Cell magic `%%cython` not found." {
		t.Errorf("before load_ext: %v", err)
	}
	if _, err := sh.RunLineMagic("load_ext", "Cython"); err != nil {
		t.Fatal(err)
	}
	if _, err := sh.RunCellMagic("cython", "-a", "x\n"); err == nil || err.Error() != "%%native is not available yet" {
		t.Errorf("placeholder: %v", err)
	}
	sh.RunLineMagic("load_ext", "Cython")
	if got := fake.out.String(); got != "The Cython extension is already loaded. To reload it, use:\n  %reload_ext Cython\n" {
		t.Errorf("second load: %q", got)
	}
	var gotLine string
	sh.Registry.LinkNative(func(sh *Shell, line, cell string) (any, error) { gotLine = line; return nil, nil }, "native")
	if _, err := sh.RunCellMagic("cython", "-a", "x\n"); err != nil || gotLine != "-a" {
		t.Errorf("linked: %v %q", err, gotLine)
	}
	if _, err := sh.RunLineMagic("load_ext", "nope"); err == nil || err.Error() != "ModuleNotFoundError: No module named 'nope'" {
		t.Errorf("unknown extension: %v", err)
	}
}

func TestWritefile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.txt")
	fake := newFake()
	sh := NewShell(fake)
	steps := []struct{ line, cell, say string }{
		{name, "a\n", "Writing " + name + "\n"},
		{name, "b\n", "Overwriting " + name + "\n"},
		{"-a " + name, "c\n", "Appending to " + name + "\n"},
		{"'" + name + "'", "d\n", "Overwriting " + name + "\n"},
	}
	for _, s := range steps {
		fake.out.Reset()
		if _, err := sh.RunCellMagic("writefile", s.line, s.cell); err != nil {
			t.Fatal(err)
		}
		if fake.out.String() != s.say {
			t.Errorf("%%%%writefile %s said %q, want %q", s.line, fake.out.String(), s.say)
		}
	}
	if b, _ := os.ReadFile(name); string(b) != "d\n" {
		t.Errorf("file holds %q", b)
	}
	if _, err := sh.RunCellMagic("writefile", "", "x\n"); err == nil || err.Error() != "the following arguments are required: filename" {
		t.Errorf("no filename: %v", err)
	}
}

func TestCdPwd(t *testing.T) {
	cwd := "/start"
	fake := newFake()
	sh := NewShell(fake)
	sh.Getwd = func() (string, error) { return cwd, nil }
	sh.Chdir = func(d string) error {
		if d == "/missing" {
			return &os.PathError{Op: "chdir", Path: d, Err: os.ErrNotExist}
		}
		cwd = d
		return nil
	}
	if got, _ := sh.RunLineMagic("pwd", ""); got != "/start" {
		t.Errorf("pwd = %v", got)
	}
	sh.RunLineMagic("cd", "/tmp")
	sh.RunLineMagic("cd", "-q /usr")
	sh.RunLineMagic("cd", "-")
	if got := fake.out.String(); got != "/tmp\n/tmp\n" || cwd != "/tmp" {
		t.Errorf("cd printed %q, cwd %s", got, cwd)
	}
}

func TestOSErrorText(t *testing.T) {
	_, err := os.Open("/no/such/file")
	if got := osError(err).Error(); got != "FileNotFoundError: [Errno 2] No such file or directory: '/no/such/file'" {
		t.Errorf("got %q", got)
	}
}

func TestEnv(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	t.Setenv("BYTEPY_TEST_VAR", "1")
	if got, _ := sh.RunLineMagic("env", "BYTEPY_TEST_VAR"); got != "1" {
		t.Errorf("get: %v", got)
	}
	sh.RunLineMagic("env", "BYTEPY_TEST_VAR=two words")
	sh.RunLineMagic("env", "BYTEPY_TEST_VAR 3")
	if got := fake.out.String(); got != "env: BYTEPY_TEST_VAR=two words\nenv: BYTEPY_TEST_VAR=3\n" || os.Getenv("BYTEPY_TEST_VAR") != "3" {
		t.Errorf("set printed %q", got)
	}
	t.Setenv("MY_SECRET_TOKEN", "x")
	all, _ := sh.RunLineMagic("env", "")
	if m := all.(map[string]string); m["MY_SECRET_TOKEN"] != "<hidden>" || m["BYTEPY_TEST_VAR"] != "3" {
		t.Errorf("list: %v", m["MY_SECRET_TOKEN"])
	}
}

type fakeHistory []HistoryEntry

func (h fakeHistory) Range(start, stop int) []HistoryEntry {
	var out []HistoryEntry
	for _, e := range h {
		if e.Line >= start && (stop <= 0 || e.Line < stop) {
			out = append(out, e)
		}
	}
	return out
}

func TestHistory(t *testing.T) {
	two := "2"
	h := fakeHistory{{1, "x = 1", nil}, {2, "x + 1", &two}, {3, "def f():\n    pass", nil}}
	tests := []struct{ line, want string }{
		{"", "x = 1\nx + 1\ndef f():\n    pass\n"},
		{"-n", "1: x = 1\n2: x + 1\n3:\ndef f():\n    pass\n"},
		{"-n 2", "2: x + 1\n"},
		{"1-2", "x = 1\nx + 1\n"},
		{"-o 2", "x + 1\n2\n"},
		{"-l 1", "def f():\n    pass\n"},
		{"-g x", "x = 1\nx + 1\n"},
		{"-p 1", ">>> x = 1\n"},
	}
	for _, tt := range tests {
		fake := newFake()
		sh := NewShell(fake)
		sh.History = h
		if _, err := sh.RunLineMagic("history", tt.line); err != nil {
			t.Fatal(err)
		}
		if got := fake.out.String(); got != tt.want {
			t.Errorf("%%history %s:\n got %q\nwant %q", tt.line, got, tt.want)
		}
	}
}

func TestCapture(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	fake.out.WriteString("before\n")
	if _, err := sh.RunCellMagic("capture", "cap", "x = 1\n"); err != nil {
		t.Fatal(err)
	}
	if _, ok := fake.set["cap"].(*CapturedIO); !ok || len(fake.execs) != 1 {
		t.Errorf("capture bound %v, ran %d", fake.set, len(fake.execs))
	}
	if fake.out.String() != "before\n" {
		t.Errorf("output after capture: %q", fake.out.String())
	}
}

func TestReset(t *testing.T) {
	fake := newFake()
	NewShell(fake).RunLineMagic("reset", "-f")
	if !fake.reset {
		t.Error("not reset")
	}
}

func TestArgParser(t *testing.T) {
	p := &ArgParser{Prog: "%cython", Args: []Arg{
		{Flags: []string{"-a", "--annotate"}, Action: StoreTrue},
		{Flags: []string{"-c", "--compile-args"}, Action: Append},
		{Flags: []string{"-n", "--name"}},
		{Flags: []string{"-3"}, Dest: "language_level", Action: StoreTrue},
	}}
	got, err := p.Parse("-a -c=-O3 --compile-args=-g")
	if err != nil || !got.Bool("annotate") || strings.Join(got.List("compile_args"), ",") != "-O3,-g" || got.Str("name") != "" {
		t.Errorf("parsed %v, %v", got, err)
	}
	// A value that looks like an option is refused, as argparse does.
	if _, err := p.Parse("--compile-args -g"); err == nil {
		t.Error("--compile-args -g accepted")
	}
	if _, err := p.Parse("--nope"); err == nil || err.Error() != "unrecognized arguments: --nope" {
		t.Errorf("unknown: %v", err)
	}
	got, err = p.Parse("-a -n mod -3")
	if err != nil || !got.Bool("annotate") || got.Str("name") != "mod" || !got.Bool("language_level") {
		t.Errorf("parsed %v, %v", got, err)
	}
	if _, err := p.Parse("-n"); err == nil || err.Error() != "argument -n/--name: expected one argument" {
		t.Errorf("missing value: %v", err)
	}
	if u := p.Usage(); u != "%cython [-a] [-c COMPILE_ARGS] [-n NAME] [-3]" {
		t.Errorf("usage %q", u)
	}
}

// nsInterp evaluates bare names (and name.attr, as its first name) from a
// table, so var_expand can be checked without a VM.
type nsInterp struct {
	*fakeInterp
	vals map[string][2]string // name -> repr, str
}

func (n *nsInterp) Eval(co *code.Code) (Value, error) {
	if len(co.Names) == 0 && len(co.Consts) > 0 {
		return co.Consts[0].Repr(), nil
	}
	if len(co.Names) == 0 {
		return nil, &PyError{Type: "SyntaxError", Msg: "?"}
	}
	if _, ok := n.vals[co.Names[0]]; !ok {
		return nil, &PyError{Type: "NameError", Msg: "name '" + co.Names[0] + "' is not defined"}
	}
	if len(co.Names) > 1 {
		return co.Names[0] + "." + co.Names[1], nil
	}
	return co.Names[0], nil
}

func (n *nsInterp) Repr(v Value) (string, error) { return n.vals[v.(string)][0], nil }

func (n *nsInterp) Str(v Value) (string, error) {
	s := v.(string)
	if name, attr, ok := strings.Cut(s, "."); ok && attr == "real" {
		return n.vals[name][1], nil
	}
	if w, ok := n.vals[s]; ok {
		return w[1], nil
	}
	return s, nil
}

func TestVarExpandGolden(t *testing.T) {
	b, _ := os.ReadFile("testdata/magics.json")
	var g struct {
		Expand struct {
			NS    map[string][2]string
			Cases []struct{ In, Out string }
		}
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	in := &nsInterp{fakeInterp: newFake(), vals: g.Expand.NS}
	sh := NewShell(in)
	for _, c := range g.Expand.Cases {
		if got := sh.VarExpand(c.In); got != c.Out {
			t.Errorf("VarExpand(%q) = %q, want %q", c.In, got, c.Out)
		}
	}
}
