package magics

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/dis"
)

// disGolden is testdata/dis.json, made by testdata/gen_dis.py with
// CPython 3.7.16.
type disGolden struct {
	Cells []struct {
		Cell, Want, Error string
	}
	Timeit []struct {
		Stmt, Setup, Want string
	}
}

var addrRE = regexp.MustCompile(` at 0x[0-9a-f?]+`)

func maskAddrs(s string) string { return addrRE.ReplaceAllString(s, " at 0x?") }

func loadDisGolden(t *testing.T) *disGolden {
	t.Helper()
	b, err := os.ReadFile("testdata/dis.json")
	if err != nil {
		t.Fatal(err)
	}
	var g disGolden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

// TestDisCellGolden: %%dis prints dis.dis(cell) and runs nothing.
func TestDisCellGolden(t *testing.T) {
	for _, c := range loadDisGolden(t).Cells {
		fake := newFake()
		_, err := NewShell(fake).RunCellMagic("dis", "", c.Cell)
		if err != nil {
			t.Errorf("%%%%dis %q: %v", c.Cell, err)
			continue
		}
		if got := maskAddrs(fake.out.String()); got != c.Want {
			t.Errorf("%%%%dis %q:\n got:\n%s\nwant:\n%s", c.Cell, got, c.Want)
		}
		if len(fake.execs)+len(fake.evals) != 0 {
			t.Errorf("%%%%dis %q ran code", c.Cell)
		}
	}
}

// TestDisRun: --run runs the cell after the listing, statement by
// statement, the last expression in "single" mode.
func TestDisRun(t *testing.T) {
	fake := newFake()
	if _, err := NewShell(fake).RunCellMagic("dis", "--run", "x = 1\nx + 1\n"); err != nil {
		t.Fatal(err)
	}
	if len(fake.execs) != 2 || fake.out.Len() == 0 {
		t.Fatalf("execs %d, output %q", len(fake.execs), fake.out.String())
	}
	if _, err := NewShell(fake).RunCellMagic("dis", "--bogus", "x\n"); err == nil ||
		err.Error() != "unrecognized arguments: --bogus" {
		t.Errorf("bad option: %v", err)
	}
}

// TestTimeitTemplateGolden: the function %timeit times is the one IPython
// compiles on CPython 3.7, instruction for instruction.
func TestTimeitTemplateGolden(t *testing.T) {
	for _, c := range loadDisGolden(t).Timeit {
		co, err := TimeitCode(c.Stmt, c.Setup)
		if err != nil {
			t.Errorf("TimeitCode(%q, %q): %v", c.Stmt, c.Setup, err)
			continue
		}
		var b bytes.Buffer
		dis.DisRecursive(&b, co)
		if got := maskAddrs(b.String()); got != c.Want {
			t.Errorf("TimeitCode(%q, %q):\n got:\n%s\nwant:\n%s", c.Stmt, c.Setup, got, c.Want)
		}
	}
}

// TestDisLine: %dis EXPR disassembles what the VM says the value is.
func TestDisLine(t *testing.T) {
	src := "def f(): return 1\n"
	var want bytes.Buffer
	if err := DisSource(&want, src); err != nil {
		t.Fatal(err)
	}
	fake := newFake()
	fake.evalResult = "C"
	fake.dis = map[string]DisTarget{"C": {Members: []DisMember{
		{Name: "f", Target: DisTarget{Source: &src}},
		{Name: "x", Err: &PyError{Type: "TypeError", Msg: "don't know how to disassemble int objects"}},
	}}}
	if _, err := NewShell(fake).RunLineMagic("dis", "C"); err != nil {
		t.Fatal(err)
	}
	wantText := "Disassembly of f:\n" + want.String() + "\nDisassembly of x:\nSorry: don't know how to disassemble int objects\n\n"
	if got := maskAddrs(fake.out.String()); got != maskAddrs(wantText) {
		t.Errorf("got:\n%s\nwant:\n%s", got, wantText)
	}
	fake.evalResult = 3
	if _, err := NewShell(fake).RunLineMagic("dis", "3"); err == nil || !strings.Contains(err.Error(), "don't know how") {
		t.Errorf("%%dis 3: %v", err)
	}
}

// TestDisLiveOracle compares %%dis with python3.7 on cells not in the
// golden file, when the oracle is installed.
func TestDisLiveOracle(t *testing.T) {
	const py37 = "/root/.pyenv/versions/3.7.16/bin/python3.7"
	if _, err := os.Stat(py37); err != nil || testing.Short() {
		t.Skip("CPython 3.7.16 not installed")
	}
	for _, src := range []string{
		"x = [i ** 2 for i in range(5)]\nprint(sum(x))\n",
		"def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
		"class A(B, metaclass=M):\n    x = 1\n    def __init__(self):\n        super().__init__()\n",
	} {
		out, err := exec.Command(py37, "-c", "import dis, sys; dis.dis(sys.argv[1])", src).Output()
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := DisSource(&got, src); err != nil {
			t.Fatal(err)
		}
		if maskAddrs(got.String()) != maskAddrs(string(out)) {
			t.Errorf("%q:\n got:\n%s\nwant:\n%s", src, got.String(), out)
		}
	}
}
