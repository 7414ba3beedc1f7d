// Package fake is a stand-in Engine for testing the kernel before the
// interpreter is linked. It understands a handful of Python statement
// shapes, the ones the kernel tests send, so that the same tests run
// unchanged against the real engine later:
//
//	print('text')                      stdout
//	print('text', file=sys.stderr)     stderr
//	print(input('prompt'))             input_request, then echo the answer
//	print(getpass.getpass('prompt'))   the same, with password set
//	import x / from x import y         ignored
//	time.sleep(seconds)                sleeps (interruptible)
//	while True: pass                   spins until interrupted
//	for i in range(N): print(i)        N lines of output
//	A + B (ints)                       execute_result
//	1/0, raise Name('msg')             errors
//	display('text')                    display_data
//	clear_output()                     clear_output
//	zip?                               a page payload
//	__panic__                          a Go panic (the kernel must survive it),
//	                                   in Execute, or in Inspect when inspected
//
// Anything else raises NameError, as unknown names would.
package fake

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bytepy/bytepy/kernel"
)

// Engine is the fake. Its zero value is ready.
type Engine struct {
	interrupted atomic.Bool
}

// New returns a fresh fake engine.
func New() kernel.Engine { return &Engine{} }

func (e *Engine) Info() kernel.Info {
	return kernel.Info{
		Banner:       "bytepy fake engine (for kernel tests)",
		LanguageInfo: kernel.Python37,
		HelpLinks:    []kernel.HelpLink{{Text: "Python", URL: "https://docs.python.org/3.7/"}},
	}
}

func (e *Engine) Interrupt() { e.interrupted.Store(true) }

var (
	reStr      = `'([^']*)'`
	rePrint    = regexp.MustCompile(`^print\(` + reStr + `\)$`)
	reEprint   = regexp.MustCompile(`^print\(` + reStr + `,\s*file=sys\.stderr\)$`)
	reInput    = regexp.MustCompile(`^print\(input\(` + reStr + `\)\)$`)
	rePass     = regexp.MustCompile(`^print\(getpass\.getpass\(` + reStr + `\)\)$`)
	reImport   = regexp.MustCompile(`^(import \w+(\.\w+)*|from [\w.]+ import [\w, ]+)$`)
	reSleep    = regexp.MustCompile(`^time\.sleep\(([0-9.]+)\)$`)
	reLoop     = regexp.MustCompile(`^while True:\s*pass$`)
	reRange    = regexp.MustCompile(`^for i in range\((\d+)\):\s*print\(i\)$`)
	reAdd      = regexp.MustCompile(`^(-?\d+)\s*\+\s*(-?\d+)$`)
	reInt      = regexp.MustCompile(`^-?\d+$`)
	reRaise    = regexp.MustCompile(`^raise (\w+)\(` + reStr + `\)$`)
	reDisplay  = regexp.MustCompile(`^display\(` + reStr + `\)$`)
	reInspectQ = regexp.MustCompile(`^(\w+)\?$`)
)

func (e *Engine) Execute(req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	e.interrupted.Store(false)
	var res kernel.ExecuteResult
	for _, stmt := range statements(req.Code) {
		if err := e.run(stmt, out, &res); err != nil {
			res.Error = err
			break
		}
	}
	if res.Error == nil && len(req.UserExpressions) > 0 {
		res.UserExpressions = map[string]kernel.ExpressionValue{}
		for name, expr := range req.UserExpressions {
			if v, ok := eval(expr); ok {
				res.UserExpressions[name] = kernel.ExpressionValue{Data: kernel.MimeBundle{"text/plain": v}}
			} else {
				res.UserExpressions[name] = kernel.ExpressionValue{Error: nameError(expr)}
			}
		}
	}
	return res
}

// statements splits a cell at newlines and semicolons (no string in the
// supported shapes contains either).
func statements(code string) []string {
	var out []string
	for _, line := range strings.Split(code, "\n") {
		for _, s := range strings.Split(line, ";") {
			if s = strings.TrimSpace(s); s != "" && !strings.HasPrefix(s, "#") {
				out = append(out, s)
			}
		}
	}
	return out
}

