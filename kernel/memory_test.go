package kernel

import (
	"runtime/debug"
	"testing"
	"time"
)

func TestGCPolicy(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	tests := []struct {
		name    string
		enabled bool
		long    bool // the cell outlives longCell
		release bool
	}{
		{"disabled", false, false, false},
		{"short cell", true, false, false},
		{"long cell", true, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newGCPolicy(tt.enabled)
			p.cellStarted()
			if tt.long {
				// Wait for the switch itself rather than for a time.
				for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
					p.mu.Lock()
					busy := p.busy
					p.mu.Unlock()
					if busy || time.Now().After(deadline) {
						break
					}
				}
				if got := debug.SetGCPercent(busyGCPercent); got != busyGCPercent {
					t.Errorf("GOGC during a long cell = %d, want %d", got, busyGCPercent)
				}
			}
			if got := p.cellEnded(); got != tt.release {
				t.Errorf("cellEnded = %v, want %v", got, tt.release)
			}
			if got := debug.SetGCPercent(100); tt.enabled && got != idleGCPercent {
				t.Errorf("GOGC after the cell = %d, want %d", got, idleGCPercent)
			}
		})
	}
}

// TestGCPolicyReleasesEvery checks that quick cells release memory once
// every releaseEvery of them.
func TestGCPolicyReleasesEvery(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	p := newGCPolicy(true)
	var releases []int
	for i := 1; i <= 2*releaseEvery; i++ {
		p.cellStarted()
		if p.cellEnded() {
			releases = append(releases, i)
		}
	}
	if len(releases) != 2 || releases[0] != releaseEvery || releases[1] != 2*releaseEvery {
		t.Errorf("released after cells %v, want %d and %d", releases, releaseEvery, 2*releaseEvery)
	}
	p.cellStarted() // stops the idle timer
}

// TestIdlePercent checks that the idle GOGC keeps the heap goal near
// idleBudget as the live data grows, within its bounds.
func TestIdlePercent(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		live, roots uint64
		want        int
	}{
		{0, 0, idleGCPercent},
		{1 * mib, 0, idleGCPercent},
		{2 * mib, mib, idleGCPercent}, // 83
		{3 * mib, mib, 37},
		{4 * mib, mib, minIdleGCPercent}, // 10
		{idleBudget, mib, minIdleGCPercent},
		{1 << 34, mib, minIdleGCPercent},
	}
	for _, tt := range tests {
		if got := idlePercent(tt.live, tt.live+tt.roots); got != tt.want {
			t.Errorf("idlePercent(%d, %d) = %d, want %d", tt.live, tt.live+tt.roots, got, tt.want)
		}
	}
}

// TestGCPolicyFollowsLiveData checks that cellEnded moves the idle GOGC
// with the live data, and only when it moves by more than a little.
func TestGCPolicyFollowsLiveData(t *testing.T) {
	const mib = 1 << 20
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	p := newGCPolicy(true)
	defer p.cellStarted() // stops the idle timer
	tests := []struct {
		live uint64
		want int
	}{
		{1 * mib, idleGCPercent},
		{3 * mib, 37},
		{3*mib + mib/32, 37}, // 36: too small a move
		{4 * mib, minIdleGCPercent},
		{1 * mib, idleGCPercent},
	}
	for _, tt := range tests {
		p.heap = func() (uint64, uint64) { return tt.live, tt.live + mib }
		p.cellStarted()
		p.cellEnded()
		if got := debug.SetGCPercent(-1); got != tt.want {
			t.Errorf("live %d: GOGC %d, want %d", tt.live, got, tt.want)
		}
		debug.SetGCPercent(p.percent)
	}
}

// TestGCPolicyFreedLarge checks that a cell that dropped a large block
// releases memory once it ends, and the next cell does not.
func TestGCPolicyFreedLarge(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	p := newGCPolicy(true)
	defer p.cellStarted() // stops the idle timer
	for i, freed := range []bool{false, true, false} {
		p.cellStarted()
		if freed {
			FreedLarge()
		}
		if got := p.cellEnded(); got != freed {
			t.Errorf("cell %d (FreedLarge %v): release %v", i, freed, got)
		}
	}
}
