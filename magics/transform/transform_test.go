package transform

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

type goldenCase struct {
	Cell  string `json:"cell"`
	Want  string `json:"want"`
	Error string `json:"error"`
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	b, err := os.ReadFile("testdata/transform.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestGolden compares Cell with IPython 8.5's transform_cell on every case
// of testdata/transform.json (made by testdata/gen_transform.py).
func TestGolden(t *testing.T) {
	for _, c := range loadGolden(t) {
		got, err := Cell(c.Cell)
		if c.Error != "" {
			var ie *IndentError
			if c.Error != "IndentationError" || !errors.As(err, &ie) {
				t.Errorf("Cell(%q): err %v, want %s", c.Cell, err, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("Cell(%q): %v", c.Cell, err)
			continue
		}
		if got != c.Want {
			t.Errorf("Cell(%q)\n got %q\nwant %q", c.Cell, got, c.Want)
		}
	}
}

// TestPlainIdentity: ordinary Python comes back as it went in (with the
// final newline transform_cell adds), so dis of plain code is unaffected.
func TestPlainIdentity(t *testing.T) {
	for _, src := range []string{
		"x = 1\n",
		"def f(n): return n + 1\n",
		"NAME = 'test'\ndef nested(n):\n    n += 1\n    return n\n",
		"a = b % c != d\n",
		"s = '%s!' % '?'\n",
		"x = [i\n     for i in range(3)]\n",
		"eval('(lambda n: n + 1)(10)')\n",
	} {
		if got, err := Cell(src); err != nil || got != src {
			t.Errorf("Cell(%q) = %q, %v", src, got, err)
		}
	}
}

// TestLiveOracle runs the generator's oracle on extra cells when IPython is
// installed for /usr/bin/python3.
func TestLiveOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	cells := []string{
		"x = %time f()\ny = !ls\nz?\n",
		"while x:\n    %timeit -n1 g()\n    !echo {x}\n",
		"%%timeit -r1\n%pwd\n",
		"x = 1; %pwd\n",
		"u = 'é'; %pwd é\n",
		"é = %pwd é\n",
		"x = € + 1\n%pwd\n",
		"€ = !ls\n",
		"a = 1 € ?\n",
	}
	in, _ := json.Marshal(cells)
	cmd := exec.Command("/usr/bin/python3", "-c", `
import json, sys
from IPython.core.inputtransformer2 import TransformerManager
tm = TransformerManager()
print(json.dumps([tm.transform_cell(c) for c in json.loads(sys.stdin.read())]))`)
	cmd.Stdin = bytesReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("IPython oracle unavailable: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, c := range cells {
		got, err := Cell(c)
		if err != nil || got != want[i] {
			t.Errorf("Cell(%q)\n got %q, %v\nwant %q", c, got, err, want[i])
		}
	}
}

// TestCorpusIdentity: the compiler's corpus of ordinary Python files
// passes through unchanged (files with a leading blank line or indent are
// skipped: IPython strips those, as a cell).
func TestCorpusIdentity(t *testing.T) {
	files, _ := filepath.Glob("../../interp/compile/testdata/corpus/*.py")
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if src == "" || src[0] == '\n' || src[0] == ' ' || src[0] == '\t' || !strings.HasSuffix(src, "\n") {
			continue
		}
		got, err := Cell(src)
		if err != nil {
			if _, ok := err.(*IndentError); ok {
				continue
			}
			t.Errorf("%s: %v", f, err)
			continue
		}
		n++
		if got != src {
			t.Errorf("%s changed:\n%s", f, firstDiff(src, got))
		}
	}
	t.Logf("%d files unchanged", n)
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range la {
		if i >= len(lb) || la[i] != lb[i] {
			other := ""
			if i < len(lb) {
				other = lb[i]
			}
			return fmt.Sprintf("line %d: %q -> %q", i+1, la[i], other)
		}
	}
	return "(longer)"
}
