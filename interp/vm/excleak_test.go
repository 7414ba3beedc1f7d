package vm_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/bytepy/bytepy/interp/vm"
)

// TestHandledExceptionsFreed runs loops that raise and handle exceptions
// whose records come from batches (frameobj.go, py's excalloc.go) and
// checks that what they made is garbage afterwards: records and
// exceptions pointing into each other's batches once kept every batch
// alive. The loops differ in which batches advance per iteration, so
// the streams get out of step.
func TestHandledExceptionsFreed(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready")
	}
	const src = `
class AppError(Exception):
    pass
def risky(i):
    r = i % 3
    if r == 0:
        return {}["missing"]
    if r == 1:
        raise AppError(i)
    return 10 // (i - i)
def main():
    fin = 0
    for i in range(60000):
        try:
            v = risky(i)
        except AppError as e:
            fin += 1
        except (KeyError, IndexError):
            fin += 2
        except ZeroDivisionError:
            fin += 3
    print(fin)
main()
`
	heapGrowth(t, src, "120000\n")
}

// TestChainedExceptionsFreed is TestHandledExceptionsFreed for exceptions
// raised while handling another: each __context__ points at the
// exception made just before it, from the same batch or the one before,
// and with pairs in a batch of even size every batch pointed into the
// one before in one of the two parities, which the two runs try (the
// batch outlives a run).
func TestChainedExceptionsFreed(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready")
	}
	const src = `
def f(i):
    try:
        return {}[i]
    except KeyError:
        raise ValueError("v")
def main():
    n = 0
    for i in range(40000):
        try:
            f(i)
        except ValueError:
            n += 1
    return n
print(main())
`
	heapGrowth(t, src, "40000\n")
	heapGrowth(t, "try:\n    {}[0]\nexcept KeyError:\n    pass\n"+src, "40000\n")
}

// heapGrowth runs src and fails when it leaves more than 4 MB of heap
// behind.
func heapGrowth(t *testing.T, src, want string) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	it := vm.New()
	var out bytes.Buffer
	it.Stdout = &out
	if _, err := run(t, it, src, "<leak>", "exec"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != want {
		t.Fatalf("output %q", got)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(it)
	// the loops' exceptions with their records are some 20 MB
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 4<<20 {
		t.Errorf("heap grew by %d bytes after the loop", grew)
	}
}
