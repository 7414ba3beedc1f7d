package kernel_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/rs/zerolog"

	"github.com/bytepy/bytepy/kernel"
	"github.com/bytepy/bytepy/kernel/internal/fake"
	"github.com/bytepy/bytepy/kernel/wire"
)

// wait bounds every receive so a broken kernel fails the test instead of
// hanging it; it is a guard, not a measurement.
const wait = 20 * time.Second

// client is a minimal Jupyter frontend on real zmq4 sockets.
type client struct {
	t                     testing.TB
	codec                 *wire.Codec
	shell, control, stdin zmq4.Socket
	iopub, hb             zmq4.Socket
	shellCh, controlCh    chan *wire.Message
	stdinCh, iopubCh      chan *wire.Message
	byParent              map[string][]*wire.Message // iopub, by parent msg_id
	conn                  kernel.ConnectionInfo
}

func startKernel(t testing.TB, key string) (*client, chan bool) {
	return startKernelSignals(t, key, nil)
}

func startKernelSignals(t testing.TB, key string, sigs chan os.Signal) (*client, chan bool) {
	t.Helper()
	log := zerolog.Nop()
	if testing.Verbose() {
		log, _ = kernel.NewLogger(os.Stderr, "debug")
	}
	k, err := kernel.New(kernel.Config{
		Conn:    kernel.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: key},
		Engine:  fake.New(),
		Version: "test",
		Log:     log,
		Signals: sigs,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool, 1)
	go func() {
		restart, err := k.Run(ctx)
		if err != nil {
			t.Error(err)
		}
		done <- restart
	}()
	c := &client{t: t, codec: wire.NewCodec([]byte(key)), byParent: map[string][]*wire.Message{}}
	conn := k.Conn()
	c.conn = conn
	id := zmq4.WithID(zmq4.SocketIdentity("frontend-1"))
	c.shell = zmq4.NewDealer(ctx, id)
	c.control = zmq4.NewDealer(ctx)
	c.stdin = zmq4.NewDealer(ctx, id)
	c.iopub = zmq4.NewSub(ctx)
	c.hb = zmq4.NewReq(ctx)
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, conn.ShellPort}, {c.control, conn.ControlPort}, {c.stdin, conn.StdinPort}, {c.iopub, conn.IOPubPort}, {c.hb, conn.HBPort}} {
		if err := d.s.Dial(conn.Endpoint(d.port)); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	c.shellCh, c.controlCh, c.stdinCh, c.iopubCh = c.read(c.shell), c.read(c.control), c.read(c.stdin), c.read(c.iopub)
	t.Cleanup(func() {
		cancel()
		for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
			s.Close()
		}
	})
	c.awaitIOPub()
	return c, done
}

func (c *client) read(s zmq4.Socket) chan *wire.Message {
	ch := make(chan *wire.Message, 1024)
	go func() {
		for {
			zm, err := s.Recv()
			if err != nil {
				return
			}
			frames := zm.Frames
			if s.Type() == zmq4.Sub {
				frames = frames[1:] // the topic
			}
			m, err := c.codec.Decode(frames)
			if err != nil {
				c.t.Errorf("kernel sent an undecodable message: %v", err)
				continue
			}
			ch <- m
		}
	}()
	return ch
}

// awaitIOPub sends kernel_info until its status shows up on iopub: a SUB
// socket only hears what is published after its subscription lands.
func (c *client) awaitIOPub() {
	for i := 0; i < 100; i++ {
		req := c.send(c.shell, "kernel_info_request", map[string]any{})
		c.reply(c.shellCh, req)
		deadline := time.After(100 * time.Millisecond)
	drain:
		for {
			select {
			case m := <-c.iopubCh:
				if parentID(m) != req.Header.MsgID {
					continue
				}
				for content(m)["execution_state"] != "idle" {
					m = <-c.iopubCh // the rest of this request's messages
				}
				return
			case <-deadline:
				break drain
			}
		}
	}
	c.t.Fatal("iopub never delivered a status message")
}

