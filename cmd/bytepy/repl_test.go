package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// replSession runs the interactive loop on input as if typed at a
// terminal and returns stdout, stderr without the two banner lines, and
// the exit status.
func replSession(t *testing.T, input string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	rc := interact(strings.NewReader(input), &out, &errb, nil)
	banner := strings.SplitAfterN(errb.String(), "\n", 3)
	if len(banner) < 3 || !strings.HasPrefix(banner[0], "Python 3.7.16 (bytepy ") || !strings.HasPrefix(banner[1], `Type "help"`) {
		t.Fatalf("banner: %q", errb.String())
	}
	return out.String(), banner[2], rc
}

// TestREPL feeds each testdata/repl/NAME.in to the prompt and compares
// what it prints with what `python3.7 -i -q` printed for the same input
// (gen_repl.py), and with the oracle itself when it is installed.
func TestREPL(t *testing.T) {
	ins, _ := filepath.Glob(filepath.Join("testdata", "repl", "*.in"))
	if len(ins) == 0 {
		t.Fatal("no testdata/repl/*.in")
	}
	_, err := os.Stat(oracle)
	live := err == nil
	for _, in := range ins {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(in)
			base := strings.TrimSuffix(in, ".in")
			wantOut, _ := os.ReadFile(base + ".out")
			wantErr, _ := os.ReadFile(base + ".err")
			wantRC, _ := os.ReadFile(base + ".rc")
			out, errText, rc := replSession(t, string(src))
			check := func(what, gotOut, gotErr string, gotRC int, out, errText string, rc string) {
				if gotOut != out {
					t.Errorf("%s stdout:\n%s\nwant:\n%s", what, gotOut, out)
				}
				if gotErr != errText {
					t.Errorf("%s stderr:\n%s\nwant:\n%s", what, gotErr, errText)
				}
				if strconv.Itoa(gotRC) != strings.TrimSpace(rc) {
					t.Errorf("%s exit status %d, want %s", what, gotRC, rc)
				}
			}
			check("golden", out, errText, rc, string(wantOut), string(wantErr), string(wantRC))
			if live {
				cmd := exec.Command(oracle, "-i", "-q")
				cmd.Stdin = bytes.NewReader(src)
				cmd.Env = []string{"PYTHONHASHSEED=0"}
				var o, e bytes.Buffer
				cmd.Stdout, cmd.Stderr = &o, &e
				err := cmd.Run()
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				}
				check("live", out, errText, rc, o.String(), e.String(), strconv.Itoa(code))
			}
		})
	}
}

// TestREPLInterrupt: Ctrl-C at a prompt abandons the statement being
// typed, prints KeyboardInterrupt and prompts again; the next line still
// arrives.
func TestREPLInterrupt(t *testing.T) {
	pr, pw, _ := os.Pipe()
	sig := make(chan os.Signal, 1)
	var out, errb lockedBuffer
	done := make(chan int)
	go func() { done <- interact(pr, &out, &errb, sig) }()
	pw.WriteString("if 1:\n")
	// the loop now waits at "... "; the signal cuts the statement short
	waitFor(t, &errb, "... ")
	sig <- os.Interrupt
	waitFor(t, &errb, "KeyboardInterrupt\n>>> ")
	pw.WriteString("6 * 7\n")
	pw.Close()
	rc := <-done
	if rc != 0 || out.String() != "42\n" {
		t.Errorf("rc %d, stdout %q", rc, out.String())
	}
	if !strings.HasSuffix(errb.String(), ">>> ... \nKeyboardInterrupt\n>>> >>> \n") {
		t.Errorf("stderr %q", errb.String())
	}
}

// lockedBuffer is a bytes.Buffer the loop's goroutine writes while the
// test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor polls until buf (written by the loop's goroutine) ends with s.
// It only orders the steps of the session; no timing is measured.
func waitFor(t *testing.T, buf *lockedBuffer, s string) {
	t.Helper()
	for i := 0; i < 2000; i++ {
		if strings.HasSuffix(buf.String(), s) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %q in %q", s, buf.String())
}

// TestStringTraceback: code given with -c has no source lines in its
// traceback, as linecache finds no file "<string>" for CPython.
func TestStringTraceback(t *testing.T) {
	_, errText, rc := capture(t, t.TempDir(), "-c", "def f():\n    1/0\nf()\n")
	want := "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
	if rc != 1 || errText != want {
		t.Errorf("rc %d, stderr\n%s\nwant\n%s", rc, errText, want)
	}
}
