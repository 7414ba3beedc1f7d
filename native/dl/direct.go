//go:build cgo

package dl

import (
	"unsafe"

	"github.com/bytepy/bytepy/native/dl/direct"
)

// StackSize is the size of a stack from NewStack. Direct calls are only
// made for functions whose work is bounded (no recursion, no loops of
// unknown length, small local arrays), so they use a few frames of
// generated code and libm; calloc maps the pages lazily, so only what is
// touched costs memory.
const StackSize = 1 << 20

// DirectSupported reports whether InvokeDirect avoids cgo on this build.
const DirectSupported = direct.Supported

// NewStack allocates a C stack for InvokeDirect and returns its top (0
// when direct calls are not supported). It is never freed: the function
// it serves lives as long as the session.
func NewStack() uintptr {
	if !direct.Supported {
		return 0
	}
	return uintptr(Alloc(StackSize)) + StackSize
}

// InvokeDirect calls entry point fn like Invoke, but as a plain call on the
// C stack ending at stackTop (package direct) instead of through cgo: a few
// nanoseconds instead of a cgo crossing. The caller guarantees that the
// function's running time is bounded by a small constant, that it makes no
// callbacks, and that no other call is using the stack; see package direct
// for why.
func InvokeDirect(fn uintptr, frame unsafe.Pointer, stackTop uintptr) {
	if stackTop == 0 {
		Invoke(fn, frame)
		return
	}
	direct.Call(fn, uintptr(frame), stackTop)
}
