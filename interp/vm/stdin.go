package vm

import (
	"errors"
	"strings"

	"github.com/bytepy/bytepy/interp/py"
)

// ErrInterrupted is what a Stdin hook returns when the user interrupted
// the wait for a line (Ctrl-C at an input() prompt): input() raises
// KeyboardInterrupt instead of EOFError.
var ErrInterrupted = errors.New("interrupted")

// stdinReader is sys.stdin: read, readline, readlines and iteration over
// the interpreter's Stdin hook, which supplies one line at a time (nil or
// an error is end of input).
type stdinReader struct {
	py.Object
	it *Interp
}

var stdinType = py.NewType("TextIOWrapper", py.ObjectType)

func newStdin(it *Interp) py.Value {
	o := &stdinReader{it: it}
	o.SetType(stdinType)
	return py.FromPtr(o)
}

// line returns the next line with its newline, or "" at end of input.
func (r *stdinReader) line() string {
	if r.it.Stdin == nil {
		return ""
	}
	s, err := r.it.Stdin()
	if err != nil {
		return ""
	}
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

func init() {
	st := stdinType
	st.Module = "_io"
	self := func(v py.Value) *stdinReader { return py.AsPtr[stdinReader](v) }
	py.AddMethod(st, "readline", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.NewStr(self(a[0]).line()), nil
	})
	py.AddMethod(st, "read", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		var sb strings.Builder
		for s := self(a[0]).line(); s != ""; s = self(a[0]).line() {
			sb.WriteString(s)
		}
		return py.NewStr(sb.String()), nil
	})
	py.AddMethod(st, "readlines", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		var out []py.Value
		for s := self(a[0]).line(); s != ""; s = self(a[0]).line() {
			out = append(out, py.NewStr(s))
		}
		return py.NewList(out), nil
	})
	py.AddMethod(st, "isatty", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) { return py.False, nil })
	st.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
	st.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
		if s := self(v).line(); s != "" {
			return py.NewStr(s), true, nil
		}
		return py.Null, false, nil
	}
	st.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='UTF-8'>", nil
	}
	py.ExposeSlots(st)
}