func (c *client) frames(msgType string, content any) (*wire.Message, [][]byte) {
	m := &wire.Message{Header: wire.NewHeader(msgType, "client-session", "tester")}
	b, _ := json.Marshal(content)
	m.Content = b
	return m, c.codec.Encode(m)
}

func (c *client) send(s zmq4.Socket, msgType string, content any) *wire.Message {
	m, f := c.frames(msgType, content)
	c.sendRaw(s, f)
	return m
}

func (c *client) sendRaw(s zmq4.Socket, frames [][]byte) {
	if err := s.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
}

func parentID(m *wire.Message) string {
	var h struct {
		MsgID string `json:"msg_id"`
	}
	json.Unmarshal(m.Parent, &h)
	return h.MsgID
}

func content(m *wire.Message) map[string]any {
	var c map[string]any
	json.Unmarshal(m.Content, &c)
	return c
}

// reply waits for the reply to req on ch.
func (c *client) reply(ch chan *wire.Message, req *wire.Message) map[string]any {
	c.t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case m := <-ch:
			if parentID(m) != req.Header.MsgID {
				c.t.Fatalf("reply %s to %s, want one to %s", m.Header.MsgType, parentID(m), req.Header.MsgID)
			}
			want := strings.TrimSuffix(req.Header.MsgType, "_request") + "_reply"
			if m.Header.MsgType != want || m.Header.Version != "5.3" {
				c.t.Fatalf("got %s (version %s), want %s", m.Header.MsgType, m.Header.Version, want)
			}
			return content(m)
		case <-timeout:
			c.t.Fatalf("no reply to %s", req.Header.MsgType)
		}
	}
}

// collect reads iopub into byParent until done says the messages for
// req are all there.
func (c *client) collect(req *wire.Message, what string, done func([]*wire.Message) bool) []*wire.Message {
	c.t.Helper()
	id := req.Header.MsgID
	timeout := time.After(wait)
	for !done(c.byParent[id]) {
		select {
		case m := <-c.iopubCh:
			c.byParent[parentID(m)] = append(c.byParent[parentID(m)], m)
		case <-timeout:
			c.t.Fatalf("no %s for %s", what, req.Header.MsgType)
		}
	}
	return c.byParent[id]
}

// untilIdle returns req's iopub messages, busy first, through idle.
func (c *client) untilIdle(req *wire.Message) []*wire.Message {
	c.t.Helper()
	got := c.collect(req, "idle", func(ms []*wire.Message) bool {
		return len(ms) > 0 && ms[len(ms)-1].Header.MsgType == "status" && content(ms[len(ms)-1])["execution_state"] == "idle"
	})
	delete(c.byParent, req.Header.MsgID)
	if content(got[0])["execution_state"] != "busy" {
		c.t.Fatalf("first iopub message for %s is %s, want status busy", req.Header.MsgType, got[0].Header.MsgType)
	}
	return got
}

func waitFor(c *client, req *wire.Message, msgType string) {
	c.t.Helper()
	c.collect(req, msgType, func(ms []*wire.Message) bool {
		for _, m := range ms {
			if m.Header.MsgType == msgType {
				return true
			}
		}
		return false
	})
}

func types(ms []*wire.Message) string {
	var s []string
	for _, m := range ms {
		t := m.Header.MsgType
		switch t {
		case "status":
			t += ":" + content(m)["execution_state"].(string)
		case "stream":
			t += ":" + content(m)["name"].(string) + ":" + content(m)["text"].(string)
		}
		s = append(s, t)
	}
	return strings.Join(s, " ")
}

func (c *client) execute(code string, extra map[string]any) (*wire.Message, map[string]any, []*wire.Message) {
	req := map[string]any{"code": code, "silent": false}
	for k, v := range extra {
		req[k] = v
	}
	m := c.send(c.shell, "execute_request", req)
	r := c.reply(c.shellCh, m)
	return m, r, c.untilIdle(m)
}

