package parser

import (
	"encoding/json"

	"bufio"
	"github.com/bytepy/bytepy/interp/syntax"
	"os"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
)

// The tests in this file compare the parser with large corpora made by
// testdata/corpus.py (run with the oracle; too big to commit). Each is
// skipped unless its environment variable names the corpus file.

// TestStdlibDump compares the parser with a dump of the oracle's whole
// standard library: BYTEPY_STDLIB_DUMP names the output of
// `corpus.py stdlib-dump`, lines of "path<TAB>ast.dump(tree,
// include_attributes=True)" with newlines and backslashes escaped.
func TestStdlibDump(t *testing.T) {
	dump := os.Getenv("BYTEPY_STDLIB_DUMP")
	if dump == "" {
		t.Skip("BYTEPY_STDLIB_DUMP not set")
	}
	f, err := os.Open(dump)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<30)
	n, bad := 0, 0
	for sc.Scan() {
		path, want, _ := strings.Cut(sc.Text(), "\t")
		if strings.HasPrefix(want, "ERR") || strings.HasPrefix(want, "EXC") {
			continue
		}
		want = strings.NewReplacer(`\\`, `\`, `\n`, "\n").Replace(want)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		n++
		root, err := Parse(src, path, "exec", 0)
		if err != nil {
			bad++
			t.Errorf("%s: %v", path, err)
			continue
		}
		if got := ast.DumpAttrs(root); got != want {
			bad++
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-150)
			t.Errorf("%s: differs at %d:\n got ...%s\nwant ...%s", path, i, got[lo:min(len(got), i+150)], want[lo:min(len(want), i+150)])
		}
	}
	t.Logf("%d files, %d differ", n, bad)
}

// TestStdlibErrors compares errors for the oracle's files that do not
// compile: BYTEPY_STDLIB_ERRORS names the output of `corpus.py
// stdlib-errors` (JSON lines of path, kind, msg, filename, lineno, offset,
// text).
func TestStdlibErrors(t *testing.T) {
	path := os.Getenv("BYTEPY_STDLIB_ERRORS")
	if path == "" {
		t.Skip("BYTEPY_STDLIB_ERRORS not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct {
			Path string `json:"path"`
			errorCase
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(c.Path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(src, c.Path, "exec", 0)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%s: got %v, want %s %s", c.Path, err, c.Kind, c.Msg)
			continue
		}
		got := errorCase{Kind: se.Kind, Msg: se.Msg, Filename: se.Filename, Lineno: se.Lineno, Offset: se.Offset, Text: se.Text}
		c.errorCase.Src, c.errorCase.Mode = "", ""
		if got != c.errorCase {
			t.Errorf("%s:\n got %+v\nwant %+v", c.Path, got, c.errorCase)
		}
	}
}

// TestMutants compares errors and trees on mutated sources:
// BYTEPY_MUTANTS names the output of `corpus.py mutants SEED KIND`
// (errors.json-style cases, with the oracle's dump when the source parses).
func TestMutants(t *testing.T) {
	path := os.Getenv("BYTEPY_MUTANTS")
	if path == "" {
		t.Skip("BYTEPY_MUTANTS not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct {
			errorCase
			Dump string `json:"dump"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		if c.Dump == "" {
			checkError(t, c.errorCase)
			continue
		}
		root, err := Parse([]byte(c.Src), "f", c.Mode, 0)
		if err != nil {
			t.Errorf("%q (%s): %v", c.Src, c.Mode, err)
		} else if got := ast.DumpAttrs(root); got != c.Dump {
			t.Errorf("%q (%s):\n got %s\nwant %s", c.Src, c.Mode, got, c.Dump)
		}
	}
}
