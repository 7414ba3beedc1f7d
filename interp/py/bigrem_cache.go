package py

import "sync/atomic"

// The combining factor of remSplit, 2^(64m) mod d, costs a dozen
// hardware divides; a loop like `x = x // 3 + (x % 1000)` asks for the
// same few (m, d) pairs thousands of times in a row (m changes once per
// 4 words x loses). A small table keyed by d's low bits keeps the last
// factor per key; entries are immutable, swapped whole.

type powWordEntry struct {
	m int
	d uint64
	p uint64
}

var powWordCache [8]atomic.Pointer[powWordEntry]

// powWordModCached is powWordMod through the table.
func powWordModCached(m int, d uint64) uint64 {
	slot := &powWordCache[d&7]
	if e := slot.Load(); e != nil && e.m == m && e.d == d {
		return e.p
	}
	p := powWordMod(m, d)
	slot.Store(&powWordEntry{m, d, p})
	return p
}
