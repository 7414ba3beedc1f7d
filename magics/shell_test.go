package magics

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/dis"
)

// TestCompileCell: each top-level statement is compiled alone, the last
// one in "single" mode when it is an expression (PRINT_EXPR shows it).
func TestCompileCell(t *testing.T) {
	tests := []struct {
		cell    string
		n       int
		display bool
	}{
		{"x = 1\nx\n", 2, true},
		{"x = 1\ny = 2\n", 2, false},
		{"x = %pwd\nx", 2, true},
		{"1 + 1", 1, true},
		{"def f():\n    return 1\n", 1, false},
		{"x;", 1, true},
	}
	for _, tt := range tests {
		codes, err := NewShell(newFake()).CompileCell(tt.cell, "<cell>")
		if err != nil {
			t.Errorf("%q: %v", tt.cell, err)
			continue
		}
		if len(codes) != tt.n {
			t.Errorf("%q: %d code objects, want %d", tt.cell, len(codes), tt.n)
			continue
		}
		var b bytes.Buffer
		dis.DisRecursive(&b, codes[len(codes)-1])
		if got := strings.Contains(b.String(), "PRINT_EXPR"); got != tt.display {
			t.Errorf("%q: display %v, want %v:\n%s", tt.cell, got, tt.display, b.String())
		}
	}
	if _, err := NewShell(newFake()).CompileCell("x = (\n", "<cell>"); err == nil {
		t.Error("syntax error not reported")
	}
}

func TestSystem(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	code, err := sh.System("echo hi; echo err >&2; exit 3")
	if err != nil || code != 3 || fake.out.String() != "hi\n" || fake.errOut.String() != "err\n" {
		t.Errorf("System: %d %v %q %q", code, err, fake.out.String(), fake.errOut.String())
	}
	lines, err := sh.GetOutput("printf 'a\\nb\\n'; echo c >&2")
	if err != nil || !reflect.DeepEqual(lines, []string{"a", "b", "c"}) {
		t.Errorf("GetOutput: %q %v", lines, err)
	}
}

func TestHostClocks(t *testing.T) {
	var c Clocks = HostClocks{}
	if c.Wall() < 1e9 || c.Process() < 0 {
		t.Errorf("clocks: %v %v", c.Wall(), c.Process())
	}
}

func TestPinfo(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	var paged []string
	sh.Page = func(s string) { paged = append(paged, s) }
	sh.Inspector = func(name string, detail int) (string, bool) {
		return name + "@" + string(rune('0'+detail)), name == "zip"
	}
	for _, line := range []string{"%timeit", "%%timeit", "zip"} {
		sh.RunLineMagic("pinfo", line)
	}
	sh.RunLineMagic("pinfo2", "zip")
	sh.RunLineMagic("pinfo", "nothing")
	sh.RunLineMagic("pinfo", "%nomagic")
	if len(paged) != 4 || !strings.HasPrefix(paged[0], "Docstring:\nTime execution") || paged[2] != "zip@0" || paged[3] != "zip@1" {
		t.Errorf("paged %q", paged)
	}
	if got := fake.out.String(); got != "Object `nothing` not found.\nObject `%nomagic` not found.\n" {
		t.Errorf("stdout %q", got)
	}
}

func TestScriptMagics(t *testing.T) {
	fake := newFake()
	sh := NewShell(fake)
	if _, err := sh.RunCellMagic("bash", "", "echo hi\necho oops >&2\n"); err != nil {
		t.Fatal(err)
	}
	if fake.out.String() != "hi\n" || fake.errOut.String() != "oops\n" {
		t.Errorf("bash: %q %q", fake.out.String(), fake.errOut.String())
	}
	_, err := sh.RunCellMagic("sh", "", "exit 3\n")
	if err == nil || err.Error() != `CalledProcessError: Command 'b'exit 3\n'' returned non-zero exit status 3.` {
		t.Errorf("exit 3: %v", err)
	}
	if _, err := sh.RunCellMagic("sh", "--no-raise-error", "exit 3\n"); err != nil {
		t.Errorf("--no-raise-error: %v", err)
	}
	if _, err := sh.RunCellMagic("script", "--out o --err e sh", "echo a; echo b >&2\n"); err != nil {
		t.Fatal(err)
	}
	if fake.set["o"] != "a\n" || fake.set["e"] != "b\n" {
		t.Errorf("captured %v", fake.set)
	}
}
