package wire

import (
	"hash/maphash"
	"sync"
)

// DefaultReplayHistory is how many signatures are remembered; it is
// jupyter_client's Session.digest_history_size.
const DefaultReplayHistory = 1 << 16

// ReplayGuard remembers the signatures of recent messages so that a
// captured message sent again is refused. Once full, the oldest signature
// is forgotten first (a ring beside a set), which keeps the window of
// protection exact rather than jupyter_client's random culling.
//
// A signature is remembered as a 64-bit keyed hash of it, not as its 64
// hex digits. Only signatures that verified reach the guard, and a
// frontend cannot choose an HMAC, so two different messages share a hash
// with odds of one in 2^64 per pair; the seed is random per process, so
// collisions cannot be computed ahead.
//
// All memory is allocated and touched when the guard is made (1.5 MiB for
// the default size: the ring, and an open-addressing set at most half
// full), so a kernel's footprint does not creep up with its traffic; a Go
// map would grow, and leave its old buckets to the collector, as messages
// arrive. The arrays hold no pointers, so the collector never scans them.
type ReplayGuard struct {
	mu    sync.Mutex
	seed  maphash.Seed
	slots []uint64 // linear probing; 0 is an empty slot
	mask  uint64
	ring  []uint64 // the remembered keys in arrival order
	next  int      // where the next key goes in ring
	n     int      // keys remembered
}

// NewReplayGuard returns a guard that remembers the last size signatures.
func NewReplayGuard(size int) *ReplayGuard {
	size = max(size, 1)
	nslots := 2
	for nslots < 2*size {
		nslots <<= 1
	}
	g := &ReplayGuard{seed: maphash.MakeSeed(), slots: make([]uint64, nslots), mask: uint64(nslots - 1), ring: make([]uint64, size)}
	// Fresh pages are mapped lazily; writing them now makes the guard's
	// cost part of the kernel's size at start instead of growth later.
	touch(g.slots)
	touch(g.ring)
	return g
}

// touch writes one word of every page of s.
func touch(s []uint64) {
	for i := 0; i < len(s); i += 512 {
		s[i] = 0
	}
}

// Check records sig and reports whether it is new. A signature seen before
// is a replay and is not recorded again.
func (g *ReplayGuard) Check(sig []byte) bool {
	key := maphash.Bytes(g.seed, sig)
	if key == 0 {
		key = 1 // 0 marks an empty slot
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	i := key & g.mask
	for g.slots[i] != 0 {
		if g.slots[i] == key {
			return false
		}
		i = (i + 1) & g.mask
	}
	if g.n == len(g.ring) {
		// Evicting may shift keys back into the run ahead of i, so the
		// free slot is looked for again afterwards.
		g.remove(g.ring[g.next])
		for i = key & g.mask; g.slots[i] != 0; i = (i + 1) & g.mask {
		}
	} else {
		g.n++
	}
	g.slots[i] = key
	g.ring[g.next] = key
	g.next++
	if g.next == len(g.ring) {
		g.next = 0
	}
	return true
}

// remove deletes key from the set by backward shifting: each key after
// the hole in its probe run moves back into it when the hole lies between
// the key's home slot and where it sits, so no tombstones accumulate.
func (g *ReplayGuard) remove(key uint64) {
	i := key & g.mask
	for g.slots[i] != key {
		if g.slots[i] == 0 {
			return // removed already, or never stored (a removed slot was reused)
		}
		i = (i + 1) & g.mask
	}
	hole := i
	for {
		i = (i + 1) & g.mask
		k := g.slots[i]
		if k == 0 {
			break
		}
		home := k & g.mask
		// k may fill the hole if its home is not in the cyclic range
		// (hole, i].
		if (i-home)&g.mask >= (i-hole)&g.mask {
			g.slots[hole] = k
			hole = i
		}
	}
	g.slots[hole] = 0
}

// Len is how many signatures are remembered now.
func (g *ReplayGuard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.n
}
