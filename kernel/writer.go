package kernel

import (
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/rs/zerolog"
)

// writer owns the sending side of one socket: everything sent on it goes
// through its channel, so frames from different goroutines never
// interleave and leave in the order they were handed over.
type writer struct {
	name string
	sock zmq4.Socket
	ch   chan writeItem
	log  zerolog.Logger
	done <-chan struct{}

	// direct writers send on the caller's goroutine, under mu, instead of
	// through ch: for iopub, whose zmq4 PUB socket only queues (it never
	// blocks, dropping past the high-water mark instead), a goroutine of
	// our own in front of it was one more hand-off in every message's path.
	direct bool
	mu     sync.Mutex
}

// A writeItem is a message to send, or (frames nil) a marker whose channel
// is closed once everything before it has been sent.
type writeItem struct {
	frames [][]byte
	sent   chan struct{}
}

// writerQueue bounds how far producers may run ahead of the socket; a full
// queue blocks the producer, which is the back-pressure that keeps a
// printing loop from eating memory.
const writerQueue = 1024

func (k *Kernel) startWriter(name string, s zmq4.Socket) *writer {
	w := &writer{name: name, sock: s, ch: make(chan writeItem, writerQueue), log: k.log, done: k.ctx.Done()}
	go w.run()
	return w
}

// directWriter is a writer for a socket whose Send never blocks.
func (k *Kernel) directWriter(name string, s zmq4.Socket) *writer {
	return &writer{name: name, sock: s, log: k.log, done: k.ctx.Done(), direct: true}
}

func (w *writer) run() {
	for {
		select {
		case <-w.done:
			return
		case it := <-w.ch:
			if it.frames == nil {
				close(it.sent)
				continue
			}
			w.sendNow(it.frames)
		}
	}
}

func (w *writer) sendNow(frames [][]byte) {
	var err error
	if len(frames) == 1 {
		err = w.sock.Send(zmq4.NewMsg(frames[0]))
	} else {
		err = w.sock.SendMulti(zmq4.NewMsgFrom(frames...))
	}
	if err != nil {
		w.log.Warn().Err(err).Str("socket", w.name).Msg("send failed")
	}
}

// send queues frames; it gives up only when the kernel is stopping.
func (w *writer) send(frames [][]byte) {
	if w.direct {
		select {
		case <-w.done:
			return
		default:
		}
		w.mu.Lock()
		w.sendNow(frames)
		w.mu.Unlock()
		return
	}
	select {
	case w.ch <- writeItem{frames: frames}:
	case <-w.done:
	}
}

// drain waits, at most d, until everything queued so far has been sent.
func (w *writer) drain(d time.Duration) {
	if w == nil {
		return
	}
	if w.direct {
		// Whatever was handed over is with zmq4 already once no send is
		// in progress.
		w.mu.Lock()
		w.mu.Unlock()
		return
	}
	it := writeItem{sent: make(chan struct{})}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case w.ch <- it:
	case <-t.C:
		return
	case <-w.done:
		return
	}
	select {
	case <-it.sent:
	case <-t.C:
	case <-w.done:
	}
}
