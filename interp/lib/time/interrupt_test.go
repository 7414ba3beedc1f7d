package timemod_test

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/vm"
)

// TestSleepInterrupt checks that Interrupt ends a long sleep with
// KeyboardInterrupt. The interrupt is re-sent until the program ends, so
// the test does not depend on when the sleep starts.
func TestSleepInterrupt(t *testing.T) {
	src := "import time\ntry:\n    time.sleep(600)\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
	co, err := compile.Compile([]byte(src), "<test>", "exec", 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	it := vm.New()
	it.Stdout = &out
	var done atomic.Bool
	go func() {
		for !done.Load() {
			it.Interrupt()
			time.Sleep(10 * time.Millisecond)
		}
	}()
	_, rerr := it.RunCode(co, it.NewModule("__main__").Dict)
	done.Store(true)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if out.String() != "interrupted\n" {
		t.Errorf("got %q", out.String())
	}
}
