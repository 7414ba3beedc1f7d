// Package direct calls a C function without cgo's bookkeeping: a plain
// call on a C stack the caller provides. It is native/dl's fast path for
// short native functions, kept in its own package because a package that
// uses cgo cannot hold Go assembly.
//
// A cgo call (runtime.cgocall) tells the scheduler the goroutine is in a
// system call on the way in and takes the P back on the way out; that is
// most of its cost, 30–100 ns per call on the team's machine, and it exists
// so that long-running or blocking C code does not hold up the rest of the
// program. A direct call skips it: the C code runs as if it were part of
// the calling Go function, on a separate stack so the goroutine's small
// stack cannot overflow. While it runs the goroutine cannot be preempted,
// so a garbage collection that wants to stop the world waits for it; and C
// code must not call back into Go. native only makes direct calls for
// functions whose running time is bounded by a small constant and that
// make no callbacks.
package direct

// Supported reports whether Call exists on this architecture.
const Supported = supported

// Call calls fn(arg) on the C stack ending at stackTop. The C function
// follows the platform's C calling convention and takes one pointer.
func Call(fn, arg, stackTop uintptr) { call(fn, arg, stackTop) }
