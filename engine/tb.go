package engine

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
)

// ANSI colours of IPython's "Linux" scheme, the one Jupyter frontends get.
const (
	cNormal  = "\x1b[0m"
	cRed     = "\x1b[0;31m" // exception names, the top line
	cGreen   = "\x1b[0;32m" // file names, line numbers
	cCyan    = "\x1b[0;36m" // function names
	cBlue    = "\x1b[0;34m"
	tbWidth  = 75 // IPython's min(75, terminal width)
	tbTop    = cRed + "---------------------------------------------------------------------------" + cNormal
	tbRecent = "Traceback (most recent call last)"
	// contextLines is IPython's default context (5): the failing line with
	// two lines either side.
	contextLines = 5
)

// formatError is IPython's showtraceback for exc, as a kernel error: the
// name, str() of the exception, and the coloured traceback lines (VerboseTB
// in "Context" mode; a UsageError is one line; a SyntaxError shows the
// line and caret).
func (e *Engine) formatError(t *py.Thread, exc *py.Exception) *kernel.Error {
	typ := exc.Type()
	ke := &kernel.Error{EName: typ.Name, EValue: excText(t, exc)}
	if typ.Name == "UsageError" && typ.Module == "IPython.core.error" {
		ke.Traceback = []string{cRed + "UsageError" + cNormal + ": " + ke.EValue}
		return ke
	}
	if typ.IsSubtype(py.SystemExitType) {
		// IPython does not let SystemExit end the kernel; it shows the
		// exception alone (showtraceback(exception_only=True)).
		ke.Traceback = []string{"An exception has occurred, use %tb to see the full traceback.\n",
			lastLine(typ, ke.EValue) + "\n"}
		return ke
	}
	if typ.IsSubtype(py.SyntaxErrorType) && exc.Traceback == nil {
		ke.Traceback = []string{e.syntaxBlock(t, exc)}
		return ke
	}
	e.chain(t, exc, map[*py.Exception]bool{}, &ke.Traceback)
	return ke
}

// header is "ExcName" and "Traceback (most recent call last)" right-
// aligned to IPython's width.
func header(name string) string {
	pad := tbWidth - len(name) - len(tbRecent)
	if pad < 1 {
		pad = 1
	}
	return cRed + name + cNormal + strings.Repeat(" ", pad) + tbRecent
}

// chain appends exc's causes and contexts first, as Python prints them,
// then exc's own frames and last line.
func (e *Engine) chain(t *py.Thread, exc *py.Exception, seen map[*py.Exception]bool, out *[]string) {
	seen[exc] = true
	if !exc.Cause.IsNull() && py.IsException(exc.Cause) && !seen[py.AsException(exc.Cause)] {
		e.chain(t, py.AsException(exc.Cause), seen, out)
		*out = append(*out, "\nThe above exception was the direct cause of the following exception:\n")
	} else if !exc.Context.IsNull() && !exc.SuppressContext && py.IsException(exc.Context) && !seen[py.AsException(exc.Context)] {
		e.chain(t, py.AsException(exc.Context), seen, out)
		*out = append(*out, "\nDuring handling of the above exception, another exception occurred:\n")
	}
	*out = append(*out, tbTop, header(exc.Type().Name))
	for tb := exc.Traceback; tb != nil; tb = tb.Next {
		*out = append(*out, e.frame(tb.Code, tb.Line))
	}
	if exc.Type().IsSubtype(py.SyntaxErrorType) {
		*out = append(*out, e.syntaxBlock(t, exc))
		return
	}
	*out = append(*out, lastLine(exc.Type(), excText(t, exc)))
}

// lastLine is the coloured "ExcName: message".
func lastLine(typ *py.Type, msg string) string {
	name := typ.Name
	if typ.Module != "builtins" && typ.Module != "" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	if msg == "" {
		return cRed + name + cNormal
	}
	return cRed + name + cNormal + ": " + msg
}

// frame is one traceback entry: "<file> in func(args)" and the source
// around the line, the failing one marked with an arrow.
func (e *Engine) frame(co *code.Code, line int) string {
	var b strings.Builder
	b.WriteString(cGreen + co.Filename + cNormal + " in " + cCyan + co.Name + cBlue)
	if co.Name != "<module>" {
		b.WriteString("(" + strings.Join(argNames(co), ", ") + ")")
	}
	b.WriteString(cNormal + "\n")
	lines := e.sourceLines(co.Filename)
	if line >= 1 && line <= len(lines) {
		from := max(1, line-contextLines/2)
		to := min(len(lines), line+contextLines/2)
		for i := from; i <= to; i++ {
			src := strings.TrimRight(lines[i-1], "\r")
			if i == line {
				num := fmt.Sprint(i)
				arrow := strings.Repeat("-", max(0, 7-len(num)-2)) + "> " + num
				b.WriteString(cGreen + arrow + cRed + " " + src + cNormal + "\n")
			} else {
				b.WriteString(cGreen + fmt.Sprintf("%7d", i) + cNormal + " " + src + "\n")
			}
		}
	}
	return b.String()
}

