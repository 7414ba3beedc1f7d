//go:build cgo

package dl

// #include <stdint.h>
import "C"

import (
	"sync"
	"unsafe"
)

// The callback hook: native code that needs the interpreter (a call of a
// Python object, say) calls back through bp_callback(handle, frame), which
// lands in bytepyNativeCallback and from there in the Go function
// registered under handle. The frame carries arguments and the result as in
// a forward call. Generated code does not use it yet (cgen keeps functions
// that touch Python objects interpreted); the plumbing is here and tested so
// that cgen can start emitting calls without touching cgo.

var (
	cbMu   sync.RWMutex
	cbs            = map[uintptr]func(frame unsafe.Pointer){}
	cbNext uintptr = 1
)

// Register makes fn callable from native code under the returned handle.
func Register(fn func(frame unsafe.Pointer)) uintptr {
	cbMu.Lock()
	defer cbMu.Unlock()
	h := cbNext
	cbNext++
	cbs[h] = fn
	return h
}

// Unregister forgets a handle.
func Unregister(h uintptr) {
	cbMu.Lock()
	delete(cbs, h)
	cbMu.Unlock()
}

//export bytepyNativeCallback
func bytepyNativeCallback(h C.uintptr_t, frame unsafe.Pointer) {
	cbMu.RLock()
	fn := cbs[uintptr(h)]
	cbMu.RUnlock()
	if fn != nil {
		fn(frame)
	}
}
