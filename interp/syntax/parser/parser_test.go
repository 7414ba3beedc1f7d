package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax"
)

// oracle is CPython 3.7, which generated the golden files (testdata/gen.py).
const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// errorCase is one entry of testdata/errors.json.
type errorCase struct {
	Src      string `json:"src"`
	Mode     string `json:"mode"`
	Kind     string `json:"kind"` // "" when the source parses
	Msg      string `json:"msg"`
	Filename string `json:"filename"`
	Lineno   int    `json:"lineno"`
	Offset   int    `json:"offset"`
	Text     string `json:"text"`
}

func sampleNames(t testing.TB) []string {
	paths, err := filepath.Glob("testdata/samples/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".py"))
	}
	sort.Strings(names)
	return names
}

// dumpSample parses a sample file and returns both dumps.
func dumpSample(t *testing.T, name string) (plain, attrs string, ok bool) {
	src, err := os.ReadFile(filepath.Join("testdata/samples", name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	root, err := Parse(src, name+".py", "exec", 0)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return "", "", false
	}
	return ast.Dump(root), ast.DumpAttrs(root), true
}

func TestSamples(t *testing.T) {
	for _, name := range sampleNames(t) {
		golden, err := os.ReadFile(filepath.Join("testdata/samples", name+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.SplitN(strings.TrimSuffix(string(golden), "\n"), "\n", 2)
		plain, attrs, ok := dumpSample(t, name)
		if !ok {
			continue
		}
		if plain != want[0] {
			t.Errorf("%s: dump\n got: %s\nwant: %s", name, plain, want[0])
		} else if attrs != want[1] {
			t.Errorf("%s: dump with attributes\n got: %s\nwant: %s", name, attrs, want[1])
		}
	}
}

func loadErrors(t testing.TB, data []byte) []errorCase {
	var cases []errorCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// checkError compares Parse's result for one case with the oracle's.
func checkError(t *testing.T, c errorCase) {
	t.Helper()
	_, err := Parse([]byte(c.Src), "f", c.Mode, 0)
	if c.Kind == "" {
		if err != nil {
			t.Errorf("%q (%s): unexpected error %v", c.Src, c.Mode, err)
		}
		return
	}
	var se *syntax.Error
	if !errors.As(err, &se) {
		t.Errorf("%q (%s): got %v, want %s: %s", c.Src, c.Mode, err, c.Kind, c.Msg)
		return
	}
	got := errorCase{Src: c.Src, Mode: c.Mode, Kind: se.Kind, Msg: se.Msg, Filename: se.Filename, Lineno: se.Lineno, Offset: se.Offset, Text: se.Text}
	if got != c {
		t.Errorf("%q (%s):\n got %s %q %s %d %d %q\nwant %s %q %s %d %d %q", c.Src, c.Mode,
			got.Kind, got.Msg, got.Filename, got.Lineno, got.Offset, got.Text,
			c.Kind, c.Msg, c.Filename, c.Lineno, c.Offset, c.Text)
	}
}

func TestErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := loadErrors(t, data)
	if len(cases) < 60 {
		t.Fatalf("only %d error cases", len(cases))
	}
	for _, c := range cases {
		checkError(t, c)
	}
}

// modeCase is one entry of testdata/modes.json.
type modeCase struct {
	Src  string `json:"src"`
	Mode string `json:"mode"`
	Dump string `json:"dump"`
}

func checkMode(t *testing.T, c modeCase) {
	t.Helper()
	root, err := ParseString(c.Src, "f", c.Mode, 0)
	if err != nil {
		t.Errorf("%q (%s): %v", c.Src, c.Mode, err)
		return
	}
	if got := ast.DumpAttrs(root); got != c.Dump {
		t.Errorf("%q (%s):\n got %s\nwant %s", c.Src, c.Mode, got, c.Dump)
	}
}

func TestModes(t *testing.T) {
	data, err := os.ReadFile("testdata/modes.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []modeCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		checkMode(t, c)
	}
}

// TestLive regenerates the golden data with the oracle, when it is
// installed, and compares the parser with it directly.
func TestLive(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("CPython 3.7 oracle not installed")
	}
	if testing.Short() {
		t.Skip("live oracle comparison skipped in -short mode")
	}
	out, err := exec.Command(oracle, "testdata/gen.py", "--live").Output()
	if err != nil {
		t.Fatalf("gen.py --live: %v", err)
	}
	var live struct {
		Samples map[string][2]string `json:"samples"`
		Errors  json.RawMessage      `json:"errors"`
		Modes   []modeCase           `json:"modes"`
	}
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&live); err != nil {
		t.Fatal(err)
	}
	for name, want := range live.Samples {
		plain, attrs, ok := dumpSample(t, name)
		if ok && (plain != want[0] || attrs != want[1]) {
			t.Errorf("%s: differs from the live oracle", name)
		}
	}
	for _, c := range loadErrors(t, live.Errors) {
		checkError(t, c)
	}
	for _, c := range live.Modes {
		checkMode(t, c)
	}
}
