package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// capture runs the CLI with args from inside dir and returns what it
// wrote to stdout and stderr, and its exit status.
func capture(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	t.Chdir(dir)
	outR, outW, _ := os.Pipe()
	errR, errW, _ := os.Pipe()
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = outW, errW
	var ob, eb bytes.Buffer
	done := make(chan struct{}, 2)
	go func() { io.Copy(&ob, outR); done <- struct{}{} }()
	go func() { io.Copy(&eb, errR); done <- struct{}{} }()
	rc := dispatch(args)
	os.Stdout, os.Stderr = stdout, stderr
	outW.Close()
	errW.Close()
	<-done
	<-done
	return ob.String(), eb.String(), rc
}

var addr = regexp.MustCompile(` at 0x[0-9a-f]+`)

// TestDisAndAST checks `bytepy dis` and `bytepy ast` on corpus files
// against the goldens CPython 3.7 wrote for them.
func TestDisAndAST(t *testing.T) {
	corpus, _ := filepath.Abs("../../interp/compile/testdata/corpus")
	for _, name := range []string{"lecture_nested", "lecture_co_code_loop", "lecture_cc_simple_loop_plain"} {
		t.Run(name, func(t *testing.T) {
			out, _, rc := capture(t, corpus, "dis", name+".py")
			want, _ := os.ReadFile(filepath.Join(corpus, name+".dis"))
			if rc != 0 || addr.ReplaceAllString(out, "") != addr.ReplaceAllString(string(want), "") {
				t.Errorf("bytepy dis %s: rc %d\n%s\nwant\n%s", name, rc, out, want)
			}
			out, _, rc = capture(t, corpus, "ast", name+".py")
			wantAST, _ := os.ReadFile(filepath.Join(corpus, name+".ast"))
			first := strings.SplitN(string(wantAST), "\n", 2)[0] + "\n"
			if rc != 0 || out != first {
				t.Errorf("bytepy ast %s: rc %d\n%s\nwant\n%s", name, rc, out, first)
			}
		})
	}
}

// TestSyntaxErrorCLI: a syntax error prints CPython's text and exits 1.
func TestSyntaxErrorCLI(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.py"), []byte("import = 7q\n"), 0o644)
	_, errText, rc := capture(t, dir, "dis", "bad.py")
	want := "  File \"bad.py\", line 1\n    import = 7q\n           ^\nSyntaxError: invalid syntax\n"
	if rc != 1 || errText != want {
		t.Errorf("rc %d, stderr\n%q\nwant\n%q", rc, errText, want)
	}
}
