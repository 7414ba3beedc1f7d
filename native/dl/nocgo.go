//go:build !cgo

package dl

import (
	"errors"
	"unsafe"
)

// Without cgo nothing can be loaded; Open says so and the rest is inert,
// so that the repository still builds with CGO_ENABLED=0.

// Library is an open shared object.
type Library struct{}

// Open fails: this binary was built without cgo.
func Open(path string) (*Library, error) {
	return nil, errors.New("bytepy was built without cgo: %%native cannot load machine code")
}

// Sym returns 0.
func (l *Library) Sym(name string) uintptr { return 0 }

// InstallCallback does nothing.
func (l *Library) InstallCallback() bool { return false }

// Alloc returns Go memory (never passed to C without cgo).
func Alloc(n int) unsafe.Pointer { b := make([]byte, n); return unsafe.Pointer(&b[0]) }

// Free does nothing.
func Free(p unsafe.Pointer) {}

// Invoke panics: nothing can have been loaded.
func Invoke(fn uintptr, frame unsafe.Pointer) { panic("dl: no cgo") }

// Register and Unregister keep the API.
func Register(fn func(frame unsafe.Pointer)) uintptr { return 0 }

// Unregister does nothing.
func Unregister(h uintptr) {}

// DirectSupported is false without cgo.
const DirectSupported = false

// NewStack returns 0: there is nothing to call.
func NewStack() uintptr { return 0 }

// InvokeDirect panics: nothing can have been loaded.
func InvokeDirect(fn uintptr, frame unsafe.Pointer, stackTop uintptr) { panic("dl: no cgo") }
