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
`

func TestOpenInvokeCallback(t *testing.T) {
	if _, err := exec.LookPath("cc"); err != nil {
		t.Skip("no C compiler")
	}
	dir := t.TempDir()
	c := filepath.Join(dir, "t.c")
	so := filepath.Join(dir, "t.so")
	if err := os.WriteFile(c, []byte(testC), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("cc", "-O2", "-fPIC", "-shared", "-o", so, c).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	lib, err := Open(so)
	if err != nil {
		t.Fatal(err)
	}
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
