package compile_test

// The compile corpus: every testdata/corpus/NAME.py is compiled and parsed,
// and the result is compared with what CPython 3.7 made of the same source
// (NAME.code, NAME.dis, NAME.ast, written by tools/golden/gen_compile.py).
// Every testdata/corpus_errors/NAME.py must fail with the SyntaxError in
// NAME.err. Each file and facet is its own subtest (TestCorpus/NAME/code,
// /dis, /ast; TestCorpusErrors/NAME), and -v logs a summary line with the
// exact count per facet:
//
//	go test ./interp/compile -run 'TestCorpus' -v | grep summary

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"github.com/bytepy/bytepy/internal/golden"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// corpusNames lists the NAME of every NAME.py in dir, sorted.
func corpusNames(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sources in %s (%v)", dir, err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimSuffix(filepath.Base(p), ".py")
	}
	sort.Strings(names)
	return names
}

// directives reads the optional first line "# compile: mode=M optimize=N
// ast=no", as gen_compile.py does.
func directives(t *testing.T, src []byte) (mode string, optimize int) {
	mode, optimize = "exec", -1
	first, _, _ := bytes.Cut(src, []byte("\n"))
	rest, ok := bytes.CutPrefix(bytes.TrimSpace(first), []byte("# compile:"))
	if !ok {
		return
	}
	for _, item := range strings.Fields(string(rest)) {
		k, v, _ := strings.Cut(item, "=")
		switch k {
		case "mode":
			mode = v
		case "ast": // ast=no: no .ast golden (its dump would be megabytes)
		case "optimize":
			n, err := strconv.Atoi(v)
			if err != nil {
				t.Fatalf("bad directive %q", item)
			}
			optimize = n
		default:
			t.Fatalf("unknown directive %q", item)
		}
	}
	return
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// addrRE matches the object addresses in code object reprs, which differ on
// every run of either implementation.
var addrRE = regexp.MustCompile(`at 0x[0-9a-f]+`)

func maskAddrs(s string) string { return addrRE.ReplaceAllString(s, "at 0x?") }

// diffText reports the first lines where got and want differ, with a little
// context, or "" when they are equal. Long lines are cut to a window around
// the first differing column.
func diffText(got, want string) string {
	if got == want {
		return ""
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	col := 0
	if i < len(g) && i < len(w) {
		for col < len(g[i]) && col < len(w[i]) && g[i][col] == w[i][col] {
			col++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d column %d (got %d lines, want %d):\n", i+1, col+1, len(g), len(w))
	for j := max(0, i-2); j < i; j++ {
		fmt.Fprintf(&b, "    %s\n", clip(w[j], 0))
	}
	for j := i; j < i+4; j++ {
		if j < len(w) {
			fmt.Fprintf(&b, "  - %s\n", clip(w[j], col))
		}
	}
	for j := i; j < i+4; j++ {
		if j < len(g) {
			fmt.Fprintf(&b, "  + %s\n", clip(g[j], col))
		}
	}
	return b.String()
}

// clip shortens s to about 200 bytes around column col.
func clip(s string, col int) string {
	const width = 200
	if len(s) <= width {
		return s
	}
	lo := max(0, min(col-width/2, len(s)-width))
	hi := min(len(s), lo+width)
	out := s[lo:hi]
	if lo > 0 {
		out = "..." + out
	}
	if hi < len(s) {
		out += "..."
	}
	return out
}

// Failing facets that are known are listed in a known-failures file
// (internal/golden's ratchet): listed ones are skipped with their diff,
// anything else must pass. After fixing things, rewrite the lists with
//
//	go test ./interp/compile -run 'TestCorpus' -update-known-failures
var updateKnown = flag.Bool("update-known-failures", false, "rewrite the corpus known-failures files with the facets failing now")

// tally counts passing facets for the summary line.
type tally struct{ pass, total map[string]int }

func newTally() *tally { return &tally{map[string]int{}, map[string]int{}} }

func (c *tally) add(facet string, ok bool, skipped bool) {
	c.total[facet]++
	if ok && !skipped {
		c.pass[facet]++
	}
}

func (c *tally) String() string {
	facets := make([]string, 0, len(c.total))
	for f := range c.total {
		facets = append(facets, f)
	}
	sort.Strings(facets)
	var parts []string
	for _, f := range facets {
		parts = append(parts, fmt.Sprintf("%s %d/%d", f, c.pass[f], c.total[f]))
	}
	return strings.Join(parts, ", ")
}

func TestCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "corpus")
	counts := newTally()
	r := golden.Load(t, filepath.Join("testdata", "corpus_known_failures.txt"))
	for _, name := range corpusNames(t, dir) {
		t.Run(name, func(t *testing.T) {
			src := []byte(readFile(t, filepath.Join(dir, name+".py")))
			mode, optimize := directives(t, src)
			filename := name + ".py"
			co, cerr := compile.Compile(src, filename, mode, 0, optimize)
			facet := func(facet string, f func() string) {
				before := r.Failing()
				ok := r.Check(t, name+"/"+facet, facet, f)
				counts.add(facet, ok, r.Failing() > before)
			}
			facet("code", func() string {
				if cerr != nil {
					return fmt.Sprintf("compile: %v", cerr)
				}
				return diffText(dis.DumpCodeString(co), readFile(t, filepath.Join(dir, name+".code")))
			})
			facet("dis", func() string {
				if cerr != nil {
					return fmt.Sprintf("compile: %v", cerr)
				}
				var b strings.Builder
				dis.DisRecursive(&b, co)
				return diffText(maskAddrs(b.String()), maskAddrs(readFile(t, filepath.Join(dir, name+".dis"))))
			})
			astGolden := filepath.Join(dir, name+".ast")
			if _, err := os.Stat(astGolden); err != nil {
				return // ast=no: no golden for this source
			}
			facet("ast", func() string {
				tree, err := parser.Parse(src, filename, mode, 0)
				if err != nil {
					return fmt.Sprintf("parse: %v", err)
				}
				got := ast.Dump(tree) + "\n" + ast.DumpAttrs(tree) + "\n"
				return diffText(got, readFile(t, astGolden))
			})
		})
	}
	t.Log("corpus summary: " + counts.String())
	r.Finish(t, *updateKnown, "Corpus facets that fail today; see corpus_test.go. One per line.")
}

// errReport renders a SyntaxError as NAME.err holds it: the fields of
// compile()'s error e, then the traceback of running the file, which is
// that of fileErr (the same source compiled with compile.FileInput).
func errReport(e, fileErr *syntax.Error) string {
	text := "None"
	if e.Text != "" {
		text = constant.StrRepr(e.Text)
	}
	lineno, offset := "None", "None"
	if e.Lineno != 0 || e.LinenoZero {
		lineno, offset = fmt.Sprint(e.Lineno), fmt.Sprint(e.Offset)
	}
	return fmt.Sprintf("kind %s\nmsg %s\nlineno %s\noffset %s\ntext %s\nstderr\n%s",
		e.Kind, e.Msg, lineno, offset, text, fileErr.Format())
}

// compileError compiles an error source with flags and returns its
// SyntaxError, or why there is none.
func compileError(src []byte, name, mode string, flags, optimize int) (*syntax.Error, string) {
	how := "compiled"
	if flags&compile.FileInput != 0 {
		how = "compiled as a file"
	}
	_, err := compile.Compile(src, name+".py", mode, flags, optimize)
	if err == nil {
		return nil, how + " without error"
	}
	var se *syntax.Error
	if !errors.As(err, &se) {
		return nil, fmt.Sprintf("error (%s) is %T, not *syntax.Error: %v", how, err, err)
	}
	return se, ""
}

func TestCorpusErrors(t *testing.T) {
	dir := filepath.Join("testdata", "corpus_errors")
	counts := newTally()
	r := golden.Load(t, filepath.Join("testdata", "corpus_errors_known_failures.txt"))
	for _, name := range corpusNames(t, dir) {
		before := r.Failing()
		ok := r.Check(t, "errors/"+name, name, func() string {
			src := []byte(readFile(t, filepath.Join(dir, name+".py")))
			mode, optimize := directives(t, src)
			// CPython reads the line of an error found after parsing back
			// from the named file, so compile where that name resolves.
			// The fields are compile()'s; the stderr is the file run's.
			var se, fse *syntax.Error
			var problem string
			inDir(t, dir, func() {
				se, problem = compileError(src, name, mode, 0, optimize)
				if problem == "" {
					fse, problem = compileError(src, name, mode, compile.FileInput, optimize)
				}
			})
			if problem != "" {
				return problem
			}
			return diffText(errReport(se, fse), readFile(t, filepath.Join(dir, name+".err")))
		})
		counts.add("errors", ok, r.Failing() > before)
	}
	t.Log("corpus errors summary: " + counts.String())
	r.Finish(t, *updateKnown, "Error-corpus cases that fail today; see corpus_test.go. One per line.")
}

// inDir runs f with dir as the working directory.
func inDir(t *testing.T, dir string, f func()) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	f()
}

// TestGoldensCurrent regenerates every golden with the oracle into a
// temporary directory and checks that the committed ones match: a changed
// source with stale goldens fails here, not in a confusing diff elsewhere.
func TestGoldensCurrent(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("CPython 3.7 oracle not installed")
	}
	if testing.Short() {
		t.Skip("regenerating the corpus is slow")
	}
	out := t.TempDir()
	script := filepath.Join("..", "..", "tools", "golden", "gen_compile.py")
	cmd := exec.Command(oracle, script, out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen_compile.py: %v\n%s", err, b)
	}
	for _, sub := range []string{"corpus", "corpus_errors"} {
		fresh, err := filepath.Glob(filepath.Join(out, sub, "*"))
		if err != nil {
			t.Fatal(err)
		}
		committed, _ := filepath.Glob(filepath.Join("testdata", sub, "*"))
		nsrc := 0
		for _, p := range committed {
			if strings.HasSuffix(p, ".py") {
				nsrc++
			}
		}
		if len(fresh) != len(committed)-nsrc {
			t.Errorf("%s: %d goldens generated, %d committed", sub, len(fresh), len(committed)-nsrc)
		}
		for _, p := range fresh {
			rel := filepath.Join("testdata", sub, filepath.Base(p))
			want, got := readFile(t, p), ""
			if b, err := os.ReadFile(rel); err == nil {
				got = string(b)
			}
			if d := diffText(maskAddrs(got), maskAddrs(want)); d != "" {
				t.Errorf("%s is stale; rerun tools/golden/gen_compile.py\n%s", rel, d)
			}
		}
	}
}
