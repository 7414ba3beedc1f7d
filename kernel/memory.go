package kernel

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// A kernel lives for days and spends most of them idle, so it runs with
// GOGC=50 rather than the GOGC=400 `bytepy run` picks for throughput
// (vm.BatchGC): a heap five times the live data would be held for the
// whole session. Its live data is a few MiB, so collections are cheap
// and a quick cell allocates too little to trigger many.
//
// What a session keeps grows with it (every stored cell keeps its In[n],
// and its _iN once something looks at it), and a heap goal half as much again as the live data would
// hold half as much again in RSS. An idle kernel instead keeps its heap
// goal within idleBudget, about what GOGC=50 gives a fresh kernel: as
// the live data grows, the idle GOGC goes down (idlePercent), so the
// collector runs more often rather than the heap growing faster than the
// data, down to minIdleGCPercent, below which collections would cost
// more than the memory they save.
//
// A cell that computes for a while gets the throughput setting after
// all, once it has run for longCell; when it ends, the kernel goes back
// to the idle setting.
//
// Go returns freed pages to the OS only slowly, so the kernel also hands
// them back itself (debug.FreeOSMemory: a full collection and scavenge,
// a few milliseconds on a kernel's heap, on a goroutine of its own once
// the reply is out, never in its path): after a long cell, after a cell
// that dropped a large block (FreedLarge), after every releaseEvery
// cells, and when the kernel has been idle for idleRelease after running
// any.
const (
	longCell         = 100 * time.Millisecond
	idleGCPercent    = 50
	minIdleGCPercent = 25
	idleBudget       = 9 << 19 // 4.5 MiB
	busyGCPercent    = 400
	releaseEvery     = 256
	idleRelease      = time.Second
)

// idlePercent is the idle GOGC for a heap of live bytes whose collector
// scans scanned bytes (live heap, stacks, globals: Go's heap goal is the
// live heap plus GOGC percent of those): the heap goal is idleBudget,
// with GOGC between minIdleGCPercent and idleGCPercent.
func idlePercent(live, scanned uint64) int {
	if scanned == 0 {
		return idleGCPercent
	}
	var p uint64
	if live < idleBudget {
		p = (idleBudget - live) * 100 / scanned
	}
	return int(min(max(p, minIdleGCPercent), idleGCPercent))
}

// gcHeap reads what idlePercent needs from the runtime's metrics (as of
// the last collection; reading them stops nothing).
func gcHeap() (live, scanned uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/globals:bytes"}, {Name: "/gc/scan/stack:bytes"}}
	metrics.Read(s)
	for i, x := range s {
		if x.Value.Kind() == metrics.KindUint64 {
			if i == 0 {
				live = x.Value.Uint64()
			}
			scanned += x.Value.Uint64()
		}
	}
	return live, scanned
}

// freedLarge is set by FreedLarge, for the cell being run.
var freedLarge atomic.Bool

// FreedLarge tells the kernel that the cell being run dropped a large
// block it had kept for long (an engine's namespace table or In list,
// moved to a bigger or tighter one): the kernel hands the freed memory
// back once the reply is out, as after a long cell, rather than holding
// it until its next periodic release.
func FreedLarge() { freedLarge.Store(true) }

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
	// percent is the idle GOGC in force; scanned is where it comes from
	// (a test sets it).
	percent int
	heap    func() (live, scanned uint64)
}

func newGCPolicy(enabled bool) *gcPolicy {
	if enabled {
		// (heap profile sampling is already off: internal/earlyinit)
		debug.SetGCPercent(idleGCPercent)
	}
	return &gcPolicy{enabled: enabled, percent: idleGCPercent, heap: gcHeap}
}

// setIdle puts the idle GOGC for the heap as the last collection left
// it; mu is held. The setting changes only when it moves by a few
// points, so a steady kernel does not reset it every cell.
func (p *gcPolicy) setIdle(force bool) {
	want := idlePercent(p.heap())
	if force || want > p.percent+2 || want < p.percent-2 || (want != p.percent && (want == minIdleGCPercent || want == idleGCPercent)) {
		p.percent = want
		debug.SetGCPercent(want)
	}
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
		release = true
	}
	if freedLarge.Swap(false) {
		release = true
	}
	p.setIdle(release)
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
