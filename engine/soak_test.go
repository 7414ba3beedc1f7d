package engine

import (
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/bytepy/bytepy/kernel"
)

// soakCells is tests/kernel/soak.py's cycle of cells.
var soakCells = []string{
	"1+1",
	"x = [i for i in range(100)]",
	"print('hi')",
	"def f(a):\n    return a * 2\nf(21)",
	"1/0",
}

// discard is an Output that keeps nothing.
type discard struct{}

func (discard) Stream(string, string)                       {}
func (discard) Result(kernel.MimeBundle, kernel.MimeBundle) {}
func (discard) Display(kernel.Display)                      {}
func (discard) UpdateDisplay(kernel.Display)                {}
func (discard) ClearOutput(bool)                            {}
func (discard) Input(string, bool) (string, error)          { return "", kernel.ErrStdinNotAllowed }

// liveHeap is the heap's live bytes after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// soakHeapPerCell runs warmup then n cells of the soak's mix and
// returns the live heap the n cells added, in bytes per cell.
func soakHeapPerCell(store bool, warmup, n int) float64 {
	e := New()
	count := 0
	run := func(i int) {
		req := kernel.ExecuteRequest{Code: soakCells[i%len(soakCells)], StoreHistory: store, ExecutionCount: count + 1}
		if store {
			count++
		}
		e.Execute(req, discard{})
	}
	for i := 0; i < warmup; i++ {
		run(i)
	}
	before := liveHeap()
	for i := warmup; i < warmup+n; i++ {
		run(i)
	}
	after := liveHeap()
	runtime.KeepAlive(e)
	return float64(int64(after)-int64(before)) / float64(n)
}

// TestSoakHeapPerCell bounds what a stored cell keeps alive: the soak
// (tests/kernel/soak.py) needs a kernel's RSS flat within 10% over
// 10,000 cells that store history, and a stored cell of its mix keeps
// about 55 bytes (In's slot, the history's line, the lazy _iN name, Out
// filling up to its 1,000 entries), 0.5 MiB over the soak; 150 while
// _iN was an entry of its own. BYTEPY_SOAK_CELLS sets the count.
func TestSoakHeapPerCell(t *testing.T) {
	if testing.Short() {
		t.Skip("runs thousands of cells")
	}
	n := 10000
	if s := os.Getenv("BYTEPY_SOAK_CELLS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	for _, c := range []struct {
		store bool
		limit float64
	}{
		{false, 16},
		{true, 80},
	} {
		per := soakHeapPerCell(c.store, 200, n)
		t.Logf("store_history=%v: %.1f live bytes per cell over %d cells", c.store, per, n)
		if per > c.limit {
			t.Errorf("store_history=%v: %.1f live bytes per cell, want at most %.0f", c.store, per, c.limit)
		}
	}
}
