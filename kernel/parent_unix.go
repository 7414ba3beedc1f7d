//go:build unix

package kernel

import (
	"context"
	"errors"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/rs/zerolog"
)

// watchParent stops the kernel when the process that started it dies.
// jupyter_client sets JPY_PARENT_PID for kernels it owns; a kernel whose
// frontend was killed would otherwise run, orphaned, forever. The parent
// is gone when that PID no longer exists, or when our own parent PID
// changes (we were reparented; this also covers a wrapper script between
// the two, and a parent that died before we started watching).
func watchParent(ctx context.Context, stop context.CancelFunc, log zerolog.Logger) {
	named, _ := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	ppid := os.Getppid()
	gone := func() bool {
		if named > 1 && errors.Is(syscall.Kill(named, 0), syscall.ESRCH) {
			return true
		}
		return os.Getppid() != ppid || (ppid == 1 && named != 1)
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		if gone() {
			log.Warn().Int("parent", named).Msg("parent process exited; shutting down")
			stop()
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
