package wire

import "sync"

// DefaultReplayHistory is how many signatures are remembered; it is
// jupyter_client's Session.digest_history_size.
const DefaultReplayHistory = 1 << 16

// ReplayGuard remembers the signatures of recent messages so that a
// captured message sent again is refused. Memory is bounded: once full, the
// oldest signature is forgotten first (a ring over a set), which keeps the
// window of protection exact rather than jupyter_client's random culling.
type ReplayGuard struct {
	mu   sync.Mutex
	seen map[string]struct{}
	ring []string
	next int
}

// NewReplayGuard returns a guard that remembers the last size signatures.
func NewReplayGuard(size int) *ReplayGuard {
	if size < 1 {
		size = 1
	}
	return &ReplayGuard{seen: make(map[string]struct{}, size), ring: make([]string, size)}
}

// Check records sig and reports whether it is new. A signature seen before
// is a replay and is not recorded again.
func (g *ReplayGuard) Check(sig []byte) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	key := string(sig)
	if _, dup := g.seen[key]; dup {
		return false
	}
	if old := g.ring[g.next]; old != "" {
		delete(g.seen, old)
	}
	g.ring[g.next] = key
	g.seen[key] = struct{}{}
	g.next = (g.next + 1) % len(g.ring)
	return true
}

// Len is how many signatures are remembered now.
func (g *ReplayGuard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.seen)
}