func TestKernelProtocol(t *testing.T) {
	c, _ := startKernel(t, "secret")

	t.Run("kernel_info", func(t *testing.T) {
		req := c.send(c.shell, "kernel_info_request", map[string]any{})
		r := c.reply(c.shellCh, req)
		if r["protocol_version"] != "5.3" || r["implementation"] != "bytepy" || r["status"] != "ok" {
			t.Errorf("kernel_info_reply %v", r)
		}
		li := r["language_info"].(map[string]any)
		if li["name"] != "python" || li["version"] != "3.7.16" || li["pygments_lexer"] != "ipython3" {
			t.Errorf("language_info %v", li)
		}
		if got := types(c.untilIdle(req)); got != "status:busy status:idle" {
			t.Errorf("iopub %s", got)
		}
	})

	t.Run("execute", func(t *testing.T) {
		_, r, io := c.execute("print('hi'); 1 + 2", nil)
		if r["status"] != "ok" || r["execution_count"] != 1.0 {
			t.Errorf("reply %v", r)
		}
		if got := types(io); got != "status:busy execute_input stream:stdout:hi\n execute_result status:idle" {
			t.Errorf("iopub %q", got)
		}
		res := content(io[3])
		if res["execution_count"] != 1.0 || res["data"].(map[string]any)["text/plain"] != "3" {
			t.Errorf("execute_result %v", res)
		}
	})

	t.Run("silent and store_history", func(t *testing.T) {
		_, r, io := c.execute("1 + 1", map[string]any{"silent": true})
		if r["execution_count"] != 1.0 || types(io) != "status:busy status:idle" {
			t.Errorf("silent: reply %v iopub %s", r, types(io))
		}
		_, r, _ = c.execute("1 + 1", map[string]any{"store_history": false})
		if r["execution_count"] != 1.0 {
			t.Errorf("store_history false advanced the count: %v", r)
		}
	})

	t.Run("user_expressions", func(t *testing.T) {
		_, r, _ := c.execute("1", map[string]any{"user_expressions": map[string]any{"a": "2 + 2", "b": "nope"}})
		ue := r["user_expressions"].(map[string]any)
		a, b := ue["a"].(map[string]any), ue["b"].(map[string]any)
		if a["status"] != "ok" || a["data"].(map[string]any)["text/plain"] != "4" || b["status"] != "error" || b["ename"] != "NameError" {
			t.Errorf("user_expressions %v", ue)
		}
	})

	t.Run("error", func(t *testing.T) {
		_, r, io := c.execute("1/0", nil)
		if r["status"] != "error" || r["ename"] != "ZeroDivisionError" {
			t.Errorf("reply %v", r)
		}
		if got := types(io); got != "status:busy execute_input error status:idle" {
			t.Errorf("iopub %s", got)
		}
	})

	t.Run("stop_on_error", func(t *testing.T) {
		first := c.send(c.shell, "execute_request", map[string]any{"code": "time.sleep(0.3); raise ValueError('x')"})
		second := c.send(c.shell, "execute_request", map[string]any{"code": "1 + 1"})
		third := c.send(c.shell, "execute_request", map[string]any{"code": "1 + 1", "stop_on_error": false})
		if r := c.reply(c.shellCh, first); r["status"] != "error" {
			t.Fatalf("first %v", r)
		}
		for _, m := range []*wire.Message{second, third} {
			if r := c.reply(c.shellCh, m); r["status"] != "aborted" {
				t.Errorf("queued request not aborted: %v", r)
			}
		}
		for _, m := range []*wire.Message{first, second, third} {
			c.untilIdle(m)
		}
		if _, r, _ := c.execute("1 + 1", nil); r["status"] != "ok" {
			t.Errorf("after abort: %v", r)
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		req := c.send(c.shell, "execute_request", map[string]any{"code": "while True: pass"})
		waitFor(c, req, "execute_input")
		ir := c.send(c.control, "interrupt_request", map[string]any{})
		if r := c.reply(c.controlCh, ir); r["status"] != "ok" {
			t.Errorf("interrupt_reply %v", r)
		}
		if r := c.reply(c.shellCh, req); r["ename"] != "KeyboardInterrupt" {
			t.Errorf("reply %v", r)
		}
		c.untilIdle(req)
	})

	t.Run("input", func(t *testing.T) {
		req := c.send(c.shell, "execute_request", map[string]any{"code": "print(input('name? '))", "allow_stdin": true})
		var ir *wire.Message
		select {
		case ir = <-c.stdinCh:
		case <-time.After(wait):
			t.Fatal("no input_request")
		}
		if ir.Header.MsgType != "input_request" || content(ir)["prompt"] != "name? " || parentID(ir) != req.Header.MsgID {
			t.Fatalf("input_request %s %v", ir.Header.MsgType, content(ir))
		}
		rep := &wire.Message{Header: wire.NewHeader("input_reply", "client-session", "tester"), Parent: ir.RawHeader()}
		rep.Content, _ = json.Marshal(map[string]any{"value": "bob"})
		c.sendRaw(c.stdin, c.codec.Encode(rep))
		if r := c.reply(c.shellCh, req); r["status"] != "ok" {
			t.Errorf("reply %v", r)
		}
		if got := types(c.untilIdle(req)); !strings.Contains(got, "stream:stdout:bob\n") {
			t.Errorf("iopub %s", got)
		}
		_, r, _ := c.execute("print(input('x'))", map[string]any{"allow_stdin": false})
		if r["ename"] != "StdinNotImplementedError" {
			t.Errorf("input without stdin: %v", r)
		}
	})

	t.Run("engine panic", func(t *testing.T) {
		_, r, _ := c.execute("__panic__", nil)
		if r["status"] != "error" || r["ename"] != "SystemError" {
			t.Errorf("reply %v", r)
		}
		if _, r, _ := c.execute("1 + 1", nil); r["status"] != "ok" {
			t.Errorf("after panic: %v", r)
		}
		req := c.send(c.shell, "inspect_request", map[string]any{"code": "__panic__", "cursor_pos": 0})
		if r := c.reply(c.shellCh, req); r["status"] != "error" || r["ename"] != "SystemError" {
			t.Errorf("inspect panic: %v", r)
		}
		c.untilIdle(req)
	})

	t.Run("complete in code points", func(t *testing.T) {
		code := "é = '😀'; pr"
		req := c.send(c.shell, "complete_request", map[string]any{"code": code, "cursor_pos": len([]rune(code))})
		r := c.reply(c.shellCh, req)
		if r["cursor_start"] != 9.0 || r["cursor_end"] != 11.0 || len(r["matches"].([]any)) != 1 {
			t.Errorf("complete_reply %v", r)
		}
		c.untilIdle(req)
	})

	t.Run("is_complete inspect comm history", func(t *testing.T) {
		for code, want := range map[string]string{"1 + 1": "complete", "for x in y:": "incomplete", "1)": "invalid"} {
			req := c.send(c.shell, "is_complete_request", map[string]any{"code": code})
			if r := c.reply(c.shellCh, req); r["status"] != want {
				t.Errorf("is_complete %q: %v", code, r)
			}
		}
		req := c.send(c.shell, "inspect_request", map[string]any{"code": "zip", "cursor_pos": 2, "detail_level": 0})
		if r := c.reply(c.shellCh, req); r["found"] != true {
			t.Errorf("inspect %v", r)
		}
		req = c.send(c.shell, "comm_info_request", map[string]any{})
		if r := c.reply(c.shellCh, req); len(r["comms"].(map[string]any)) != 0 {
			t.Errorf("comm_info %v", r)
		}
		req = c.send(c.shell, "comm_open", map[string]any{"comm_id": "c1", "target_name": "nope", "data": map[string]any{}})
		if got := types(c.untilIdle(req)); got != "status:busy comm_close status:idle" {
			t.Errorf("comm_open: %s", got)
		}
		req = c.send(c.shell, "history_request", map[string]any{"hist_access_type": "tail", "n": 2, "output": true, "raw": true})
		h := c.reply(c.shellCh, req)["history"].([]any)
		last, _ := json.Marshal(h[len(h)-1])
		if len(h) != 2 || !strings.HasSuffix(string(last), `["1 + 1","2"]]`) {
			t.Errorf("history %v", h)
		}
		c.untilIdle(req)
	})

	t.Run("hostile input", func(t *testing.T) {
		_, good := c.frames("kernel_info_request", map[string]any{})
		forged := append([][]byte{}, good...)
		forged[1] = []byte(strings.Repeat("0", 64))
		other := wire.NewCodec([]byte("wrong key"))
		wrongKey := other.Encode(&wire.Message{Header: wire.NewHeader("execute_request", "x", "x"), Content: json.RawMessage(`{"code":"1"}`)})
		badJSON := c.codec.Encode(&wire.Message{Header: wire.NewHeader("execute_request", "x", "x"), Content: json.RawMessage(`{"code":`)})
		hostile := [][][]byte{
			{[]byte("garbage")},
			{[]byte("<IDS|MSG>")},
			{[]byte("<IDS|MSG>"), []byte("sig"), []byte("{}")},
			{[]byte{0xff, 0xfe}, []byte("<IDS|MSG>"), []byte("x"), []byte("x"), []byte("x"), []byte("x"), []byte("x")},
			forged, wrongKey, badJSON,
		}
		for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin} {
			for _, f := range hostile {
				c.sendRaw(s, f)
			}
		}
		// A replay: the exact frames of a request that was served once.
		req, f := c.frames("kernel_info_request", map[string]any{})
		c.sendRaw(c.shell, f)
		c.reply(c.shellCh, req)
		c.untilIdle(req)
		c.sendRaw(c.shell, f)
		c.sendRaw(c.control, f)
		// The kernel answers none of that, and still serves: the next
		// reply on each socket is to this fresh request.
		for _, s := range []struct {
			sock zmq4.Socket
			ch   chan *wire.Message
		}{{c.shell, c.shellCh}, {c.control, c.controlCh}} {
			req := c.send(s.sock, "kernel_info_request", map[string]any{})
			if r := c.reply(s.ch, req); r["status"] != "ok" {
				t.Errorf("after hostile input: %v", r)
			}
			c.untilIdle(req)
		}
		if _, r, _ := c.execute("1 + 1", nil); r["status"] != "ok" {
			t.Errorf("execute after hostile input: %v", r)
		}
	})

	t.Run("heartbeat", func(t *testing.T) {
		if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
			t.Fatal(err)
		}
		m, err := c.hb.Recv()
		if err != nil || string(m.Bytes()) != "ping" {
			t.Errorf("heartbeat %q %v", m.Bytes(), err)
		}
	})
}

