package kernel

import (
	"runtime/debug"
	"sync"
	"time"
)

// A kernel lives for days and spends most of them idle, so it runs with
// Go's default GOGC=100 rather than the GOGC=400 `bytepy run` picks for
// throughput (vm.BatchGC): a heap five times the live data would be held
// for the whole session. A cell that computes for a while gets the
// throughput setting after all, once it has run for longCell; when it
// ends, the kernel goes back to GOGC=100 and, after the reply is out,
// hands the memory the cell's garbage took back to the OS (a full
// collection and scavenge: a few milliseconds, paid only after such
// cells, never in the reply's path).
const (
	longCell      = 100 * time.Millisecond
	idleGCPercent = 100
	busyGCPercent = 400
)

// gcPolicy switches the collector between the two settings. The zero
// value does nothing (the user chose a GOGC, or a test runs the kernel).
type gcPolicy struct {
	enabled bool

	mu    sync.Mutex
	timer *time.Timer
	busy  bool
}

func newGCPolicy(enabled bool) *gcPolicy {
	if enabled {
		debug.SetGCPercent(idleGCPercent)
	}
	return &gcPolicy{enabled: enabled}
}

// cellStarted arms the switch to the throughput setting.
func (p *gcPolicy) cellStarted() {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.timer = time.AfterFunc(longCell, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.timer != nil {
			p.busy = true
			debug.SetGCPercent(busyGCPercent)
		}
	})
}

// cellEnded disarms the switch and reports whether the cell ran long
// enough to have had the throughput setting; then the caller should
// release memory once the reply is sent.
func (p *gcPolicy) cellEnded() (release bool) {
	if !p.enabled {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
		p.timer = nil
	}
	if !p.busy {
		return false
	}
	p.busy = false
	debug.SetGCPercent(idleGCPercent)
	return true
}

// release returns freed memory to the OS, off the executor's goroutine.
func (p *gcPolicy) release() { go debug.FreeOSMemory() }
