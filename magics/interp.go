package magics

import (
	"io"

	"github.com/bytepy/bytepy/interp/code"
)

// Value is a Python object of the VM's, opaque to magics: they only pass
// it back to the VM (to print it, disassemble it, bind it to a name).
type Value = any

// Interp is everything magics need from the interpreter, and all they get:
// the VM implements it for the kernel, and tests implement it with fakes.
// Code objects are compiled here, by the compiler, and handed over; the VM
// runs them in the user namespace (the __main__ module's dict, which is
// both globals and locals at top level, as in IPython).
//
// Every error a method returns for a failure in user code is a Python
// exception (the VM's error type, traceback included); magics pass it on
// untouched so the kernel shows it as it shows any exception.
type Interp interface {
	// Stdout and Stderr are where user code's sys.stdout and sys.stderr
	// write at this moment; magics print there so their text interleaves
	// with the cell's own prints.
	Stdout() io.Writer
	Stderr() io.Writer

	// Exec runs a code object compiled in "exec" or "single" mode in the
	// user namespace. In "single" mode an expression's value goes to the
	// display hook (Out, _, execute_result), as at top level of a cell.
	Exec(co *code.Code) error
	// Eval runs a code object compiled in "eval" mode in the user
	// namespace and returns the expression's value.
	Eval(co *code.Code) (Value, error)

	// MakeTimer is IPython's timeit set-up: exec template (a module that
	// defines inner(_it, _timer)) with the user namespace as globals and a
	// fresh dict as locals, take "inner" from that dict, and return a
	// function that calls inner(itertools.repeat(None, number), clock) and
	// returns its result (a float: seconds). The loop runs inside the VM;
	// the function is called from the magic's goroutine, several times.
	MakeTimer(template *code.Code, clock Clock) (func(number int) (float64, error), error)

	// Disassembly says what dis.dis(v) disassembles: the code object of a
	// function, method (its __func__), generator, coroutine or code
	// object; the source of a str; the bytes of bytes/bytearray; for a
	// class or module, the members of its __dict__ that dis.dis recurses
	// into (functions, methods, code objects, classmethods,
	// staticmethods, classes), sorted by name. Any other value is the
	// error TypeError("don't know how to disassemble T objects").
	Disassembly(v Value) (DisTarget, error)

	// Repr is repr(v) and Str str(v) (var_expand's "{x!r}" and "{x}").
	Repr(v Value) (string, error)
	Str(v Value) (string, error)

	// UserVars lists the user namespace for %who and %whos, in its
	// insertion order, without names starting with "_", modules' dunder
	// entries, or what the kernel put there itself (In, Out, exit, quit,
	// get_ipython): IPython's user_ns minus user_ns_hidden.
	UserVars() []Var
	// ResetUser empties the user namespace back to a fresh __main__, and
	// the output history (Out, _, __, ___, _N), for %reset -f.
	ResetUser() error
	// SetVar binds name in the user namespace to a magic's result (one of
	// the kinds Shell.RunLineMagic documents).
	SetVar(name string, v any) error

	// Capture runs fn with sys.stdout, sys.stderr and display() redirected
	// into a CapturedIO, each only if its flag is set, for %%capture.
	Capture(fn func() error, stdout, stderr, display bool) (*CapturedIO, error)

	// ShowTraceback shows a Python exception the way the kernel shows a
	// failed cell's, without failing the cell: IPython's showtraceback,
	// which %time uses so the rest of the cell still runs.
	ShowTraceback(err error)

	// Clock reads the clocks %time and %timeit use outside the VM
	// (HostClocks is the real set).
	Clock() Clocks
}

// Clock picks the timer function %timeit passes to inner as _timer.
type Clock int

const (
	PerfCounter Clock = iota // timeit.default_timer, time.perf_counter
	WallClock                // -t: time.time
	ProcessTime              // -c: time.process_time
)

// Clocks are the readings %time and %timeit take outside the VM.
type Clocks interface {
	// Process is time.process_time(): CPU seconds of the process.
	Process() float64
	// Wall is time.time().
	Wall() float64
	// Rusage is IPython's clock2(): user and system CPU seconds.
	Rusage() (user, sys float64)
}

// DisTarget is what dis.dis(x) works on, by x's kind.
type DisTarget struct {
	Code    *code.Code  // function, method, generator, code object
	Source  *string     // str: compiled as "<dis>", eval mode first
	Bytes   []byte      // bytes: raw disassembly, no line numbers
	Members []DisMember // class or module: sorted __dict__ entries
}

// DisMember is one entry of a class's or module's __dict__. Err is set
// when dis.dis would raise TypeError for it (it then prints "Sorry: ").
type DisMember struct {
	Name   string
	Target DisTarget
	Err    error
}

// Var is one user variable, as %who and %whos show it.
type Var struct {
	Name string
	Type string // type(v).__name__
	Str  string // str(v), or "<object with id N (str() failed)>"
	Len  int    // len(v) for dict, list and tuple
}

// CapturedIO is IPython's CapturedIO: what %%capture caught. The VM shows
// it as an object with stdout, stderr and outputs, and show().
type CapturedIO struct {
	Stdout  string
	Stderr  string
	Outputs []Value // display() calls' objects, in order
}

// History is the kernel's input history for %history: inputs as typed,
// numbered from 1 in this session, and their outputs' text/plain.
type History interface {
	// Range is the entries numbered start..stop-1 (stop 0: to the end).
	Range(start, stop int) []HistoryEntry
}

// HistoryEntry is one cell of the history.
type HistoryEntry struct {
	Line   int
	Input  string
	Output *string // nil: the cell had no result
}
