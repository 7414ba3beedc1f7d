package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"os"
	"os/user"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/bytepy/bytepy/kernel/wire"
)

// iopubHWM is how many iopub messages may wait for slow subscribers.
// Stream coalescing keeps real traffic far below it.
const iopubHWM = 10000

// Config is everything a kernel needs to run.
type Config struct {
	Conn   ConnectionInfo
	Engine Engine
	// Version is implementation_version in kernel_info_reply.
	Version string
	// Log receives the kernel's own diagnostics (never the cell's output).
	Log zerolog.Logger
	// Signals, when set, delivers SIGINT-like interrupts (see signal.go);
	// tests leave it nil.
	Signals <-chan os.Signal
	// TuneGC lets the kernel set the garbage collector's policy (see
	// memory.go); `bytepy kernel` sets it unless the user chose a GOGC.
	TuneGC bool
}

// Kernel is one running kernel. Make it with New, then call Run.
type Kernel struct {
	cfg      Config
	engine   Engine
	info     Info
	log      zerolog.Logger
	dropLog  zerolog.Logger // sampled: a flood of junk must not flood the log
	codec    *wire.Codec
	session  string
	username string

	shell, control, stdin, iopub, hb zmq4.Socket
	shellOut, controlOut, stdinOut   *writer
	iopubOut                         *writer

	queue   *queue
	history *History
	gc      *gcPolicy
	input   inputWaiter

	count int // execution_count of the last cell that stored history

	ctx      context.Context
	cancel   context.CancelFunc
	stopOnce sync.Once
	restart  bool
	stopMu   sync.Mutex
	stopReq  *bool // set by a shutdown request, acted on once it is answered
	wg       sync.WaitGroup
}

// New binds the five sockets. The kernel serves nothing until Run.
func New(cfg Config) (*Kernel, error) {
	if err := cfg.Conn.check(); err != nil {
		return nil, err
	}
	// msg_ids need to be unique, not secret: drawing them from a pool of
	// random bytes spares one getrandom call per message sent.
	uuid.EnableRandPool()
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kernel{
		cfg:      cfg,
		engine:   cfg.Engine,
		log:      cfg.Log,
		dropLog:  cfg.Log.Sample(&zerolog.BurstSampler{Burst: 20, Period: time.Second}),
		codec:    wire.NewCodec([]byte(cfg.Conn.Key)),
		session:  uuid.NewString(),
		username: currentUser(),
		queue:    newQueue(),
		history:  historyOf(cfg.Engine),
		gc:       newGCPolicy(cfg.TuneGC),
		ctx:      ctx,
		cancel:   cancel,
	}
	// zmq4 send timeouts bound how long a writer waits on a vanished peer.
	opts := []zmq4.Option{zmq4.WithTimeout(10 * time.Second), zmq4.WithLogger(log.New(zmqLogWriter{k}, "", 0))}
	k.shell = zmq4.NewRouter(ctx, opts...)
	k.control = zmq4.NewRouter(ctx, opts...)
	k.stdin = zmq4.NewRouter(ctx, opts...)
	k.iopub = zmq4.NewPub(ctx, opts...)
	k.hb = zmq4.NewRep(ctx, opts...)
	// zmq4's PUB queue is unbounded unless given a high-water mark; with
	// one, a subscriber that stops reading loses messages (as libzmq's PUB
	// does) instead of the kernel growing without limit.
	if err := k.iopub.SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
		cancel()
		return nil, fmt.Errorf("iopub high-water mark: %w", err)
	}
	ports := []*int{&k.cfg.Conn.ShellPort, &k.cfg.Conn.ControlPort, &k.cfg.Conn.StdinPort, &k.cfg.Conn.IOPubPort, &k.cfg.Conn.HBPort}
	for i, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		ep := k.cfg.Conn.Endpoint(*ports[i])
		if err := s.Listen(guardedEndpoint(ep)); err != nil {
			k.closeSockets()
			cancel()
			return nil, fmt.Errorf("listen %s: %w", ep, err)
		}
		// Port 0 asks for any free port; report the one we got.
		if a, ok := s.Addr().(*net.TCPAddr); ok {
			*ports[i] = a.Port
		}
	}
	k.info = k.engine.Info()
	return k, nil
}

// Conn is the connection info with the ports actually bound.
func (k *Kernel) Conn() ConnectionInfo { return k.cfg.Conn }

// Run serves until a shutdown request (or ctx ends). It reports whether
// the frontend asked for a restart.
func (k *Kernel) Run(ctx context.Context) (restart bool, err error) {
	k.shellOut = k.startWriter("shell", k.shell)
	k.controlOut = k.startWriter("control", k.control)
	k.stdinOut = k.startWriter("stdin", k.stdin)
	k.iopubOut = k.directWriter("iopub", k.iopub)

	k.goRead("shell", k.shell, func(m *wire.Message) { k.queue.push(m) })
	k.goRead("control", k.control, k.handleControl)
	k.goRead("stdin", k.stdin, k.handleStdin)
	k.wg.Add(1)
	go k.heartbeat()
	k.wg.Add(1)
	go k.executor()
	if k.cfg.Signals != nil {
		k.wg.Add(1)
		go k.signals(k.cfg.Signals)
	}

	k.status(nil, "starting")
	k.log.Info().Str("session", k.session).Interface("conn", redacted(k.cfg.Conn)).Msg("kernel ready")

	select {
	case <-ctx.Done():
		k.stop(false)
	case <-k.ctx.Done():
	}
	k.closeSockets()
	return k.restart, nil
}

