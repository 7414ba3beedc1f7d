package py

import "unsafe"

// mallocgc is the runtime's allocator. Reaching it by linkname is one of
// the uses the runtime keeps working on purpose ("hall of shame" in
// runtime/malloc.go: widely used packages call it this way); the public
// ways to uncleared memory (strings.Builder.Grow) cost more than the
// clearing they save.
//
//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer

// rawAlloc is a pointer-free block of size bytes that is not cleared.
// A caller writes every byte it will read, and writes pointer-typed
// fields in it as plain words first (see newStrBuf): the memory may hold
// stale pointers that a write barrier must never see as old values.
func rawAlloc(size uintptr) unsafe.Pointer { return mallocgc(size, nil, false) }
