package parser

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
)

// fileCase is one entry of testdata/fileinput.json (gen_fileinput.py).
type fileCase struct {
	Name    string       `json:"name"`
	Src     string       `json:"src"` // hex
	Compile *fileCaseErr `json:"compile"`
	File    *fileCaseErr `json:"file"`
	Stderr  string       `json:"stderr"`
}

// fileCaseErr is a SyntaxError's fields; null stands for None.
type fileCaseErr struct {
	Kind   string  `json:"kind"`
	Msg    string  `json:"msg"`
	Lineno *int    `json:"lineno"`
	Offset *int    `json:"offset"`
	Text   *string `json:"text"`
}

func (e *fileCaseErr) String() string {
	if e == nil {
		return "no error"
	}
	opt := func(p *int) string {
		if p == nil {
			return "None"
		}
		return fmt.Sprint(*p)
	}
	text := "None"
	if e.Text != nil {
		text = fmt.Sprintf("%q", *e.Text)
	}
	return fmt.Sprintf("%s %q lineno=%s offset=%s text=%s", e.Kind, e.Msg, opt(e.Lineno), opt(e.Offset), text)
}

// compileGaps are the cases whose compile() error Parse without FileInput
// does not reproduce: Parse decodes undeclared non-UTF-8 bytes as a file's
// tokenizer does, where compile() of bytes reports them (if at all) from
// the string literal holding them.
var compileGaps = map[string]bool{
	"no_cookie_bad_utf8":         true,
	"no_cookie_bad_utf8_line3":   true,
	"no_cookie_bad_utf8_comment": true,
	"no_cookie_truncated_utf8":   true,
}

// parseFields parses src with flags and returns the error as the table
// holds it.
func parseFields(src []byte, filename string, flags int) (*fileCaseErr, *syntax.Error, error) {
	_, err := Parse(src, filename, "exec", flags)
	if err == nil {
		return nil, nil, nil
	}
	var se *syntax.Error
	if !errors.As(err, &se) {
		return nil, nil, err
	}
	got := &fileCaseErr{Kind: se.Kind, Msg: se.Msg}
	if se.Lineno != 0 || se.LinenoZero {
		lineno, offset := se.Lineno, se.Offset
		got.Lineno, got.Offset = &lineno, &offset
	}
	if se.Text != "" || se.TextEmpty {
		text := se.Text
		got.Text = &text
	}
	return got, se, nil
}

func checkFileCase(t *testing.T, c fileCase) {
	t.Helper()
	src, err := hex.DecodeString(c.Src)
	if err != nil {
		t.Fatalf("%s: bad hex: %v", c.Name, err)
	}
	filename := c.Name + ".py"
	if !compileGaps[c.Name] {
		got, _, err := parseFields(src, filename, 0)
		if err != nil {
			t.Errorf("%s: compile mode: %v", c.Name, err)
		} else if want := c.Compile; got.String() != want.String() {
			t.Errorf("%s: compile mode:\n got %s\nwant %s", c.Name, got, want)
		}
	}
	got, se, err := parseFields(src, filename, FileInput)
	if err != nil {
		t.Errorf("%s: file mode: %v", c.Name, err)
		return
	}
	if want := c.File; got.String() != want.String() {
		t.Errorf("%s: file mode:\n got %s\nwant %s", c.Name, got, want)
	}
	if se != nil && se.Format() != c.Stderr {
		t.Errorf("%s: file mode traceback:\n got %q\nwant %q", c.Name, se.Format(), c.Stderr)
	}
}

func loadFileCases(t *testing.T, data []byte) []fileCase {
	t.Helper()
	var cases []fileCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestFileInput checks Parse against the table of errors compile() and
// `python3.7 FILE` report for the same bytes: without FileInput it gives
// compile()'s, with it the file run's fields and traceback.
func TestFileInput(t *testing.T) {
	data, err := os.ReadFile("testdata/fileinput.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := loadFileCases(t, data)
	if len(cases) < 100 {
		t.Fatalf("only %d file cases", len(cases))
	}
	for _, c := range cases {
		checkFileCase(t, c)
	}
}

// TestFileInputLive regenerates the table with the oracle and checks
// against it directly.
func TestFileInputLive(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("CPython 3.7 oracle not installed")
	}
	if testing.Short() {
		t.Skip("live oracle comparison skipped in -short mode")
	}
	out, err := exec.Command(oracle, "testdata/gen_fileinput.py", "--live").Output()
	if err != nil {
		t.Fatalf("gen_fileinput.py --live: %v", err)
	}
	committed, err := os.ReadFile("testdata/fileinput.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(committed) {
		t.Errorf("testdata/fileinput.json is stale: rerun testdata/gen_fileinput.py")
	}
	for _, c := range loadFileCases(t, out) {
		checkFileCase(t, c)
	}
}