// stop ends the kernel after every writer has sent what it holds, so the
// shutdown reply reaches the frontend.
func (k *Kernel) stop(restart bool) {
	k.stopOnce.Do(func() {
		k.restart = restart
		k.input.cancel(ErrShutdown)
		k.engine.Interrupt()
		for _, w := range []*writer{k.shellOut, k.controlOut, k.stdinOut, k.iopubOut} {
			w.drain(time.Second)
		}
		k.cancel()
	})
}

func (k *Kernel) requestStop(restart bool) {
	k.stopMu.Lock()
	k.stopReq = &restart
	k.stopMu.Unlock()
}

func (k *Kernel) stopRequested() (restart, ok bool) {
	k.stopMu.Lock()
	defer k.stopMu.Unlock()
	if k.stopReq == nil {
		return false, false
	}
	return *k.stopReq, true
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			s.Close()
		}
	}
}

// goRead starts the one goroutine that receives from s. Whatever arrives
// is decoded (and so verified) before handle sees it; a panic in handle
// is logged and the loop goes on.
func (k *Kernel) goRead(name string, s zmq4.Socket, handle func(*wire.Message)) {
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		for {
			zm, err := s.Recv()
			if err != nil {
				if k.ctx.Err() != nil {
					return
				}
				k.log.Warn().Err(err).Str("socket", name).Msg("receive failed")
				// A receive error is per peer; don't spin on a broken one.
				time.Sleep(10 * time.Millisecond)
				continue
			}
			m, err := k.codec.Decode(zm.Frames)
			if err != nil {
				k.dropLog.Warn().Err(err).Str("socket", name).Int("frames", len(zm.Frames)).Msg("dropped message")
				continue
			}
			k.log.Debug().Str("socket", name).Str("msg_type", m.Header.MsgType).Str("msg_id", m.Header.MsgID).Msg("received")
			k.safely(name, m, handle)
		}
	}()
}

// safely runs handle and turns a panic into a log line.
func (k *Kernel) safely(where string, m *wire.Message, handle func(*wire.Message)) {
	defer func() {
		if r := recover(); r != nil {
			k.log.Error().Str("socket", where).Str("msg_type", m.Header.MsgType).Interface("panic", r).Msg("handler panicked")
		}
	}()
	handle(m)
}

// heartbeat echoes every ping, on its own goroutine so a busy executor
// never looks like a dead kernel.
func (k *Kernel) heartbeat() {
	defer k.wg.Done()
	for {
		m, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if err := k.hb.Send(m); err != nil && k.ctx.Err() == nil {
			k.log.Warn().Err(err).Msg("heartbeat echo failed")
		}
	}
}

// newMessage builds a message of msgType whose parent is req (nil for none).
func (k *Kernel) newMessage(req *wire.Message, msgType string, content any) *wire.Message {
	m := &wire.Message{Header: wire.NewHeader(msgType, k.session, k.username)}
	if req != nil {
		m.Parent = req.RawHeader()
	}
	m.Content = mustJSON(content)
	return m
}

// reply sends a reply to req on the socket it came from.
func (k *Kernel) reply(out *writer, req *wire.Message, msgType string, content any, metadata any) {
	m := k.newMessage(req, msgType, content)
	m.Identities = req.Identities
	if metadata != nil {
		m.Metadata = mustJSON(metadata)
	}
	out.send(k.codec.Encode(m))
}

// publish sends on iopub. The topic frame is kernel.<session>.<msg_type>,
// as ipykernel's, so subscribers that filter by prefix work.
func (k *Kernel) publish(parent *wire.Message, msgType string, content any) {
	m := k.newMessage(parent, msgType, content)
	m.Identities = [][]byte{[]byte("kernel." + k.session + "." + msgType)}
	k.iopubOut.send(k.codec.Encode(m))
}

func (k *Kernel) status(parent *wire.Message, state string) {
	content, ok := statusContent[state]
	if !ok {
		content = mustJSON(map[string]any{"execution_state": state})
	}
	k.publish(parent, "status", content)
}

// statusContent is the content of each status message, encoded once: two
// go out with every request.
var statusContent = map[string]json.RawMessage{
	"busy":     json.RawMessage(`{"execution_state":"busy"}`),
	"idle":     json.RawMessage(`{"execution_state":"idle"}`),
	"starting": json.RawMessage(`{"execution_state":"starting"}`),
}

func mustJSON(v any) json.RawMessage {
	if v == nil {
		return json.RawMessage("{}")
	}
	if raw, ok := v.(json.RawMessage); ok {
		return raw
	}
	b, err := json.Marshal(v)
	if err != nil {
		// Only our own content types reach here; a failure is a bug, but
		// the frontend still deserves a well-formed message.
		b, _ = json.Marshal(map[string]any{"status": "error", "ename": "SystemError", "evalue": err.Error(), "traceback": []string{}})
	}
	return b
}

func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if s := os.Getenv("USER"); s != "" {
		return s
	}
	return "bytepy"
}

// redacted is the connection info fit for a log line.
func redacted(ci ConnectionInfo) map[string]any {
	return map[string]any{
		"transport": ci.Transport, "ip": ci.IP, "shell": ci.ShellPort, "control": ci.ControlPort,
		"stdin": ci.StdinPort, "iopub": ci.IOPubPort, "hb": ci.HBPort, "signed": ci.Key != "",
	}
}

// historyOf is the engine's own history when it keeps one, else a new one
// the kernel fills.
func historyOf(e Engine) *History {
	if hk, ok := e.(HistoryKeeper); ok {
		if h := hk.History(); h != nil {
			return h
		}
	}
	return NewHistory()
}
