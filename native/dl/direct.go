//go:build cgo

package dl

import (
	"unsafe"

	"github.com/bytepy/bytepy/native/dl/direct"
)

// StackSize is the size of a stack from NewStack. Direct calls are only
// made for functions whose work is bounded (no recursion, no loops of
// unknown length, small local arrays), so they use a few frames of
// generated code and libm; the pages are mapped lazily, so only what is
// touched costs memory, and a guard page below faults on overflow.
const StackSize = 1 << 20

const guardSize = 64 << 10 // covers a page of any size Linux uses

// DirectSupported reports whether InvokeDirect avoids cgo on this build.
const DirectSupported = direct.Supported

// InvokeDirect calls entry point fn like Invoke, but as a plain call on the
// C stack ending at stackTop (from NewStack, not 0) instead of through cgo
// (package direct): a few nanoseconds instead of a cgo crossing. The caller
// guarantees that the function's running time is bounded by a small
// constant, that it makes no callbacks, and that no other call is using the
// stack; see package direct for why.
func InvokeDirect(fn uintptr, frame unsafe.Pointer, stackTop uintptr) {
	direct.Call(fn, uintptr(frame), stackTop)
}
