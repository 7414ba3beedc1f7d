package wire

import (
	"hash/maphash"
	"sync"
)

// DefaultReplayHistory is how many signatures are remembered; it is
// jupyter_client's Session.digest_history_size.
const DefaultReplayHistory = 1 << 16

// ReplayGuard remembers the signatures of recent messages so that a
// captured message sent again is refused. Memory is bounded: once full, the
// oldest signature is forgotten first (a ring over a set), which keeps the
// window of protection exact rather than jupyter_client's random culling.
//
// A signature is remembered as a 64-bit keyed hash of it, not as its 64
// hex digits: 16 bytes a message instead of about 150 (a full history
// costs 1.5 MB instead of 10), and the table grows with the traffic rather
// than being allocated whole when the kernel starts. Only signatures that
// verified reach the guard, and a frontend cannot choose an HMAC, so two
// different messages share a hash with odds of one in 2^64 per pair; the
// seed is random per process, so the collisions cannot be computed ahead.
type ReplayGuard struct {
	mu   sync.Mutex
	seed maphash.Seed
	seen map[uint64]struct{}
	ring []uint64 // the remembered hashes, oldest at next once full
	next int
	size int
}

// NewReplayGuard returns a guard that remembers the last size signatures.
func NewReplayGuard(size int) *ReplayGuard {
	if size < 1 {
		size = 1
	}
	return &ReplayGuard{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}, size: size}
}

// Check records sig and reports whether it is new. A signature seen before
// is a replay and is not recorded again.
func (g *ReplayGuard) Check(sig []byte) bool {
	key := maphash.Bytes(g.seed, sig)
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, dup := g.seen[key]; dup {
		return false
	}
	if len(g.ring) < g.size {
		g.ring = append(g.ring, key)
	} else {
		delete(g.seen, g.ring[g.next])
		g.ring[g.next] = key
		g.next = (g.next + 1) % g.size
	}
	g.seen[key] = struct{}{}
	return true
}

// Len is how many signatures are remembered now.
func (g *ReplayGuard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.seen)
}