// TestSilentPeersDoNotBlockAccept: TCP clients that connect and stall,
// before or inside the ZMTP greeting, must not keep a new frontend out.
func TestSilentPeersDoNotBlockAccept(t *testing.T) {
	c, _ := startKernel(t, "k")
	conn := c.conn
	for _, port := range []int{conn.ShellPort, conn.ControlPort, conn.HBPort} {
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		silent, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer silent.Close()
		partial, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer partial.Close()
		partial.Write([]byte("\xff\x00\x00\x00\x00\x00\x00\x00\x00\x7f"))
	}
	// A peer that completes the handshake and then announces a 1 TiB
	// frame (zmq4 would allocate it up front) is cut off, not obeyed.
	huge, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(conn.ShellPort)))
	if err != nil {
		t.Fatal(err)
	}
	defer huge.Close()
	huge.Write(append(zmtpHelloForTest(), 0x02, 0, 0, 1, 0, 0, 0, 0, 0))
	late := zmq4.NewDealer(context.Background())
	defer late.Close()
	if err := late.Dial(conn.Endpoint(conn.ShellPort)); err != nil {
		t.Fatal(err)
	}
	ch := c.read(late)
	req := c.send(late, "kernel_info_request", map[string]any{})
	if r := c.reply(ch, req); r["status"] != "ok" {
		t.Errorf("late client: %v", r)
	}
	// The kernel hung up on the peer with the huge frame.
	huge.SetReadDeadline(time.Now().Add(wait))
	if _, err := io.ReadAll(huge); err != nil {
		t.Errorf("connection announcing a 1 TiB frame still open: %v", err)
	}
}

