//go:build cgo

// Package dl is the only cgo in bytepy: it opens a shared object built by
// %%native, finds its entry points, and calls them. Everything it touches
// lives in C memory (the call frames are calloc'd), so no Go pointer ever
// crosses into C and a call allocates nothing on the Go heap.
//
// An entry point has one C signature, void entry(bp_frame *), so a single
// trampoline serves every function: the Go side fills the frame's argument
// slots, calls, and reads slot 0 and the error record back.
package dl

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdlib.h>
#include <stdint.h>
#include <sys/mman.h>

typedef void (*bp_entry)(void *);

static void bp_invoke(uintptr_t fn, uintptr_t frame) { ((bp_entry)fn)((void *)frame); }

static uintptr_t bp_open(const char *path, const char **err) {
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) *err = dlerror();
	return (uintptr_t)h;
}

static uintptr_t bp_sym(uintptr_t h, const char *name) { return (uintptr_t)dlsym((void *)h, name); }

// bp_stack maps size bytes of stack with an inaccessible guard page below,
// so that running off its end faults instead of writing over the heap.
static uintptr_t bp_stack(size_t size, size_t guard) {
	char *p = mmap(0, size + guard, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (p == MAP_FAILED) return 0;
	if (mprotect(p, guard, PROT_NONE) != 0) { munmap(p, size + guard); return 0; }
	return (uintptr_t)(p + guard + size);
}

extern void bytepyNativeCallback(uintptr_t, void *);
typedef void (*bp_setter)(void (*)(uintptr_t, void *));
static void bp_install(uintptr_t setter) { ((bp_setter)setter)(bytepyNativeCallback); }
*/
import "C"

import (
	"errors"
	"unsafe"
)

// Library is an open shared object. It is never closed: functions taken
// from it may be held by the interpreter for the rest of the session.
type Library struct{ h C.uintptr_t }

// Open loads the shared object at path.
func Open(path string) (*Library, error) {
	cp := C.CString(path)
	defer C.free(unsafe.Pointer(cp))
	var msg *C.char
	h := C.bp_open(cp, &msg)
	if h == 0 {
		return nil, errors.New(C.GoString(msg))
	}
	return &Library{h}, nil
}

// Sym returns the address of an exported symbol, or 0.
func (l *Library) Sym(name string) uintptr {
	cn := C.CString(name)
	defer C.free(unsafe.Pointer(cn))
	return uintptr(C.bp_sym(l.h, cn))
}

// InstallCallback hands the library the address of the Go callback entry
// when it exports bp_set_callback (every %%native module does).
func (l *Library) InstallCallback() bool {
	setter := l.Sym("bp_set_callback")
	if setter == 0 {
		return false
	}
	C.bp_install(C.uintptr_t(setter))
	return true
}

// Alloc returns n zeroed bytes of C memory; Free releases them.
func Alloc(n int) unsafe.Pointer { return C.calloc(1, C.size_t(n)) }

// Free releases memory from Alloc.
func Free(p unsafe.Pointer) { C.free(p) }

// NewStack maps a C stack for InvokeDirect and returns its top (0 when
// direct calls are not supported or the mapping failed; InvokeDirect then
// uses cgo). It is never unmapped: the function it serves lives as long as
// the session.
func NewStack() uintptr {
	if !DirectSupported {
		return 0
	}
	return uintptr(C.bp_stack(StackSize, guardSize))
}

// Invoke calls entry point fn with a frame in C memory.
func Invoke(fn uintptr, frame unsafe.Pointer) {
	C.bp_invoke(C.uintptr_t(fn), C.uintptr_t(uintptr(frame)))
}
