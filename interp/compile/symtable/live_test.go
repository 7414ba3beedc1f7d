package symtable

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// TestLiveCorpus runs parser and symbol table over the compiler's
// corpus and the golden sources, and compares every block with what the
// oracle's symtable module and compile() say about the same file. Files our
// parser cannot parse yet are skipped (that is the parser's test to fail).
func TestLiveCorpus(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle not installed")
	}
	if testing.Short() {
		t.Skip("short")
	}
	paths, _ := filepath.Glob("../testdata/corpus/*.py")
	errPaths, _ := filepath.Glob("../testdata/corpus_errors/*.py")
	paths = append(paths, errPaths...)
	if len(paths) == 0 {
		t.Skip("no corpus")
	}
	cmd := exec.Command(oracle, "testdata/gen.py", "--files")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gen.py --files: %v\n%s", err, stderr.String())
	}
	var cases []struct {
		golden
		Path string `json:"path"`
		Skip string `json:"skip"`
	}
	if err := json.Unmarshal(out, &cases); err != nil {
		t.Fatal(err)
	}
	compared, skipped := 0, 0
	for _, c := range cases {
		if c.Skip != "" {
			continue
		}
		src, err := os.ReadFile(c.Path)
		if err != nil {
			continue // the corpus is being regenerated
		}
		mod, err := parser.Parse(src, "f", "exec", 0)
		if err != nil {
			skipped++
			continue
		}
		// No folding: symtable.symtable() does not fold either (so it still
		// sees __debug__ as a name).
		flags, _, _ := parser.Future(mod, "f")
		tab, err := Build(mod, "f", flags)
		name := filepath.Base(c.Path)
		if c.Error != nil {
			se, ok := err.(*syntax.Error)
			if !ok || se.Msg != c.Error.Msg || se.Lineno != c.Error.Lineno || se.Offset != c.Error.Offset {
				t.Errorf("%s: error %v, want %q line %d offset %d", name, describe(err), c.Error.Msg, c.Error.Lineno, c.Error.Offset)
			}
			compared++
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected error %v", name, describe(err))
			continue
		}
		var diffs []string
		compareBlock("top", tab.Top, c.Top, &diffs)
		if len(diffs) > 0 {
			t.Errorf("%s:\n%s", name, strings.Join(diffs, "\n"))
		}
		compared++
	}
	t.Logf("%d files compared, %d skipped (our parser failed)", compared, skipped)
}
