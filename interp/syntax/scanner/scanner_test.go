package scanner

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

	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// The golden files are written by testdata/gen.py from the oracle's
// tokenize module and compile(); see that script for their format.

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// scanAll returns every token up to and including ENDMARKER, or the error.
func scanAll(s *Scanner) ([]token.Token, error) {
	var toks []token.Token
	for i := 0; ; i++ {
		t, err := s.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, t)
		if t.Kind == token.ENDMARKER {
			return toks, nil
		}
		if i > 1<<20 {
			return toks, errors.New("no ENDMARKER")
		}
	}
}

// formatTokens renders tokens as the golden files hold them.
func formatTokens(toks []token.Token) string {
	var b strings.Builder
	for _, t := range toks {
		line, _ := json.Marshal([]any{t.Kind.String(), t.Text, []int{t.Start.Line, t.Start.Col}, []int{t.End.Line, t.End.Col}})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// normaliseGolden re-marshals golden JSON lines the way formatTokens does.
func normaliseGolden(t *testing.T, golden string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(golden, "\n"), "\n") {
		if line == "" {
			continue
		}
		var v []any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("bad golden line %q: %v", line, err)
		}
		out, _ := json.Marshal(v)
		b.Write(out)
		b.WriteByte('\n')
	}
	return b.String()
}

func samples(t *testing.T, dir string) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples in testdata/%s", dir)
	}
	sort.Strings(paths)
	return paths
}

func TestTokensGolden(t *testing.T) {
	for _, path := range samples(t, "tokens") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			s := New("f", src)
			s.Comments = true
			toks, err := scanAll(s)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			got, want := formatTokens(toks), normaliseGolden(t, string(golden))
			if got != want {
				t.Errorf("tokens differ\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestTokensWithoutComments checks the default mode drops exactly the
// COMMENT and NL tokens.
func TestTokensWithoutComments(t *testing.T) {
	for _, path := range samples(t, "tokens") {
		src, _ := os.ReadFile(path)
		s := New("f", src)
		s.Comments = true
		all, err := scanAll(s)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var want []token.Token
		for _, tk := range all {
			if tk.Kind != token.COMMENT && tk.Kind != token.NL {
				want = append(want, tk)
			}
		}
		got, err := scanAll(New("f", src))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if formatTokens(got) != formatTokens(want) {
			t.Errorf("%s: default mode\n got:\n%s\nwant:\n%s", path, formatTokens(got), formatTokens(want))
		}
	}
}

type goldenError struct {
	Kind   string `json:"kind"`
	Msg    string `json:"msg"`
	Lineno int    `json:"lineno"`
	Offset int    `json:"offset"`
	Text   string `json:"text"`
}

func TestErrorsGolden(t *testing.T) {
	for _, path := range samples(t, "errors") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(path)
			data, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			var want goldenError
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			toks, err := scanAll(New("f", src))
			if err == nil {
				t.Fatalf("no error; tokens:\n%s", formatTokens(toks))
			}
			var se *syntax.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %T %v is not a *syntax.Error", err, err)
			}
			got := goldenError{se.Kind, se.Msg, se.Lineno, se.Offset, se.Text}
			if got != want {
				t.Errorf("error\n got: %+v\nwant: %+v", got, want)
			}
			if se.Filename != "f" {
				t.Errorf("filename %q", se.Filename)
			}
		})
	}
}

type goldenLiteral struct {
	Src   string `json:"src"`
	Repr  string `json:"repr"`
	Error string `json:"error"`
}

func TestLiteralsGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/literals.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var want goldenLiteral
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatal(err)
		}
		toks, err := scanAll(NewString("f", want.Src))
		if err != nil || len(toks) != 3 {
			t.Errorf("%q: does not scan as one token: %v %s", want.Src, err, formatTokens(toks))
			continue
		}
		repr, err := evalLiteral(toks[0])
		switch {
		case want.Error != "":
			if err == nil || err.Error() != want.Error {
				t.Errorf("%q: error %v, want %q", want.Src, err, want.Error)
			}
		case err != nil:
			t.Errorf("%q: %v", want.Src, err)
		case repr != want.Repr:
			t.Errorf("%q: got %s, want %s", want.Src, repr, want.Repr)
		}
	}
}

