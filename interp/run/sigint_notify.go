package run

import (
	"os"
	"os/signal"
	"sync"

	"github.com/bytepy/bytepy/interp/vm"
)

// interruptByNotify makes SIGINT interrupt it (KeyboardInterrupt) until
// the returned stop is called, through os/signal. signal.Notify's first
// call starts the runtime's signal thread and waits until that thread has
// run, the slowest step of an empty program's start-up (about half a
// millisecond of wall time, more on a busy machine), so it is done on a
// goroutine of its own while the program starts; a SIGINT in the few
// hundred microseconds before it is in place ends the process as an
// unhandled SIGINT does.
func interruptByNotify(it *vm.Interp) (stop func()) {
	if signal.Ignored(os.Interrupt) {
		// ignored when the process started: CPython leaves it so
		return func() {}
	}
	var (
		mu       sync.Mutex
		stopped  bool
		notified bool
	)
	sig := make(chan os.Signal, 1)
	go func() {
		mu.Lock()
		if !stopped {
			signal.Notify(sig, os.Interrupt)
			notified = true
		}
		mu.Unlock()
		for range sig {
			it.Interrupt()
		}
	}()
	return func() {
		mu.Lock()
		stopped = true
		if notified {
			signal.Stop(sig)
		}
		mu.Unlock()
	}
}
