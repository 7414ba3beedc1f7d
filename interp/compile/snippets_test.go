package compile_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/syntax"
)

// snippet is one source of testdata/snippets.txt.
type snippet struct {
	name, mode, src string
	optimize        int
}

// readSnippets splits snippets.txt at its "=== NAME [mode=M] [optimize=N]"
// headers, as testdata/gen_snippets.py does.
func readSnippets(t *testing.T, text string) []snippet {
	var out []snippet
	var cur *snippet
	var lines []string
	flush := func() {
		if cur != nil {
			cur.src = strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
			out = append(out, *cur)
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, "=== "); ok {
			flush()
			f := strings.Fields(rest)
			cur = &snippet{name: f[0], mode: "exec", optimize: -1}
			for _, kv := range f[1:] {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "mode":
					cur.mode = v
				case "optimize":
					cur.optimize, _ = strconv.Atoi(v)
				default:
					t.Fatalf("bad option %q", kv)
				}
			}
			lines = nil
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return out
}

// splitGolden maps each "=== NAME" section of a golden to its text.
func splitGolden(text string) map[string]string {
	out := map[string]string{}
	for _, sec := range strings.Split(text, "=== ")[1:] {
		name, body, _ := strings.Cut(sec, "\n")
		out[name] = body
	}
	return out
}

// result renders what compiling s gives, in the golden's format.
func result(s snippet) string {
	co, err := compile.CompileString(s.src, "snippet.py", s.mode, 0, s.optimize)
	if err != nil {
		var se *syntax.Error
		if !errors.As(err, &se) {
			return "go error " + err.Error() + "\n"
		}
		lineno, offset := strconv.Itoa(se.Lineno), strconv.Itoa(se.Offset)
		if se.Lineno == 0 {
			lineno, offset = "None", "None"
		}
		return fmt.Sprintf("error %s|%s|%s\n", se.Msg, lineno, offset)
	}
	return dis.DumpCodeString(co)
}

// TestSnippets compiles each snippet of testdata/snippets.txt and compares
// every code object (or the SyntaxError) with testdata/snippets.golden, and
// with the live oracle when it is installed.
func TestSnippets(t *testing.T) {
	src, err := os.ReadFile("testdata/snippets.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/snippets.golden")
	if err != nil {
		t.Fatal(err)
	}
	want := splitGolden(string(golden))
	var live map[string]string
	if _, err := os.Stat(oracle); err == nil && !testing.Short() {
		cmd := exec.Command(oracle, "testdata/gen_snippets.py", "testdata/snippets.txt")
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("gen_snippets.py: %v", err)
		}
		live = splitGolden(string(out))
	}
	for _, s := range readSnippets(t, string(src)) {
		t.Run(s.name, func(t *testing.T) {
			got := result(s)
			w, ok := want[s.name]
			if !ok {
				t.Fatalf("no golden; rerun testdata/gen_snippets.py")
			}
			if d := diffText(got, w); d != "" {
				t.Errorf("golden: %s", d)
			}
			if live != nil && live[s.name] != w {
				t.Errorf("golden is stale; rerun testdata/gen_snippets.py")
			}
		})
	}
}
