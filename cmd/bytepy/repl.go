package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/run"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
	"github.com/bytepy/bytepy/interp/syntax/scanner"
	"github.com/bytepy/bytepy/interp/syntax/token"
	"github.com/bytepy/bytepy/interp/vm"
)

// cmdRepl is bare `bytepy`. On a terminal it is python3.7's interactive
// prompt; otherwise it runs standard input as one program, as
// `python3.7 < FILE` does.
func cmdRepl([]string) int {
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		defer signal.Stop(sig)
		return interact(os.Stdin, os.Stdout, os.Stderr, sig)
	}
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	wd, _ := os.Getwd()
	vm.BatchGC()
	return run.Main(src, "<stdin>", run.Options{Argv: []string{""}, Path0: wd, Signals: true})
}

// console is one interactive session: the interpreter, its __main__, the
// input lines and the compiler flags (future imports) carried from one
// statement to the next.
type console struct {
	it    *vm.Interp
	main  *py.Module
	out   io.Writer
	errw  io.Writer
	in    *lineSource
	flags int
	hook  py.Value // the built-in sys.displayhook
	// Ctrl-C interrupts the wait for a line while reading is set (at a
	// prompt, in input()), and the running code otherwise.
	reading  atomic.Bool
	readIntr chan struct{}
}

// interact runs the read-eval-print loop as CPython's interactive mode
// does: prompts sys.ps1 and sys.ps2 on errw, one statement compiled in
// "single" mode at a time (so expression statements are shown through
// sys.displayhook), a traceback and a fresh prompt after an error,
// KeyboardInterrupt on sig, and exit at end of input or on SystemExit.
// It returns the exit status.
func interact(in io.Reader, out, errw io.Writer, sig <-chan os.Signal) int {
	c := &console{it: vm.New(), out: out, errw: errw, in: newLineSource(in), readIntr: make(chan struct{}, 1)}
	if sig != nil {
		go func() {
			for range sig {
				if c.reading.Load() {
					select {
					case c.readIntr <- struct{}{}:
					default:
					}
				} else {
					c.it.Interrupt()
				}
			}
		}()
	}
	c.it.Stdout, c.it.Stderr = out, errw
	c.main = c.it.NewModule("__main__")
	sys := c.it.Sys()
	sys.Set("argv", py.NewList([]py.Value{py.NewStr("")}))
	sys.Set("path", py.NewList([]py.Value{py.NewStr("")}))
	sys.Set("ps1", py.NewStr(">>> "))
	sys.Set("ps2", py.NewStr("... "))
	c.hook, _ = sys.Dict.GetStr("displayhook")
	c.it.DisplayHook = c.display
	c.it.Stdin = func() (string, error) {
		s, eof, intr := c.readLine()
		if intr {
			return "", vm.ErrInterrupted
		}
		if eof {
			return "", io.EOF
		}
		return s, nil
	}
	fmt.Fprintf(errw, "Python 3.7.16 (bytepy %s) [Go %s] on %s\n", Version, runtime.Version(), runtime.GOOS)
	fmt.Fprintln(errw, `Type "help", "copyright", "credits" or "license" for more information.`)
	for {
		src, eof := c.readStatement()
		if src == "" && eof {
			return 0
		}
		// a statement cut short by the end of input still runs; the next
		// prompt then meets the end of input again
		if src != "" {
			if status, exit := c.runStatement(src); exit {
				return status
			}
		}
	}
}

// prompt is str(sys.ps1) or str(sys.ps2).
func (c *console) prompt(name string) string {
	v, ok := c.it.Sys().Dict.GetStr(name)
	if !ok {
		return ""
	}
	s, err := py.Str_(c.it.Thread(), v)
	if err != nil {
		return ""
	}
	return s
}

// readStatement reads lines until they make one statement to run, or
// report a syntax error itself and return "". eof reports the end of
// input (a statement read so far is still returned, and runs).
func (c *console) readStatement() (src string, eof bool) {
	var buf strings.Builder
	block := false // a compound statement: it ends at an empty line
	for {
		ps := "ps1"
		if buf.Len() > 0 {
			ps = "ps2"
		}
		io.WriteString(c.errw, c.prompt(ps))
		line, atEOF, intr := c.readLine()
		if intr {
			io.WriteString(c.errw, "\nKeyboardInterrupt\n")
			return "", false
		}
		if atEOF {
			io.WriteString(c.errw, "\n")
			return buf.String(), true
		}
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		if buf.Len() == 0 && ignorable(line) {
			continue // blank and comment lines at >>> just prompt again
		}
		first := buf.Len() == 0
		buf.WriteString(line)
		s := buf.String()
		if first {
			if line[0] == ' ' || line[0] == '\t' {
				c.syntaxError(s, false) // unexpected indent
				return "", false
			}
			block = startsCompound(s)
		}
		empty := line == "\n"
		status, _ := parser.IsComplete(s)
		switch {
		case status == "invalid":
			c.syntaxError(s, block)
			return "", false
		case status == "incomplete":
			if block && empty && !unclosed(s) {
				c.syntaxError(s, block)
				return "", false
			}
		case !block:
			return s, false
		case empty:
			return s, false
		default:
			// a line that cannot continue the compound statement (an
			// unindented new statement) is an error as soon as it is read
			if _, err := compile.Compile([]byte(s), "<stdin>", "single", c.flags, -1); err != nil {
				var se *syntax.Error
				if !errors.As(err, &se) || se.Msg != "unexpected EOF while parsing" {
					c.syntaxError(s, block)
					return "", false
				}
			}
		}
	}
}

