package kernel

import (
	"runtime/debug"
	"sync"
	"time"
)

// A kernel lives for days and spends most of them idle, so it runs with
// GOGC=50 rather than the GOGC=400 `bytepy run` picks for throughput
// (vm.BatchGC): a heap five times the live data would be held for the
// whole session. Its live data is a few MiB, so collections are cheap
// and a quick cell allocates too little to trigger many. A cell that
// computes for a while gets the throughput setting after all, once it
// has run for longCell; when it ends, the kernel goes back to the idle
// setting.
//
// Go returns freed pages to the OS only slowly, so the kernel also hands
// them back itself (debug.FreeOSMemory: a full collection and scavenge,
// a few milliseconds on a kernel's heap, on a goroutine of its own once
// the reply is out, never in its path): after a long cell, after every
// releaseEvery cells, and when the kernel has been idle for idleRelease
// after running any.
const (
	longCell      = 100 * time.Millisecond
	idleGCPercent = 50
	busyGCPercent = 400
	releaseEvery  = 256
	idleRelease   = time.Second
)

// gcPolicy switches the collector between the two settings. The zero
// value does nothing (the user chose a GOGC, or a test runs the kernel).
type gcPolicy struct {
	enabled bool

	mu    sync.Mutex
	timer *time.Timer
	busy  bool
	// cells ran since memory was last released; idle fires idleRelease
	// after the last cell ended.
	cells int
	idle  *time.Timer
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
	if p.idle != nil {
		p.idle.Stop()
	}
	p.timer = time.AfterFunc(longCell, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.timer != nil {
			p.busy = true
			debug.SetGCPercent(busyGCPercent)
		}
	})
}

// cellEnded disarms the switch and reports whether the caller should
// release memory once the reply is sent: the cell ran long enough to
// have had the throughput setting, or releaseEvery cells have run since
// the last release. It arms the idle release otherwise.
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
	p.cells++
	if p.busy {
		p.busy = false
		debug.SetGCPercent(idleGCPercent)
		release = true
	}
	if release || p.cells >= releaseEvery {
		p.cells = 0
		return true
	}
	if p.idle == nil {
		p.idle = time.AfterFunc(idleRelease, p.idleFired)
	} else {
		p.idle.Reset(idleRelease)
	}
	return false
}

// idleFired releases memory if cells ran since the last release.
func (p *gcPolicy) idleFired() {
	p.mu.Lock()
	ran := p.cells > 0
	p.cells = 0
	p.mu.Unlock()
	if ran {
		debug.FreeOSMemory()
	}
}

// release returns freed memory to the OS, off the executor's goroutine.
func (p *gcPolicy) release() { go debug.FreeOSMemory() }
