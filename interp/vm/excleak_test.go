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
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	it := vm.New()
	var out bytes.Buffer
	it.Stdout = &out
	if _, err := run(t, it, src, "<leak>", "exec"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "120000\n" {
		t.Fatalf("output %q", got)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(it)
	// 60000 handled exceptions with their records are some 20 MB
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 4<<20 {
		t.Errorf("heap grew by %d bytes after the loop", grew)
	}
}
