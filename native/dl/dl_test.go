//go:build cgo

package dl

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"unsafe"
)

const testC = `#include <stdint.h>
static void (*cb)(uintptr_t, void *);
void bp_set_callback(void (*f)(uintptr_t, void *)) { cb = f; }
void twice(int64_t *frame) { frame[0] *= 2; }
void call_back(int64_t *frame) { cb((uintptr_t)frame[1], frame); frame[0] += 1; }
void noop(int64_t *frame) {}
void deep(int64_t *frame) { volatile char buf[768 << 10]; buf[0] = 1; buf[sizeof buf - 1] = 2; frame[0] = buf[0] + buf[sizeof buf - 1]; }
/* snprintf of a double uses aligned SSE stores on the stack: a misaligned
   stack crashes here. The asm dirties X15, Go's zero register. */
void format(int64_t *frame) {
	char buf[64];
	double d;
	memcpy(&d, &frame[1], 8);
	frame[0] = snprintf(buf, sizeof buf, "%.3f|%g", d, d * 2);
#if defined(__x86_64__)
	__asm__ volatile("pcmpeqd %%xmm15, %%xmm15" ::: "xmm15");
#endif
}
`

// testLib builds testC into a shared object and opens it.
func testLib(tb testing.TB) *Library {
	if _, err := exec.LookPath("cc"); err != nil {
		tb.Skip("no C compiler")
	}
	dir := tb.TempDir()
	c := filepath.Join(dir, "t.c")
	so := filepath.Join(dir, "t.so")
	if err := os.WriteFile(c, []byte("#include <stdio.h>\n#include <string.h>\n"+testC), 0o644); err != nil {
		tb.Fatal(err)
	}
	if out, err := exec.Command("cc", "-O2", "-fPIC", "-shared", "-o", so, c).CombinedOutput(); err != nil {
		tb.Fatalf("%v: %s", err, out)
	}
	lib, err := Open(so)
	if err != nil {
		tb.Fatal(err)
	}
	return lib
}

func TestOpenInvokeCallback(t *testing.T) {
	lib := testLib(t)
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing.so")); err == nil {
		t.Error("opening a missing file succeeded")
	}
	frame := Alloc(64)
	defer Free(frame)
	slots := (*[8]int64)(frame)
	slots[0] = 21
	Invoke(lib.Sym("twice"), frame)
	if slots[0] != 42 {
		t.Fatalf("twice: %d", slots[0])
	}
	if !lib.InstallCallback() {
		t.Fatal("no bp_set_callback")
	}
	h := Register(func(f unsafe.Pointer) { (*[8]int64)(f)[0] = 100 })
	defer Unregister(h)
	slots[1] = int64(h)
	Invoke(lib.Sym("call_back"), frame)
	if slots[0] != 101 {
		t.Fatalf("callback: %d", slots[0])
	}
	if lib.Sym("nonexistent") != 0 {
		t.Error("found a missing symbol")
	}
}

// TestInvokeDirect: the cgo-free call passes the frame, keeps the stack
// aligned for C, and leaves Go's registers usable (X15 is dirtied by the
// C side and must read as zero again, which float code after the call
// relies on).
func TestInvokeDirect(t *testing.T) {
	lib := testLib(t)
	frame := Alloc(64)
	defer Free(frame)
	slots := (*[8]int64)(frame)
	stack := NewStack()
	for _, direct := range []bool{false, true} {
		x := 1.5
		*(*float64)(unsafe.Pointer(&slots[1])) = x
		slots[0] = 0
		if direct {
			InvokeDirect(lib.Sym("format"), frame, stack)
		} else {
			Invoke(lib.Sym("format"), frame)
		}
		if slots[0] != int64(len("1.500|3")) {
			t.Errorf("direct=%v: format wrote %d bytes", direct, slots[0])
		}
		var zero [4]float64
		if y := x*2 + zero[1]; y != 3 {
			t.Errorf("direct=%v: float arithmetic after the call: %v", direct, y)
		}
		slots[0] = 21
		if direct {
			InvokeDirect(lib.Sym("twice"), frame, stack)
		} else {
			Invoke(lib.Sym("twice"), frame)
		}
		if slots[0] != 42 {
			t.Errorf("direct=%v: twice: %d", direct, slots[0])
		}
	}
	// most of the direct stack is usable
	InvokeDirect(lib.Sym("deep"), frame, stack)
	if slots[0] != 3 {
		t.Errorf("deep: %d", slots[0])
	}
}

func BenchmarkInvoke(b *testing.B) {
	lib := testLib(b)
	fn, frame := lib.Sym("noop"), Alloc(64)
	for b.Loop() {
		Invoke(fn, frame)
	}
}

func BenchmarkInvokeDirect(b *testing.B) {
	lib := testLib(b)
	fn, frame, stack := lib.Sym("noop"), Alloc(64), NewStack()
	for b.Loop() {
		InvokeDirect(fn, frame, stack)
	}
}