func zmtpHelloForTest() []byte {
	b := []byte{0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x7f, 3, 0, 'N', 'U', 'L', 'L'}
	b = append(b, make([]byte, 64-len(b))...)
	body := "\x05READY\x0bSocket-Type\x00\x00\x00\x06DEALER"
	return append(append(b, 0x04, byte(len(body))), body...)
}

// TestIPC runs a session over the ipc transport.
func TestIPC(t *testing.T) {
	dir := t.TempDir()
	k, err := kernel.New(kernel.Config{
		Conn:   kernel.ConnectionInfo{Transport: "ipc", IP: dir + "/kernel", ShellPort: 1, ControlPort: 2, StdinPort: 3, IOPubPort: 4, HBPort: 5, Key: "k"},
		Engine: fake.New(),
		Log:    zerolog.Nop(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Run(ctx)
	c := &client{t: t, codec: wire.NewCodec([]byte("k")), byParent: map[string][]*wire.Message{}}
	shell := zmq4.NewDealer(ctx)
	defer shell.Close()
	if err := shell.Dial("ipc://" + dir + "/kernel-1"); err != nil {
		t.Fatal(err)
	}
	ch := c.read(shell)
	req := c.send(shell, "execute_request", map[string]any{"code": "1 + 1"})
	if r := c.reply(ch, req); r["status"] != "ok" {
		t.Errorf("execute over ipc: %v", r)
	}
}

// TestSignalInterrupts: SIGINT (delivered as Main's signal.Notify would)
// interrupts the running cell, and the kernel goes on.
func TestSignalInterrupts(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	c, _ := startKernelSignals(t, "k", sigs)
	req := c.send(c.shell, "execute_request", map[string]any{"code": "while True: pass"})
	waitFor(c, req, "execute_input")
	sigs <- os.Interrupt
	if r := c.reply(c.shellCh, req); r["ename"] != "KeyboardInterrupt" {
		t.Errorf("reply %v", r)
	}
	c.untilIdle(req)
	sigs <- os.Interrupt // when idle: harmless
	if _, r, _ := c.execute("1 + 1", nil); r["status"] != "ok" {
		t.Errorf("after SIGINT: %v", r)
	}
}

// TestNoGoroutineGrowth: executing many cells leaves no goroutines behind.
func TestNoGoroutineGrowth(t *testing.T) {
	c, _ := startKernel(t, "k")
	run := func(n int) {
		for i := 0; i < n; i++ {
			if _, r, _ := c.execute("print('x'); 1 + 1", nil); r["status"] != "ok" {
				t.Fatalf("execute %d: %v", i, r)
			}
		}
	}
	run(50) // warm up: connections, pools
	time.Sleep(100 * time.Millisecond)
	before := runtime.NumGoroutine()
	run(500)
	time.Sleep(100 * time.Millisecond)
	if after := runtime.NumGoroutine(); after > before+10 {
		t.Errorf("goroutines grew from %d to %d over 500 executes", before, after)
	}
}

func TestShutdownOnControl(t *testing.T) {
	c, done := startKernel(t, "")
	req := c.send(c.control, "shutdown_request", map[string]any{"restart": true})
	if r := c.reply(c.controlCh, req); r["restart"] != true || r["status"] != "ok" {
		t.Errorf("shutdown_reply %v", r)
	}
	select {
	case restart := <-done:
		if !restart {
			t.Error("Run did not report the restart")
		}
	case <-time.After(wait):
		t.Fatal("kernel did not stop")
	}
}

// BenchmarkExecuteRoundTrip: execute_request to execute_reply for a
// trivial cell, over real loopback sockets, fake engine.
func BenchmarkExecuteRoundTrip(b *testing.B) {
	c, _ := startKernel(b, "k")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := c.send(c.shell, "execute_request", map[string]any{"code": "1 + 1", "silent": true})
		c.reply(c.shellCh, req)
	}
}