// argNames are a function's parameters as IPython lists them in a frame
// header: positional, *args, keyword-only, **kwargs.
func argNames(co *code.Code) []string {
	names := append([]string{}, co.VarNames[:min(co.ArgCount, len(co.VarNames))]...)
	i := co.ArgCount
	kwEnd := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 && kwEnd < len(co.VarNames) {
		names = append(names, "*"+co.VarNames[kwEnd])
	}
	for ; i < kwEnd && i < len(co.VarNames); i++ {
		names = append(names, co.VarNames[i])
	}
	if co.Flags&code.VarKeywords != 0 {
		j := kwEnd
		if co.Flags&code.VarArgs != 0 {
			j++
		}
		if j < len(co.VarNames) {
			names = append(names, "**"+co.VarNames[j])
		}
	}
	return names
}

// sourceLines is a file's text as tracebacks quote it: cells and the
// built-in IPython modules from memory, other files from disk.
func (e *Engine) sourceLines(filename string) []string {
	src, ok := vm.Source(filename)
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return nil
		}
		src = string(data)
	}
	return strings.Split(strings.TrimSuffix(src, "\n"), "\n")
}

// syntaxBlock is IPython's SyntaxTB text: the file and line, the line
// itself, the caret, and "SyntaxError: msg".
func (e *Engine) syntaxBlock(t *py.Thread, exc *py.Exception) string {
	d := py.DictOf(exc.V())
	get := func(name string) py.Value {
		if d == nil {
			return py.Null
		}
		v, _ := d.GetStr(name)
		return v
	}
	msg := excText(t, exc)
	if m := get("msg"); !m.IsNull() && py.IsStr(m) {
		msg = py.StrOf(m)
	}
	var b strings.Builder
	fn, ln := get("filename"), get("lineno")
	if !fn.IsNull() && py.IsStr(fn) && ln.IsInt() {
		fmt.Fprintf(&b, "%s  File %s\"%s\"%s, line %s%d%s\n", cCyan, cGreen, py.StrOf(fn), cCyan, cGreen, ln.Int(), cNormal)
	}
	if txt := get("text"); !txt.IsNull() && py.IsStr(txt) {
		text := py.StrOf(txt)
		trimmed := strings.TrimLeft(strings.TrimRight(text, "\n"), " \t\f")
		b.WriteString(cRed + "    " + trimmed + cNormal + "\n")
		if off := get("offset"); off.IsInt() && off.Int() > 0 {
			caret := int(off.Int()) - 1 - (len(strings.TrimRight(text, "\n")) - len(trimmed))
			caret = max(0, min(caret, len([]rune(trimmed))))
			b.WriteString(cNormal + "    " + strings.Repeat(" ", caret) + "^" + cNormal + "\n")
		}
	}
	b.WriteString(cRed + exc.Type().Name + cNormal + cRed + ":" + cNormal + " " + msg + "\n")
	return b.String()
}

// excText is str(exc), or a placeholder when str() itself fails.
func excText(t *py.Thread, exc *py.Exception) string {
	s, err := py.Str_(t, exc.V())
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// panicLog receives the Go stack of a panic in the VM (the kernel's log).
var panicLog io.Writer = os.Stderr

// formatGoError reports an error from entering the VM itself: a Go panic
// that vm.Interp.Call turned into SystemError (its message carries the Go
// stack; the frontend gets the first line, the log the rest).
func (e *Engine) formatGoError(err error) *kernel.Error {
	msg := err.Error()
	name := "SystemError"
	if pe, ok := err.(*vm.PyError); ok {
		name = pe.Exc.Type().Name
		if a := pe.Exc.ArgsSlice(); len(a) == 1 && py.IsStr(a[0]) {
			msg = py.StrOf(a[0])
		}
	}
	first, rest, _ := strings.Cut(msg, "\n")
	if rest != "" {
		fmt.Fprintln(panicLog, msg)
	}
	return &kernel.Error{EName: name, EValue: first, Traceback: []string{tbTop, header(name), cRed + name + cNormal + ": " + first}}
}
