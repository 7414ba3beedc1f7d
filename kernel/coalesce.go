package kernel

import (
	"encoding/binary"
	"net"
	"sync"
)

// zmq4 writes a message as two Writes per frame (the frame header, then
// its body); on a plain *net.TCPConn it gathers them with writev, but the
// guarded connections the kernel listens through are wrappers, for which
// net.Buffers falls back to one write(2) per piece. A reply of seven
// frames thus cost fourteen system calls and as many TCP segments, the
// largest share of a `1+1` round trip. coalescer puts the pieces back
// together: it follows the outgoing ZMTP stream (the 64-byte greeting,
// then frames of flags, size and body), holds what is written until a
// frame without the MORE flag ends a message or command, and sends that
// with a single write.
type coalescer struct {
	mu    sync.Mutex
	conn  net.Conn
	buf   []byte
	greet int    // greeting bytes still to pass straight through
	phase int    // 0 flags, 1 size, 2 body
	more  bool   // the current frame has the MORE flag
	size  []byte // size bytes gathered so far
	slen  int    // how many size bytes this frame has (1 or 8)
	need  uint64 // body bytes still to come
}

// coalesceFlush bounds what is held back: a piece that would take the
// buffer past it is written straight through, after what is held.
const coalesceFlush = 256 << 10

// coalesceKeep is the largest buffer kept between messages; a bigger one
// (from a large message) is dropped, so a kernel that once printed a
// megabyte does not hold on to that megabyte.
const coalesceKeep = 64 << 10

func newCoalescer(c net.Conn) *coalescer { return &coalescer{conn: c, greet: zmtpGreeting} }

func (w *coalescer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := len(p)
	if w.greet > 0 {
		k := min(w.greet, len(p))
		w.greet -= k
		if _, err := w.conn.Write(p[:k]); err != nil {
			return 0, err
		}
		p = p[k:]
	}
	if len(p) == 0 {
		return n, nil
	}
	ended := w.scan(p)
	if len(w.buf)+len(p) >= coalesceFlush {
		// A large piece (a big frame's body) goes out as it is, after
		// what is held, rather than being copied into the buffer first.
		if err := w.flush(); err != nil {
			return 0, err
		}
		if _, err := w.conn.Write(p); err != nil {
			return 0, err
		}
		return n, nil
	}
	w.buf = append(w.buf, p...)
	if ended {
		if err := w.flush(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// scan advances the frame parser over b and reports whether b ended
// exactly at the end of a message (the last frame, or a command).
func (w *coalescer) scan(b []byte) bool {
	ended := false
	for len(b) > 0 {
		ended = false
		switch w.phase {
		case 0:
			w.more = b[0]&0x01 != 0
			w.slen = 1
			if b[0]&0x02 != 0 {
				w.slen = 8
			}
			w.size = w.size[:0]
			w.phase = 1
			b = b[1:]
		case 1:
			w.size = append(w.size, b[0])
			b = b[1:]
			if len(w.size) < w.slen {
				continue
			}
			w.need = uint64(w.size[0])
			if w.slen == 8 {
				w.need = binary.BigEndian.Uint64(w.size)
			}
			w.phase = 2
			if w.need == 0 {
				w.phase = 0
				ended = !w.more
			}
		case 2:
			k := uint64(len(b))
			if k > w.need {
				k = w.need
			}
			w.need -= k
			b = b[k:]
			if w.need == 0 {
				w.phase = 0
				ended = !w.more
			}
		}
	}
	return ended
}

func (w *coalescer) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.conn.Write(w.buf)
	if cap(w.buf) > coalesceKeep {
		w.buf = nil
	} else {
		w.buf = w.buf[:0]
	}
	return err
}