func (e *Engine) run(s string, out kernel.Output, res *kernel.ExecuteResult) *kernel.Error {
	if m := rePrint.FindStringSubmatch(s); m != nil {
		out.Stream("stdout", m[1]+"\n")
	} else if m := reEprint.FindStringSubmatch(s); m != nil {
		out.Stream("stderr", m[1]+"\n")
	} else if m := reInput.FindStringSubmatch(s); m != nil {
		return e.input(out, m[1], false)
	} else if m := rePass.FindStringSubmatch(s); m != nil {
		return e.input(out, m[1], true)
	} else if reImport.MatchString(s) {
	} else if m := reSleep.FindStringSubmatch(s); m != nil {
		secs, _ := strconv.ParseFloat(m[1], 64)
		deadline := time.Now().Add(time.Duration(secs * float64(time.Second)))
		for time.Now().Before(deadline) {
			if e.interrupted.Load() {
				return keyboardInterrupt()
			}
			time.Sleep(5 * time.Millisecond)
		}
	} else if reLoop.MatchString(s) {
		for !e.interrupted.Load() {
			time.Sleep(time.Millisecond)
		}
		return keyboardInterrupt()
	} else if m := reRange.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		for i := 0; i < n; i++ {
			out.Stream("stdout", strconv.Itoa(i)+"\n")
		}
	} else if m := reRaise.FindStringSubmatch(s); m != nil {
		return pyError(m[1], m[2])
	} else if s == "1/0" {
		return pyError("ZeroDivisionError", "division by zero")
	} else if m := reDisplay.FindStringSubmatch(s); m != nil {
		out.Display(kernel.Display{Data: kernel.MimeBundle{"text/plain": "'" + m[1] + "'"}})
	} else if s == "clear_output()" {
		out.ClearOutput(false)
	} else if m := reInspectQ.FindStringSubmatch(s); m != nil {
		res.Payloads = append(res.Payloads, map[string]any{
			"source": "page", "start": 0,
			"data": map[string]any{"text/plain": "Docstring: the fake doc of " + m[1]},
		})
	} else if s == "__panic__" {
		panic("fake engine asked to panic")
	} else if v, ok := eval(s); ok {
		out.Result(kernel.MimeBundle{"text/plain": v}, nil)
	} else {
		return nameError(s)
	}
	return nil
}

func (e *Engine) input(out kernel.Output, prompt string, password bool) *kernel.Error {
	v, err := out.Input(prompt, password)
	switch err {
	case nil:
		out.Stream("stdout", v+"\n")
		return nil
	case kernel.ErrInterrupted:
		return keyboardInterrupt()
	case kernel.ErrStdinNotAllowed:
		return pyError("StdinNotImplementedError", err.Error())
	default:
		return pyError("EOFError", err.Error())
	}
}

// eval handles the expressions the fake knows: an int, or a sum of two.
func eval(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if reInt.MatchString(s) {
		return s, true
	}
	if m := reAdd.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		return strconv.Itoa(a + b), true
	}
	return "", false
}

func pyError(name, msg string) *kernel.Error {
	return &kernel.Error{EName: name, EValue: msg, Traceback: []string{
		"\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
		fmt.Sprintf("\x1b[0;31m%s\x1b[0m: %s", name, msg),
	}}
}

func keyboardInterrupt() *kernel.Error { return pyError("KeyboardInterrupt", "") }

func nameError(s string) *kernel.Error {
	return pyError("NameError", fmt.Sprintf("name %q is not defined", s))
}

var words = []string{"print", "input", "int", "isinstance", "import", "in", "is", "range", "raise", "return", "zip"}

// Complete offers the known words that extend the identifier before cursor.
func (e *Engine) Complete(code string, cursor int) kernel.Completion {
	start := cursor
	for start > 0 && isIdent(code[start-1]) {
		start--
	}
	prefix := code[start:cursor]
	matches := []string{}
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			matches = append(matches, w)
		}
	}
	return kernel.Completion{Matches: matches, CursorStart: start, CursorEnd: cursor}
}

// Inspect documents the identifier around cursor, if it is a known word.
func (e *Engine) Inspect(code string, cursor, detail int) kernel.Inspection {
	if code == "__panic__" {
		panic("fake engine asked to panic in Inspect")
	}
	start, end := cursor, cursor
	for start > 0 && isIdent(code[start-1]) {
		start--
	}
	for end < len(code) && isIdent(code[end]) {
		end++
	}
	w := code[start:end]
	for _, known := range words {
		if w == known {
			doc := "Docstring: the fake doc of " + w
			if detail > 0 {
				doc += "\nSource: <built-in>"
			}
			return kernel.Inspection{Found: true, Data: kernel.MimeBundle{"text/plain": doc}}
		}
	}
	return kernel.Inspection{}
}

// IsComplete: a line ending in ':' opens a block; unbalanced closers or
// a stray '@@' are invalid; an open bracket is incomplete.
func (e *Engine) IsComplete(code string) (string, string) {
	depth := 0
	for _, c := range code {
		switch c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if depth < 0 {
			return "invalid", ""
		}
	}
	switch t := strings.TrimRight(code, " \t\n"); {
	case strings.Contains(code, "@@"):
		return "invalid", ""
	case depth > 0:
		return "incomplete", ""
	case strings.HasSuffix(t, ":"):
		return "incomplete", "    "
	case strings.Contains(t, ":\n") && !strings.HasSuffix(code, "\n\n"):
		return "incomplete", "    "
	}
	return "complete", ""
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
