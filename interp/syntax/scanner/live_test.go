package scanner

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/bytepy/bytepy/interp/constant"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
)

// tokenizerMessages are the errors CPython's tokenizer (not its parser)
// raises; for these the scanner must report exactly what compile() does.
var tokenizerMessages = map[string]bool{
	"invalid token":                                          true,
	"EOL while scanning string literal":                      true,
	"EOF while scanning triple-quoted string literal":        true,
	"unexpected character after line continuation character": true,
	"invalid character in identifier":                        true,
	"unindent does not match any outer indentation level":    true,
	"inconsistent use of tabs and spaces in indentation":     true,
	"too many levels of indentation":                         true,
}

// parserMessages are errors CPython's parser raises at a token.
var parserMessages = map[string]bool{
	"invalid syntax":                                      true,
	"unexpected EOF while parsing":                        true,
	"unexpected indent":                                   true,
	"expected an indented block":                          true,
	"unindent does not match any outer indentation level": false,
}

// mutations are fragments that tend to break tokens.
var mutations = []string{"_", "0", "1_", "0b", "0x", "e", "\\", "'", "\"", "'''", "\t", " ", "  ", "€", "é",
	"\n", "#", "(", ")", "\f", "\r", ".", "j", "\\\n", "\n\t", "\n ", "\ty", "$", "!",
	"\"\"\"", "1.", ".5e", "0o", "rb'", "f'", "\\\r\n", "\t#", "<>", "->", "**=", "..."}

// TestLiveMutations inserts fragments into the token samples, compiles
// each variant with the oracle, and checks the scanner against it: a
// variant that compiles must scan without error, and a tokenizer error
// must be reproduced exactly (message, kind, line, offset, text).
func TestLiveMutations(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle python3.7 not installed")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	var srcs []string
	for _, path := range append(samples(t, "tokens"), samples(t, "errors")...) {
		b, _ := os.ReadFile(path)
		text := string(b)
		if strings.Contains(path, "coding") || strings.HasPrefix(text, "\ufeff") {
			continue // compile() of a str ignores cookies
		}
		if strings.Contains(path, "fstring") {
			continue // errors inside f-string expressions are the parser's
		}
		for i, m := range mutations {
			for _, at := range []int{(len(text) * (i + 1)) / (len(mutations) + 1), len(text) / 3, len(text) / 2,
				(len(text) * 3) / 4, len(text) - 1, len(text), 0} {
				if at < 0 || at > len(text) {
					continue
				}
				for at > 0 && at < len(text) && text[at]&0xC0 == 0x80 {
					at--
				}
				srcs = append(srcs, text[:at]+m+text[at:])
			}
		}
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(oracle, "testdata/compile_many.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	var results []struct {
		OK bool `json:"ok"`
		goldenError
	}
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(srcs) {
		t.Fatalf("oracle output: %v (%d results)", err, len(results))
	}
	checked, parseChecked := 0, 0
	for i, src := range srcs {
		want := results[i]
		sc := NewString("f", src)
		toks, err := scanAll(sc)
		var se *syntax.Error
		errors.As(err, &se)
		switch {
		case want.OK:
			checked++
			if err != nil {
				t.Errorf("%q compiles, scanner says %v", src, err)
			}
		case tokenizerMessages[want.Msg]:
			checked++
			if se == nil {
				t.Errorf("%q: no scanner error, want %+v", src, want.goldenError)
				continue
			}
			got := goldenError{se.Kind, se.Msg, se.Lineno, se.Offset, se.Text}
			if got != want.goldenError {
				t.Errorf("%q:\n got %+v\nwant %+v", src, got, want.goldenError)
			}
		case parserMessages[want.Msg] && err == nil:
			// Some token must be where CPython's parser stopped.
			parseChecked++
			found := false
			for _, tk := range toks {
				e := sc.ErrorAt(want.Kind, want.Msg, tk)
				if (goldenError{e.Kind, e.Msg, e.Lineno, e.Offset, e.Text}) == want.goldenError {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%q: no token gives %+v", src, want.goldenError)
			}
		}
	}
	t.Logf("%d variants, %d checked against the oracle, %d parser error positions", len(srcs), checked, parseChecked)
}

// TestLiveLiterals evaluates combinations of escapes under every prefix
// with the oracle and checks DecodeString/DecodeEscapes agree.
func TestLiveLiterals(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle python3.7 not installed")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	pieces := []string{"a", "é", "😀", `\x`, `\x4`, `\x41`, `\xg`, `\u`, `\u00e9`, `\u12`, `\U0001F600`, `\U00110000`,
		`\U0000`, `\N`, `\N{`, `\N{}`, `\N{SPACE}`, `\N{space}`, `\N{NOPE}`, `\N{LF}`, `\8`, `\0`, `\07`, `\400`,
		`\777`, `\\`, `\'`, `\"`, `\a`, `\q`, `\é`, "\\\n", `\r\n`, `\ud800`[:2], `\x2`}
	var srcs []string
	for _, prefix := range []string{"", "b", "r", "rb", "u", "f", "Rb", "F"} {
		for _, a := range pieces {
			for _, b := range []string{"", "z", `\x41`, "é", `\N{BEL}`} {
				body := b + a + b
				if strings.ContainsAny(prefix, "fF") && strings.Contains(body, `\N`) {
					continue // how \N splits an f-string is the parser's business
				}
				srcs = append(srcs, prefix+"'"+body+"'")
			}
		}
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(oracle, "testdata/eval_many.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	var results []goldenLiteral
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(srcs) {
		t.Fatalf("oracle output: %v", err)
	}
	for i, src := range srcs {
		want := results[i]
		toks, err := scanAll(NewString("f", src))
		if err != nil || len(toks) != 3 {
			if want.Error == "" {
				t.Errorf("%q: scan: %v", src, err)
			}
			continue
		}
		prefix, _, body := SplitString(toks[0].Text)
		var repr string
		if strings.Contains(prefix, "f") {
			var v string
			v, err = DecodeEscapes(body, strings.Contains(prefix, "r"), false)
			repr = constant.Str(v).Repr()
		} else {
			repr, err = evalLiteral(toks[0])
		}
		switch {
		case want.Error != "":
			if err == nil || err.Error() != want.Error {
				t.Errorf("%q: got %q %v, want error %q", src, repr, err, want.Error)
			}
		case err != nil:
			t.Errorf("%q: %v, want %s", src, err, want.Repr)
		case repr != want.Repr:
			t.Errorf("%q: got %s, want %s", src, repr, want.Repr)
		}
	}
	t.Logf("%d literals checked", len(srcs))
}
