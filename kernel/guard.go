package kernel

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// zmq4 performs each connection's ZMTP handshake inside its accept loop,
// with no deadline, so one TCP client that connects and says nothing
// would stop the socket from ever accepting another frontend. The kernel
// therefore listens through guarded transports ("bytepy-tcp",
// "bytepy-ipc"): a connection reaches zmq4 only once its peer has sent the
// 10-byte ZMTP signature (waited for in parallel, per connection), and its
// handshake must finish within handshakeTimeout, after which the deadline
// is lifted so an idle frontend may stay connected for days.
const (
	signatureTimeout = 10 * time.Second
	handshakeTimeout = 5 * time.Second
	zmtpSignature    = 10
	zmtpGreeting     = 64
)

const guardedPrefix = "bytepy-"

func init() {
	for _, network := range []struct{ name, net string }{{"tcp", "tcp"}, {"ipc", "unix"}} {
		if err := zmq4.RegisterTransport(guardedPrefix+network.name, guardedTransport{network.net}); err != nil {
			panic(err)
		}
	}
}

// guardedEndpoint is the address the kernel listens on for a public one.
func guardedEndpoint(ep string) string { return guardedPrefix + ep }

type guardedTransport struct{ network string }

func (t guardedTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	return d.DialContext(ctx, t.network, addr)
}

func (t guardedTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := net.Listen(t.network, addr)
	if err != nil {
		return nil, err
	}
	return newGuardedListener(l), nil
}

// Addr mirrors zmq4's own tcp and ipc address rules.
func (t guardedTransport) Addr(ep string) (string, error) {
	if t.network == "unix" {
		return ep, nil
	}
	host, port, err := net.SplitHostPort(ep)
	if err != nil {
		return "", err
	}
	if port == "*" || port == "" {
		port = "0"
	}
	if host == "" || host == "*" {
		host = "0.0.0.0"
	}
	return net.JoinHostPort(host, port), nil
}

type guardedListener struct {
	net.Listener
	conns     chan net.Conn
	done      chan struct{}
	closeOnce sync.Once
}

func newGuardedListener(l net.Listener) *guardedListener {
	g := &guardedListener{Listener: l, conns: make(chan net.Conn), done: make(chan struct{})}
	go g.acceptLoop()
	return g
}

func (g *guardedListener) acceptLoop() {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			select {
			case <-g.done:
				return
			default:
			}
			if strings.Contains(err.Error(), "use of closed") {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		go g.vet(c)
	}
}

// vet waits for the peer's ZMTP signature before handing c to zmq4.
func (g *guardedListener) vet(c net.Conn) {
	c.SetDeadline(time.Now().Add(signatureTimeout))
	sig := make([]byte, zmtpSignature)
	if _, err := io.ReadFull(c, sig); err != nil {
		c.Close()
		return
	}
	// No deadline while queued for zmq4's accept loop; Accept sets the
	// handshake's, so time spent behind other peers is not charged to it.
	c.SetDeadline(time.Time{})
	hc := &handshakeConn{Conn: c, pre: sig, need: zmtpGreeting, in: bufio.NewReaderSize(c, 4096), out: newCoalescer(c)}
	hc.feed(sig) // ten bytes of a 64-byte greeting: cannot be refused
	select {
	case g.conns <- hc:
	case <-g.done:
		c.Close()
	}
}

func (g *guardedListener) Accept() (net.Conn, error) {
	select {
	case c := <-g.conns:
		c.SetDeadline(time.Now().Add(handshakeTimeout))
		return c, nil
	case <-g.done:
		return nil, net.ErrClosed
	}
}

func (g *guardedListener) Close() error {
	g.closeOnce.Do(func() { close(g.done) })
	return g.Listener.Close()
}

// handshakeConn replays the bytes vet read, and follows the incoming
// ZMTP stream frame by frame (the 64-byte greeting, then frames of a flags
// byte, a 1- or 8-byte size and a body). It lifts the handshake deadline
// once the first frame (READY, for the NULL mechanism) is in, and it
// refuses any frame announced larger than maxFrameSize: zmq4 allocates a
// frame's whole announced size before reading it, so one forged header
// would otherwise take the kernel down with it.
type handshakeConn struct {
	net.Conn
	pre []byte
	// in batches reads (zmq4 reads each frame's header and body
	// separately) and out batches writes (see coalescer); nil in tests
	// that drive the parser alone.
	in  *bufio.Reader
	out *coalescer

	mu       sync.Mutex
	phase    int // 0 greeting, 1 flags, 2 size, 3 body
	need     int
	sizeLen  int
	size     []byte
	shook    bool
	tooLarge bool
}

// maxFrameSize bounds one ZeroMQ frame from a frontend. Jupyter messages
// with binary buffers may be large, but not this large.
const maxFrameSize = 512 << 20

var errFrameTooLarge = errors.New("ZMTP frame larger than 512 MiB refused")

func (c *handshakeConn) Read(p []byte) (int, error) {
	if len(c.pre) > 0 {
		n := copy(p, c.pre)
		c.pre = c.pre[n:]
		return n, nil
	}
	var n int
	var err error
	if c.in != nil {
		n, err = c.in.Read(p)
	} else {
		n, err = c.Conn.Read(p)
	}
	if c.feed(p[:n]) {
		c.Conn.Close()
		return 0, errFrameTooLarge
	}
	return n, err
}

func (c *handshakeConn) Write(p []byte) (int, error) {
	if c.out != nil {
		return c.out.Write(p)
	}
	return c.Conn.Write(p)
}

// feed advances the frame parser over b and reports whether the stream
// announced a frame too large to accept.
func (c *handshakeConn) feed(b []byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(b) > 0 && !c.tooLarge {
		switch c.phase {
		case 0, 3:
			k := min(c.need, len(b))
			c.need -= k
			b = b[k:]
			if c.need == 0 {
				c.frameDone()
			}
		case 1:
			c.sizeLen = 1
			if b[0]&0x02 != 0 {
				c.sizeLen = 8
			}
			c.size = c.size[:0]
			b = b[1:]
			c.phase = 2
		case 2:
			c.size = append(c.size, b[0])
			b = b[1:]
			if len(c.size) < c.sizeLen {
				break
			}
			size := uint64(c.size[0])
			if c.sizeLen == 8 {
				size = binary.BigEndian.Uint64(c.size)
			}
			if size > maxFrameSize {
				c.tooLarge = true
				break
			}
			c.need = int(size)
			c.phase = 3
			if c.need == 0 {
				c.frameDone()
			}
		}
	}
	return c.tooLarge
}

// frameDone ends the greeting or a frame; the first frame after the
// greeting completes the handshake.
func (c *handshakeConn) frameDone() {
	if c.phase == 3 && !c.shook {
		c.shook = true
		c.Conn.SetDeadline(time.Time{})
	}
	c.phase = 1
}

// zmqLogWriter sends zmq4's own log lines (refused handshakes and the
// like) to the kernel's log at debug level instead of raw stderr.
type zmqLogWriter struct{ k *Kernel }

func (w zmqLogWriter) Write(p []byte) (int, error) {
	w.k.log.Debug().Str("from", "zmq4").Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}
