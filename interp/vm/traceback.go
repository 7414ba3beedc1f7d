package vm

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
)

var (
	srcMu   sync.Mutex
	sources = map[string]string{}
)

// RegisterSource records the text of a file name that is not on disk
// ("<string>", "<ipython-input-3-…>") so tracebacks can quote its lines.
// The text is kept as given, one string per file (a kernel registers one
// per cell, for its whole life), and split only when a line is quoted.
func RegisterSource(filename, src string) {
	srcMu.Lock()
	defer srcMu.Unlock()
	sources[filename] = src
}

// ForgetSource drops what RegisterSource recorded for filename.
func ForgetSource(filename string) {
	srcMu.Lock()
	defer srcMu.Unlock()
	delete(sources, filename)
}

// sourceFinder answers Source for names nothing registered; see
// SetSourceFinder.
var sourceFinder func(filename string) (string, bool)

// SetSourceFinder lets an embedder that keeps the text of its code anyway
// (the kernel keeps every stored cell for In and the history) answer for
// those file names itself, instead of registering a copy of each: a
// long-lived kernel would otherwise hold a map entry per cell forever.
// Call it at package init.
func SetSourceFinder(f func(filename string) (string, bool)) { sourceFinder = f }

// Source is the text registered for filename: a cell's, or a built-in
// module's written in Python.
func Source(filename string) (string, bool) {
	srcMu.Lock()
	src, ok := sources[filename]
	srcMu.Unlock()
	if ok {
		return src, true
	}
	regMu.Lock()
	b, ok := moduleFiles[filename]
	regMu.Unlock()
	if ok {
		return string(b), true
	}
	if sourceFinder != nil {
		return sourceFinder(filename)
	}
	return "", false
}

func sourceLine(filename string, line int) string {
	src, ok := Source(filename)
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return ""
		}
		src = string(data)
	}
	return strings.TrimSpace(strings.TrimRight(nthLine(src, line), "\r"))
}

// nthLine is line n (1-based) of src without its newline, "" if there is
// no such line.
func nthLine(src string, n int) string {
	if n < 1 {
		return ""
	}
	for ; n > 1; n-- {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		return src[:i]
	}
	return src
}

// FormatException renders err as CPython 3.7 prints an uncaught
// exception: the chained causes and contexts first, each traceback with
// its source lines, then "Type: message".
func FormatException(err error) string {
	pe, ok := err.(*PyError)
	if !ok {
		return err.Error() + "\n"
	}
	var sb strings.Builder
	formatChain(&sb, pe.t, pe.Exc, map[*py.Exception]bool{})
	return sb.String()
}

func formatChain(sb *strings.Builder, t *py.Thread, e *py.Exception, seen map[*py.Exception]bool) {
	seen[e] = true
	if !e.Cause.IsNull() && py.IsException(e.Cause) && !seen[py.AsException(e.Cause)] {
		formatChain(sb, t, py.AsException(e.Cause), seen)
		sb.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if !e.Context.IsNull() && !e.SuppressContext && py.IsException(e.Context) && !seen[py.AsException(e.Context)] {
		formatChain(sb, t, py.AsException(e.Context), seen)
		sb.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	formatOne(sb, t, e)
}

const tracebackLimit = 1000

func formatOne(sb *strings.Builder, t *py.Thread, e *py.Exception) {
	tb := e.Traceback
	if tb != nil {
		sb.WriteString("Traceback (most recent call last):\n")
		depth := 0
		for x := tb; x != nil; x = x.Next {
			depth++
		}
		for tb != nil && depth > tracebackLimit {
			depth--
			tb = tb.Next
		}
		var lastFile, lastName string
		lastLine, cnt := -1, 0
		for ; tb != nil; tb = tb.Next {
			file, name := tb.Code.Filename, tb.Code.Name
			if file != lastFile || tb.Line != lastLine || name != lastName {
				if cnt > 3 {
					fmt.Fprintf(sb, "  [Previous line repeated %d more times]\n", cnt-3)
				}
				lastFile, lastLine, lastName, cnt = file, tb.Line, name, 0
			}
			cnt++
			if cnt > 3 {
				continue
			}
			fmt.Fprintf(sb, "  File \"%s\", line %d, in %s\n", file, tb.Line, name)
			if src := sourceLine(file, tb.Line); src != "" {
				sb.WriteString("    " + src + "\n")
			}
		}
		if cnt > 3 {
			fmt.Fprintf(sb, "  [Previous line repeated %d more times]\n", cnt-3)
		}
	}
	sb.WriteString(exceptionOnly(t, e))
}

// ExceptionOnly is the last line of a traceback: "Type: message".
func ExceptionOnly(e *py.Exception) string { return exceptionOnly(nil, e) }

func exceptionOnly(t *py.Thread, e *py.Exception) string {
	typ := e.Type()
	name := typ.Name
	if typ.Module != "builtins" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	if d := py.DictOf(e.V()); typ.IsSubtype(py.SyntaxErrorType) && d != nil {
		// the file, line and caret come before "SyntaxError: msg"
		msg, ok1 := d.GetStr("msg")
		fn, ok2 := d.GetStr("filename")
		ln, ok3 := d.GetStr("lineno")
		if ok1 && ok2 && ok3 && py.IsStr(msg) && py.IsStr(fn) && ln.IsInt() {
			se := &syntax.Error{Kind: name, Msg: py.StrOf(msg), Filename: py.StrOf(fn), Lineno: int(ln.Int()), Offset: -1}
			if off, ok := d.GetStr("offset"); ok && off.IsInt() {
				se.Offset = int(off.Int())
			}
			if txt, ok := d.GetStr("text"); ok && py.IsStr(txt) {
				se.Text = py.StrOf(txt)
			}
			return se.Format()
		}
	}
	msg, err := py.Str_(t, e.V())
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name + "\n"
	}
	return name + ": " + msg + "\n"
}
