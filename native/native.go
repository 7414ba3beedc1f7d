// Package native is %%native (and %%cython): it turns a cell of Python with
// Cython's declarations into machine code, loads it into the running
// process, and hands back callables with Cython's calling semantics.
//
// The pipeline, one package per stage:
//
//	cell ──cdef──▶ plain Python + declarations ──cgen──▶ C for the typed functions
//	     ──cc -O2 -fPIC -shared -fwrapv──▶ .so in the cache ──dl (cgo, dlopen)──▶ entry points
//
// Functions that cannot be compiled (they touch Python objects) stay in
// Module.PythonSource for the interpreter, line numbers intact; the reasons
// are in Func.Reason. Build caches the shared object under
// $XDG_CACHE_HOME/bytepy/native keyed by the cell, the options, the compiler
// and the bytepy version, so a second build of the same cell runs no
// compiler. Func.Call converts arguments by Cython's rules (truncating
// floats, range-checking C integers, the same error texts) and returns
// int64, float64, bool, *big.Int or nil.
//
// A call is one call of the function's C entry point with its arguments in
// a C frame (Func.CallRaw): a plain call on a private C stack when cgen
// bounded the function's work by a small constant (cgen.Func.Short, the
// lecture's loop), a cgo call otherwise, so that long computations leave
// the scheduler and the garbage collector free to run (see native/dl/direct).
//
// The VM adapter (native/pybind) binds every Func with Native && Kind !=
// Cdef into the namespace, then runs PythonSource in that namespace.
package native

import (
	"io"
	"math/big"
	"os"
	"unsafe"

	"github.com/bytepy/bytepy/native/cdef"
)

// Version enters the cache key: bump it when generated code changes.
const Version = "bytepy-native-2"

// Options are %%native's flags.
type Options struct {
	Annotate    bool     // -a
	Force       bool     // -f
	Name        string   // -n
	CompileArgs []string // -c
	LinkArgs    []string // --link-args
	Verbose     bool     // --verbose: Log receives the compiler's command lines
	Cplus       bool     // -+: accepted, refused when used
	Log         io.Writer
	Stderr      io.Writer // where swallowed errors ("Exception ignored in") go; os.Stderr when nil
}

// Kind is how a function was declared.
type Kind = cdef.FuncKind

// The kinds.
const (
	Def   = cdef.Def
	Cpdef = cdef.Cpdef
	Cdef  = cdef.Cdef
)

// CType is a C type of the subset.
type CType = *cdef.Type

// Param is one parameter.
type Param struct {
	Name       string
	Type       CType // nil for an untyped (object) parameter
	HasDefault bool
	Default    Value
}

// Module is a built cell.
type Module struct {
	Name         string // the module name: _bytepy_native_<hash> unless -n
	Funcs        []*Func
	PythonSource string // the cell minus its native functions, line for line
	HTML         string // -a
	Path         string // the shared object, "" when nothing was native
	Compiled     bool   // this build ran the C compiler
	stderr       io.Writer
}

// Func is one function of the cell.
type Func struct {
	Name   string
	Kind   Kind
	Params []Param
	Result CType // TVoid: returns None
	Native bool  // compiled; false: it runs in the interpreter
	Reason string
	Line   int

	mod     *Module
	entry   uintptr
	frame   unsafe.Pointer
	stack   uintptr // a C stack for direct calls (cgen's Short functions), or 0
	busy    bool
	minArgs int
	resKind ValueKind
}

// Lookup returns the function named name, or nil.
func (m *Module) Lookup(name string) *Func {
	for _, f := range m.Funcs {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Exception is a Python exception raised by native code or by argument
// conversion.
type Exception struct {
	Type string // "TypeError", "OverflowError", "ZeroDivisionError", ...
	Msg  string
}

func (e *Exception) Error() string { return e.Type + ": " + e.Msg }

func (m *Module) errw() io.Writer {
	if m.stderr != nil {
		return m.stderr
	}
	return os.Stderr
}

// ValueKind says what a Value holds.
type ValueKind uint8

const (
	None ValueKind = iota
	Int
	Float
	Bool
	Big
	Other // any other Python object: TypeName and Truth describe it
)

// Value is an argument or result without boxing: the VM adapter maps its
// own small values onto it with no allocation.
type Value struct {
	Kind     ValueKind
	I        int64
	F        float64
	Big      *big.Int
	TypeName string // for Other: the Python type's name, for error messages
	Truth    bool   // for Other: bool(obj)
}

// IntValue, FloatValue and BoolValue build Values.
func IntValue(i int64) Value     { return Value{Kind: Int, I: i} }
func FloatValue(f float64) Value { return Value{Kind: Float, F: f} }
func BoolValue(b bool) Value {
	v := Value{Kind: Bool}
	if b {
		v.I = 1
	}
	return v
}
