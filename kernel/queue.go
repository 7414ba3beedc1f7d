package kernel

import (
	"context"
	"sync"

	"github.com/bytepy/bytepy/kernel/wire"
)

// queue holds shell requests between the shell reader and the executor.
// It is a slice rather than a channel because stop_on_error must pull the
// waiting execute requests out of the middle of it.
type queue struct {
	mu    sync.Mutex
	items []*wire.Message
	ready chan struct{} // has a token whenever items may be non-empty
}

func newQueue() *queue { return &queue{ready: make(chan struct{}, 1)} }

func (q *queue) push(m *wire.Message) {
	q.mu.Lock()
	q.items = append(q.items, m)
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// pop waits for the oldest request; nil means ctx ended.
func (q *queue) pop(ctx context.Context) *wire.Message {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			m := q.items[0]
			q.items[0] = nil
			q.items = q.items[1:]
			q.mu.Unlock()
			return m
		}
		q.mu.Unlock()
		select {
		case <-q.ready:
		case <-ctx.Done():
			return nil
		}
	}
}

// take removes and returns, in order, every waiting request of msgType.
func (q *queue) take(msgType string) []*wire.Message {
	q.mu.Lock()
	defer q.mu.Unlock()
	var taken, kept []*wire.Message
	for _, m := range q.items {
		if m.Header.MsgType == msgType {
			taken = append(taken, m)
		} else {
			kept = append(kept, m)
		}
	}
	q.items = kept
	return taken
}