// evalLiteral evaluates a NUMBER or STRING token as the parser will.
func evalLiteral(tk token.Token) (string, error) {
	if tk.Kind == token.NUMBER {
		v, err := ParseNumber(tk.Text)
		if err != nil {
			return "", err
		}
		return v.Repr(), nil
	}
	prefix, _, body := SplitString(tk.Text)
	if strings.Contains(prefix, "f") {
		v, err := DecodeEscapes(body, strings.Contains(prefix, "r"), false)
		return constant.Str(v).Repr(), err
	}
	v, isBytes, err := DecodeString(tk.Text)
	if err != nil {
		return "", err
	}
	if isBytes {
		return constant.Bytes(v).Repr(), nil
	}
	return constant.Str(v).Repr(), nil
}

// TestGoldenLive regenerates the goldens with the oracle and checks the
// committed ones are what it says today.
func TestGoldenLive(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle python3.7 not installed")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	out, err := exec.Command(oracle, "testdata/gen.py", "--print").Output()
	if err != nil {
		t.Fatalf("gen.py: %v", err)
	}
	var files map[string]string
	if err := json.Unmarshal(out, &files); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil || !bytes.Equal(got, []byte(want)) {
			t.Errorf("testdata/%s is stale: rerun testdata/gen.py", name)
		}
	}
}

