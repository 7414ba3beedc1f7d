package vm

import (
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"
)

// The Go heap on transparent huge pages.
//
// Every 4 KiB page of fresh heap a program touches costs a page fault. On
// the paravirtualised machines this project runs on, a fault costs about
// 11 µs (a native one well under 1 µs): wordcount's 17K faults were 0.19 s
// of its 0.47 s. A 2 MiB huge page is one fault for 512 such pages. Where
// the system's THP mode is "madvise" (Debian's and Ubuntu's default), Go
// does not ask for huge pages for its heap, so `bytepy run` does, once the
// program has shown it allocates:
//
//   - The first collection comes early (GOGC=hugeFirstPercent, after about
//     2 MB), so a program that allocates little never gets this far.
//   - After it, BatchGC's GOGC=400 takes over, and one hugeReserve-byte
//     garbage object makes the runtime map that much new heap in one
//     piece. Everything from the first heap chunk to its end is advised
//     MADV_HUGEPAGE, and a collection hands its pages back to the page
//     allocator, which gives out the lowest free addresses first.
//
// A huge page costs 0.25 µs per 4 KiB when the machine's memory is warm
// and about 7 µs when the host has taken it back (the guest reports free
// memory to the host after a second or two), against 11 µs for a 4 KiB
// fault either way; so it only loses where a program touches a small part
// of one. Filling the reserve ahead of the program from the idle core
// (MADV_POPULATE_WRITE) was tried and did not pay.
//
// Advice belongs to the mapping, not to the pages, so it holds when the
// runtime reuses or scavenges the range. It has to be given after the
// runtime maps the range: the runtime maps heap growth with MAP_FIXED over
// address space it has only reserved, which drops advice given earlier.
//
// The kernel does not do this (its heap policy is kernel/memory.go's).
// GODEBUG=disablethp=1, Go's own switch for heap huge pages, turns it off,
// as does BYTEPY_HUGEHEAP=0.

const (
	hugeFirstPercent = 50 // the first collection after about 2 MB
	hugeReserve      = 128 << 20
	hugePage         = 2 << 20
	heapChunk        = 4 << 20 // the runtime's pallocChunkBytes
	madvHuge         = 14      // MADV_HUGEPAGE
)

// hugeSentinel's finalizer runs after the first collection. (It holds a
// pointer so that the tiny allocator, whose blocks can outlive their
// objects, does not place it.)
type hugeSentinel struct {
	p    *int
	base uintptr
}

// hugeHeap arms the huge-page heap and reports whether it did. gcPercent
// is the GOGC to set after the first collection, or -1 to leave the
// user's.
func hugeHeap(gcPercent int) bool {
	mode, _ := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if !hugeWanted(os.Getenv("GODEBUG"), os.Getenv("BYTEPY_HUGEHEAP"), string(mode)) {
		return false
	}
	s := &hugeSentinel{}
	s.base = uintptr(unsafe.Pointer(s)) &^ (heapChunk - 1)
	runtime.SetFinalizer(s, func(s *hugeSentinel) {
		if gcPercent >= 0 {
			debug.SetGCPercent(gcPercent)
		}
		reserveHuge(s.base)
	})
	if gcPercent >= 0 {
		debug.SetGCPercent(hugeFirstPercent)
	}
	return true
}

// hugeWanted reports whether to advise huge pages, given $GODEBUG,
// $BYTEPY_HUGEHEAP and the system's THP mode: "always" needs no advice,
// and "never" ignores it.
func hugeWanted(godebug, env, mode string) bool {
	for _, kv := range strings.Split(godebug, ",") {
		if kv == "disablethp=1" {
			return false
		}
	}
	return env != "0" && strings.Contains(mode, "[madvise]")
}

// reserveHuge maps hugeReserve bytes of heap as one piece, advises it and
// everything below it down to base, and collects it.
func reserveHuge(base uintptr) {
	b := make([]byte, hugeReserve)
	end := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + hugeReserve
	b = nil
	madviseHuge(base, end)
	runtime.GC()
}

// madviseHuge advises the whole huge pages in [lo, hi). Holes in the range
// (address space the runtime has not reserved) make madvise report ENOMEM
// but do not stop it advising the mappings around them.
func madviseHuge(lo, hi uintptr) {
	if lo, hi = hugeRange(lo, hi); lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvHuge)
	}
}

// hugeRange is the run of whole huge pages inside [lo, hi); empty (lo >=
// hi) when there is none. Advising part of a huge page would split the
// mapping for nothing.
func hugeRange(lo, hi uintptr) (uintptr, uintptr) {
	return (lo + hugePage - 1) &^ (hugePage - 1), hi &^ (hugePage - 1)
}
