package py

import (
	"io"
	"sync/atomic"
	"unsafe"
)

// Thread is the per-thread interpreter state every operation receives.
// The VM creates it and keeps its own frame machinery in VM.
type Thread struct {
	// Depth counts active Python frames, for RecursionError.
	Depth          int
	RecursionLimit int

	// Exc is the exception being handled (sys.exc_info()), or nil.
	// Generators swap in their own.
	Exc *ExcState

	// Interrupted is set (by another goroutine) to raise KeyboardInterrupt.
	Interrupted *atomic.Bool

	Stdout, Stderr io.Writer
	Stdin          func() (string, error)

	// Stop is the StopIteration a user class's __next__ raised to end the
	// iteration of StopFrom: Next reports only "done", and next() and
	// yield from, asking that iterator itself, re-raise it or read its
	// value.
	Stop     *Exception
	StopFrom Value

	// VM is the owner's private state (package vm's thread).
	VM any

	reprStack []unsafe.Pointer

	memo  dictMemo               // the last dict lookup (dictmemo.go)
	specs specCache              // fmtspec.go
	fbuf  []byte                 // formatted f-string parts not yet joined (fmtdefer.go)
	fmts  textCache[fmtTemplate] // strformat_cache.go
	pcts  textCache[pctTemplate] // strformat_cache.go
}

// ExcState is one level of "the exception being handled": what an except
// block sees as sys.exc_info(). Type/Value/Tb follow CPython's triple so
// the VM can push them on the stack as 3.7 does; all None when empty.
type ExcState struct {
	Type, Value, Tb Value
	Prev            *ExcState
}

// CurrentExc returns the exception being handled, or nil.
func (t *Thread) CurrentExc() *Exception {
	for s := t.Exc; s != nil; s = s.Prev {
		if !s.Value.IsNull() && !s.Value.IsNone() {
			return AsException(s.Value)
		}
	}
	return nil
}

// CallFunction runs a Python function; package vm sets it.
var CallFunction func(t *Thread, fn *Function, args []Value, kwnames []string) (Value, *Exception)

// CallFunctionSelf runs a Python function with self before args (a
// bound method's call) without a combined argument list; package vm
// sets it.
var CallFunctionSelf func(t *Thread, fn *Function, self Value, args []Value, kwnames []string) (Value, *Exception)

// enterRepr guards recursive containers ([...] and {...}); false means
// v is already being printed.
func (t *Thread) enterRepr(v Value) bool {
	if t == nil {
		return true
	}
	for _, p := range t.reprStack {
		if p == v.p {
			return false
		}
	}
	t.reprStack = append(t.reprStack, v.p)
	return true
}

func (t *Thread) leaveRepr() {
	if t != nil {
		t.reprStack = t.reprStack[:len(t.reprStack)-1]
	}
}

// TakeStop returns, and forgets, the StopIteration that ended it if a
// user __next__ of it raised the last one seen, else nil.
func (t *Thread) TakeStop(it Value) *Exception {
	stop, from := t.Stop, t.StopFrom
	t.Stop, t.StopFrom = nil, Null
	if stop == nil || from != it {
		return nil
	}
	return stop
}