func TestLine(t *testing.T) {
	s := NewString("f", "a\r\nbb\rccc")
	for n, want := range map[int]string{0: "", 1: "a\n", 2: "bb\n", 3: "ccc\n", 4: ""} {
		if got := s.Line(n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
	if s.Source() != "a\nbb\nccc" {
		t.Errorf("Source() = %q", s.Source())
	}
}

// TestCOnly covers what the tokenize module cannot give goldens for,
// because it raises or differs from the C tokenizer there.
func TestCOnly(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // kinds and texts, space separated
		eof       bool   // AtEOF after the last token
	}{
		{"notequal_barry", "a <> b\n", `NAME:a NOTEQUAL:<> NAME:b NEWLINE:"\n" ENDMARKER:""`, true},
		{"continuation_at_eof", "x = 1 \\", `NAME:x EQUAL:= NUMBER:1 NEWLINE:"" ENDMARKER:""`, true},
		{"continuation_newline_eof", "if x:\n  y \\\n", `NAME:if NAME:x COLON:: NEWLINE:"\n" INDENT:"  " NAME:y NEWLINE:"" DEDENT:"" ENDMARKER:""`, true},
		{"open_paren_eof", "x = (1,\n  2\n", `NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, NUMBER:2 NEWLINE:"" ENDMARKER:""`, true},
		{"unbalanced_close", ")\nx\n", `RPAR:) NEWLINE:"\n" NAME:x NEWLINE:"\n" ENDMARKER:""`, true},
		{"vertical_tab", "x\n\vy\n", `NAME:x NEWLINE:"\n" ERRORTOKEN:"\v" NAME:y NEWLINE:"\n" ENDMARKER:""`, true},
		{"async_name", "async await\n", `NAME:async NAME:await NEWLINE:"\n" ENDMARKER:""`, true},
	}
	for _, tc := range tests {
		s := NewString("f", tc.src)
		toks, err := scanAll(s)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var parts []string
		for _, tk := range toks {
			text := tk.Text
			if text == "" || strings.ContainsAny(text, "\n\v ") {
				text = strconvQuote(text)
			}
			parts = append(parts, tk.Kind.String()+":"+text)
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
		if s.AtEOF() != tc.eof {
			t.Errorf("%s: AtEOF = %v", tc.name, s.AtEOF())
		}
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	r := string(b)
	return strings.ReplaceAll(r, `\u000b`, `\v`)
}

// TestAtEOF checks the scanner has not read the end while handing out the
// tokens of a complete last line (CPython reports "invalid syntax" there,
// and "unexpected EOF while parsing" only for tokens after it).
func TestAtEOF(t *testing.T) {
	s := NewString("f", "x = 1 +")
	for {
		tk, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tk.Kind == token.NEWLINE {
			if s.AtEOF() {
				t.Errorf("AtEOF before the implicit NEWLINE of an unfinished last line")
			}
			break
		}
	}
	if tk, _ := s.Next(); tk.Kind != token.ENDMARKER || !s.AtEOF() {
		t.Errorf("after NEWLINE: %v AtEOF=%v", tk, s.AtEOF())
	}
}

// TestFileErrors covers errors whose text only the file-reading tokenizer
// gives (compile() of bytes words them differently).
func TestFileErrors(t *testing.T) {
	tests := []struct {
		src  string
		want syntax.Error
	}{
		{"x = 1\ny = \"\xff\"\n", syntax.Error{Kind: "SyntaxError", Filename: "bad.py", Lineno: 2,
			Msg: "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details"}},
		{"# coding: ascii\nx = '\xc3\xa9'\n", syntax.Error{Kind: "SyntaxError", Filename: "bad.py", LinenoZero: true,
			Msg: "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)"}},
		{"x = 1\x00\n", syntax.Error{Kind: "ValueError", Filename: "bad.py", Msg: "source code string cannot contain null bytes"}},
	}
	for _, tc := range tests {
		_, err := scanAll(New("bad.py", []byte(tc.src)))
		var se *syntax.Error
		if !errors.As(err, &se) || *se != tc.want {
			t.Errorf("%q: got %#v, want %#v", tc.src, err, tc.want)
		}
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct{ src, want string }{
		{"# coding: cp1252\ns = '\x80'\n", "€"},
		{"# -*- coding: latin_1 -*-\ns = '\xe9'\n", "é"},
		{"# coding: utf8\ns = '\xc3\xa9'\n", "é"},
		{"\xef\xbb\xbf# coding: utf-8\ns = '\xc3\xa9'\n", "é"},
		{"# coding: ASCII\ns = 'x'\n", "x"},
	}
	for _, tc := range tests {
		toks, err := scanAll(New("f", []byte(tc.src)))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		v, _, err := DecodeString(toks[2].Text)
		if err != nil || v != tc.want {
			t.Errorf("%q: got %q %v, want %q", tc.src, v, err, tc.want)
		}
	}
}

func TestSplitString(t *testing.T) {
	tests := []struct{ text, prefix, quote, body string }{
		{"'a'", "", "'", "a"},
		{"Rb'''x'''", "rb", "'''", "x"},
		{`""`, "", `"`, ""},
		{`""""""`, "", `"""`, ""},
		{`F"{x}"`, "f", `"`, "{x}"},
	}
	for _, tc := range tests {
		p, q, b := SplitString(tc.text)
		if p != tc.prefix || q != tc.quote || b != tc.body {
			t.Errorf("SplitString(%q) = %q %q %q", tc.text, p, q, b)
		}
	}
}

func TestLookupName(t *testing.T) {
	tests := []struct {
		name string
		want rune
		ok   bool
	}{
		{"LATIN SMALL LETTER A", 'a', true},
		{"latin small letter a", 'a', true},
		{"SNAKE", 0x1F40D, true},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00, true},
		{"CJK UNIFIED IDEOGRAPH-4e00", 0, false},
		{"CJK COMPATIBILITY IDEOGRAPH-F900", 0xF900, true},
		{"HANGUL SYLLABLE GA", 0xAC00, true},
		{"hangul syllable ga", 0, false},
		{"HANGUL SYLLABLE HIH", 0xD7A3, true},
		{"VS17", 0xE0100, true},
		{"NO SUCH NAME", 0, false},
	}
	for _, tc := range tests {
		r, ok := LookupName(tc.name)
		if r != tc.want || ok != tc.ok {
			t.Errorf("LookupName(%q) = %U %v", tc.name, r, ok)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"abc", "abc"},
		{"é", "é"},
		{"ℌello", "Hello"},
		{"ﬁx", "fix"},
		{"ｘ１", "x1"},
		{"aµb", "aμb"},
		{"ǆx", "džx"},
	}
	for _, tc := range tests {
		if got := NormalizeName(tc.name); got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
