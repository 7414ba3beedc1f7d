//go:build cgo

package run

/*
#include <signal.h>
#include <stdint.h>
#include <string.h>

static uint32_t *volatile bytepy_sigint_flag;
static struct sigaction bytepy_sigint_old;

// On SIGINT, set the interpreter's interrupt flag (an atomic.Bool, whose
// only word is the uint32 written here) and return: the eval loop
// raises KeyboardInterrupt at its next check, as with Interp.Interrupt.
static void bytepy_on_sigint(int sig) {
	uint32_t *f = bytepy_sigint_flag;
	if (f) {
		__atomic_store_n(f, 1, __ATOMIC_SEQ_CST);
	}
}

// 2 when SIGINT was ignored when the process started (nohup, a
// background job of a script): CPython then leaves it ignored.
static int bytepy_sigint_install(uintptr_t flag) {
	struct sigaction sa;
	if (sigaction(SIGINT, 0, &sa) == 0 && sa.sa_handler == SIG_IGN) {
		return 2;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = bytepy_on_sigint;
	// SA_ONSTACK: Go threads run handlers on their signal stacks, never
	// on a goroutine's small stack.
	sa.sa_flags = SA_ONSTACK | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	bytepy_sigint_flag = (uint32_t *)flag;
	return sigaction(SIGINT, &sa, &bytepy_sigint_old);
}

static void bytepy_sigint_remove(void) {
	sigaction(SIGINT, &bytepy_sigint_old, 0);
	bytepy_sigint_flag = 0;
}
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/bytepy/bytepy/interp/vm"
)

// sigintOwned is whether a run holds the C handler (sigintMu).
var (
	sigintMu    sync.Mutex
	sigintOwned bool
)

// interruptOnSIGINT makes SIGINT interrupt it (KeyboardInterrupt) until
// the returned stop is called. signal.Notify would start the runtime's
// signal-mask thread and its receiving goroutine and wait for the thread
// to run, the costliest step of an empty program's start-up; a C handler
// that sets the interpreter's interrupt flag does the same job with one
// sigaction call. The Go runtime's own handler is put back by stop. Only
// one run at a time can hold the C handler; another concurrent one uses
// os/signal.
func interruptOnSIGINT(it *vm.Interp) (stop func()) {
	sigintMu.Lock()
	defer sigintMu.Unlock()
	if sigintOwned {
		return interruptByNotify(it)
	}
	flag := uintptr(unsafe.Pointer(it.Thread().Interrupted))
	switch C.bytepy_sigint_install(C.uintptr_t(flag)) {
	case 0:
	case 2:
		return func() {}
	default:
		return interruptByNotify(it)
	}
	sigintOwned = true
	return func() {
		sigintMu.Lock()
		C.bytepy_sigint_remove()
		sigintOwned = false
		sigintMu.Unlock()
		// the flag lives in it, which must outlive the handler
		runtime.KeepAlive(it)
	}
}
