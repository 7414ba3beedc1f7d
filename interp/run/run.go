// Package run runs a Python program the way `python3.7 FILE` does: compile
// it as __main__, set sys.argv and sys.path, run it, print an uncaught
// exception's traceback on stderr and turn SystemExit into an exit status.
// It is where the compiler, the VM and the library modules are linked
// together; bytepy run, bytepy -c and the conformance tests all use it.
package run

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/bytepy/bytepy/interp/compile"
	_ "github.com/bytepy/bytepy/interp/lib/all"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/vm"
)

func init() {
	vm.Compile = compile.Compile
}

// Options says how to run a program.
type Options struct {
	Argv    []string  // sys.argv
	Path0   string    // sys.path[0]: the script's directory
	Stdout  io.Writer // nil: os.Stdout
	Stderr  io.Writer // nil: os.Stderr
	Signals bool      // SIGINT raises KeyboardInterrupt in the program
	File    bool      // src was read from a file: syntax errors as python3.7 FILE reports them

	// Deadline, when set, interrupts the program (KeyboardInterrupt, again
	// and again until it stops) once it has run this long.
	Deadline time.Duration
}

// Main compiles and runs src as the __main__ module and returns the exit
// status CPython would: 0, 1 after an uncaught exception or a syntax
// error, or SystemExit's code.
func Main(src []byte, filename string, o Options) int {
	stdout, stderr := o.Stdout, o.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	// stdout is block-buffered as CPython's is on a pipe; whatever goes to
	// stderr first flushes it, so the two streams interleave sensibly.
	out := &lazyBuffer{w: stdout}
	defer out.Flush()
	errw := flushFirst{out, stderr}

	flags := 0
	if o.File {
		flags = compile.FileInput
	}
	co, err := compile.Compile(src, filename, "exec", flags, -1)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Fprint(errw, se.Format())
		} else {
			fmt.Fprintln(errw, err)
		}
		return 1
	}
	it := vm.New()
	it.Stdout, it.Stderr = out, errw

	if o.Signals {
		defer interruptOnSIGINT(it)()
	}

	if o.Deadline > 0 {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
				return
			case <-time.After(o.Deadline):
			}
			for {
				it.Interrupt()
				select {
				case <-done:
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
		}()
	}

	if filename != "<string>" && filename != "<stdin>" {
		// as linecache finds no file for these, CPython's tracebacks
		// show no source lines for -c code or a program on stdin
		vm.RegisterSource(filename, string(src))
	}
	m := it.NewModule("__main__")
	if filename != "<string>" && filename != "<stdin>" {
		m.Dict.SetStr("__file__", py.NewStr(filename))
	}
	items := make([]py.Value, len(o.Argv))
	for i, a := range o.Argv {
		items[i] = py.NewStr(a)
	}
	it.Sys().Set("argv", py.NewList(items))
	it.Sys().Set("path", py.NewList([]py.Value{py.NewStr(o.Path0)}))

	_, err = it.RunCode(co, m.Dict)
	if err == nil {
		return 0
	}
	if pe, ok := err.(*vm.PyError); ok && pe.Exc.Matches(py.SystemExitType) {
		return exitStatus(it, pe.Exc, errw)
	}
	fmt.Fprint(errw, vm.FormatException(err))
	return 1
}

// exitStatus is CPython's handle_system_exit: None is 0, an int is the
// status, anything else is printed to stderr and gives 1.
func exitStatus(it *vm.Interp, e *py.Exception, stderr io.Writer) int {
	a := e.ArgsSlice()
	if len(a) == 0 || a[0].IsNone() {
		return 0
	}
	if a[0].IsInt() {
		return int(a[0].Int())
	}
	v := e.V()
	if len(a) == 1 {
		v = a[0]
	}
	s, _ := py.Str_(it.Thread(), v)
	fmt.Fprintln(stderr, s)
	return 1
}

// lazyBuffer is a 64 KB bufio.Writer over w made on the first write, so
// that a program that prints nothing does not allocate (and fault in) it
// at start-up.
type lazyBuffer struct {
	w io.Writer
	b *bufio.Writer
}

func (l *lazyBuffer) buf() *bufio.Writer {
	if l.b == nil {
		l.b = bufio.NewWriterSize(l.w, 64<<10)
	}
	return l.b
}

func (l *lazyBuffer) Write(p []byte) (int, error) { return l.buf().Write(p) }

func (l *lazyBuffer) WriteString(s string) (int, error) { return l.buf().WriteString(s) }

// Flush writes what is buffered, if anything was.
func (l *lazyBuffer) Flush() error {
	if l.b == nil {
		return nil
	}
	return l.b.Flush()
}

// flushFirst writes to w after flushing f.
type flushFirst struct {
	f *lazyBuffer
	w io.Writer
}

func (x flushFirst) Write(p []byte) (int, error) {
	x.f.Flush()
	return x.w.Write(p)
}