// syntaxError prints the error compiling src gives, as the interactive
// tokenizer reports it: a compound statement cut short by the empty line
// that ends it is invalid syntax there, or lacks its indented block.
func (c *console) syntaxError(src string, block bool) {
	_, err := compile.Compile([]byte(src), "<stdin>", "single", c.flags, -1)
	var se *syntax.Error
	if !errors.As(err, &se) {
		if err != nil {
			fmt.Fprintln(c.errw, err)
		}
		return
	}
	if block && se.Msg == "unexpected EOF while parsing" && strings.HasSuffix(src, "\n\n") {
		e := *se
		e.Kind, e.Msg = "SyntaxError", "invalid syntax"
		if endsWithColon(src) {
			e.Kind, e.Msg = "IndentationError", "expected an indented block"
		}
		e.Text, e.Offset, e.TextEmpty = "\n", 1, true
		e.Lineno = strings.Count(src, "\n")
		se = &e
	}
	io.WriteString(c.errw, se.Format())
}

// runStatement compiles and runs one statement in __main__. exit is true
// when it raised SystemExit, with the status to exit with.
func (c *console) runStatement(src string) (status int, exit bool) {
	co, err := compile.Compile([]byte(src), "<stdin>", "single", c.flags, -1)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			io.WriteString(c.errw, se.Format())
		} else {
			fmt.Fprintln(c.errw, err)
		}
		return 0, false
	}
	c.flags |= co.Flags & (code.FutureBarryAsBDFL | code.FutureGeneratorStop | code.FutureAnnotations)
	_, rerr := c.it.RunCode(co, c.main.Dict)
	if rerr == nil {
		return 0, false
	}
	if pe, ok := rerr.(*vm.PyError); ok && pe.Exc.Matches(py.SystemExitType) {
		return run.ExitStatus(c.it, pe.Exc, c.errw), true
	}
	io.WriteString(c.errw, vm.FormatException(rerr))
	return 0, false
}

// display is PRINT_EXPR's hook: sys.displayhook, which by default writes
// repr(v) to stdout (the VM has already set builtins._).
func (c *console) display(v py.Value) error {
	t := c.it.Thread()
	hook, ok := c.it.Sys().Dict.GetStr("displayhook")
	if !ok {
		return &vm.PyError{Exc: py.Errorf(py.RuntimeErrorType, "lost sys.displayhook")}
	}
	if hook != c.hook {
		if _, err := py.Call(t, hook, []py.Value{v}, nil); err != nil {
			return &vm.PyError{Exc: err}
		}
		return nil
	}
	s, err := py.Repr(t, v)
	if err != nil {
		return &vm.PyError{Exc: err}
	}
	io.WriteString(c.out, s+"\n")
	return nil
}

// ignorable reports a line that holds nothing but blanks or a comment.
func ignorable(line string) bool {
	s := strings.TrimLeft(line, " \t\f\r\n")
	return s == "" || s[0] == '#'
}

// startsCompound reports whether src begins a compound statement, which
// the interactive prompt ends only at an empty line (an else, except or
// further decorated line could still follow).
func startsCompound(src string) bool {
	t, err := scanner.NewString("<stdin>", src).Next()
	if err != nil {
		return false
	}
	switch t.Kind {
	case token.AT:
		return true
	case token.NAME:
		switch t.Text {
		case "if", "while", "for", "try", "with", "def", "class", "async":
			return true
		}
	}
	return false
}

// unclosed reports whether src ends inside brackets or a triple-quoted
// string, where an empty line does not end a statement.
func unclosed(src string) bool {
	sc := scanner.NewString("<stdin>", src)
	depth := 0
	for {
		t, err := sc.Next()
		if err != nil {
			var se *syntax.Error
			return errors.As(err, &se) && strings.HasPrefix(se.Msg, "EOF while scanning triple-quoted")
		}
		switch t.Kind {
		case token.ENDMARKER:
			return depth > 0
		case token.LPAR, token.LSQB, token.LBRACE:
			depth++
		case token.RPAR, token.RSQB, token.RBRACE:
			depth--
		}
	}
}

// endsWithColon reports whether the last line with code ends in ':'
// (comments aside).
func endsWithColon(src string) bool {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		if l = strings.TrimSpace(l); l != "" {
			return strings.HasSuffix(l, ":")
		}
	}
	return false
}

// lineSource reads lines on demand in a goroutine, so that waiting for a
// line can be interrupted (Ctrl-C at the prompt) without losing the line
// when it does arrive; input() reads from the same source.
type lineSource struct {
	r       *bufio.Reader
	ch      chan lineResult
	pending bool
}

type lineResult struct {
	s   string
	err error
}

func newLineSource(r io.Reader) *lineSource {
	return &lineSource{r: bufio.NewReader(r), ch: make(chan lineResult, 1)}
}

// readLine waits for the next line, which Ctrl-C interrupts.
func (c *console) readLine() (line string, eof, intr bool) {
	select {
	case <-c.readIntr: // a Ctrl-C that came too late for the last wait
	default:
	}
	c.reading.Store(true)
	defer c.reading.Store(false)
	return c.in.next(c.readIntr)
}

// next returns the next line (with its newline, unless the input ends
// without one), or eof, or intr when intr fires first.
func (l *lineSource) next(interrupt <-chan struct{}) (line string, eof, intr bool) {
	if !l.pending {
		l.pending = true
		go func() {
			s, err := l.r.ReadString('\n')
			l.ch <- lineResult{s, err}
		}()
	}
	select {
	case res := <-l.ch:
		l.pending = false
		if res.s == "" && res.err != nil {
			return "", true, false
		}
		return res.s, false, false
	case <-interrupt:
		return "", false, true
	}
}
