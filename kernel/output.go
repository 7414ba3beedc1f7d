package kernel

import (
	"encoding/json"
	"strings"
	"sync"
	"time"

	"github.com/bytepy/bytepy/kernel/wire"
)

// Stream coalescing: text written by a cell waits at most flushInterval,
// or until flushBytes have gathered, before it goes out as one stream
// message. A loop of a million prints thus costs a few hundred messages,
// while a lone print still shows up at once to a human eye.
const (
	flushInterval = 50 * time.Millisecond
	flushBytes    = 64 << 10
)

// cellOutput is the Output of one execute request. Every method holds mu
// and flushes pending stream text before publishing anything else, so
// stream text never overtakes, or is overtaken by, the cell's other output.
type cellOutput struct {
	k      *Kernel
	parent *wire.Message
	req    ExecuteRequest

	mu      sync.Mutex
	name    string // the stream the pending text belongs to
	pending strings.Builder
	timer   *time.Timer
	closed  bool

	lastResult *string // text/plain of the last execute_result, for history
}

func (k *Kernel) newCellOutput(parent *wire.Message, req ExecuteRequest) *cellOutput {
	return &cellOutput{k: k, parent: parent, req: req}
}

func (o *cellOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return
	}
	if name != o.name {
		o.flushLocked()
		o.name = name
	}
	o.pending.WriteString(text)
	if o.pending.Len() >= flushBytes {
		o.flushLocked()
		return
	}
	if o.timer == nil {
		o.timer = time.AfterFunc(flushInterval, o.flush)
	}
}

func (o *cellOutput) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
}

func (o *cellOutput) flushLocked() {
	if o.timer != nil {
		o.timer.Stop()
		o.timer = nil
	}
	if o.pending.Len() == 0 {
		return
	}
	o.k.publish(o.parent, "stream", map[string]any{"name": o.name, "text": o.pending.String()})
	o.pending.Reset()
}

// emit publishes a non-stream message in order with the streams.
func (o *cellOutput) emit(msgType string, content any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return
	}
	o.flushLocked()
	o.k.publish(o.parent, msgType, content)
}

func (o *cellOutput) Result(data, metadata MimeBundle) {
	if o.req.Silent {
		return
	}
	if s, ok := data["text/plain"].(string); ok {
		o.mu.Lock()
		o.lastResult = &s
		o.mu.Unlock()
	}
	o.emit("execute_result", map[string]any{"execution_count": o.req.ExecutionCount, "data": bundle(data), "metadata": bundle(metadata)})
}

func (o *cellOutput) Display(d Display) {
	o.emit("display_data", displayContent(d))
}

func (o *cellOutput) UpdateDisplay(d Display) {
	if d.DisplayID == "" {
		o.k.log.Warn().Msg("update_display_data without a display_id dropped")
		return
	}
	o.emit("update_display_data", displayContent(d))
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.emit("clear_output", map[string]any{"wait": wait})
}

func displayContent(d Display) map[string]any {
	transient := map[string]any{}
	if d.DisplayID != "" {
		transient["display_id"] = d.DisplayID
	}
	return map[string]any{"data": bundle(d.Data), "metadata": bundle(d.Metadata), "transient": transient}
}

// Input sends input_request on stdin to the frontend that sent the cell
// (same routing identities as the execute request) and waits for its
// input_reply, an interrupt, or shutdown.
func (o *cellOutput) Input(prompt string, password bool) (string, error) {
	o.flush()
	if !o.req.AllowStdin {
		return "", ErrStdinNotAllowed
	}
	k := o.k
	m := k.newMessage(o.parent, "input_request", map[string]any{"prompt": prompt, "password": password})
	m.Identities = o.parent.Identities
	ch := k.input.begin(m.Header.MsgID)
	defer k.input.end()
	k.stdinOut.send(k.codec.Encode(m))
	select {
	case r := <-ch:
		return r.value, r.err
	case <-k.ctx.Done():
		return "", ErrShutdown
	}
}

// inputWaiter connects the stdin reader to the one cell waiting in Input.
type inputWaiter struct {
	mu    sync.Mutex
	msgID string // the pending input_request's msg_id
	ch    chan inputResult
}

type inputResult struct {
	value string
	err   error
}

func (w *inputWaiter) begin(msgID string) <-chan inputResult {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.msgID, w.ch = msgID, make(chan inputResult, 1)
	return w.ch
}

func (w *inputWaiter) end() {
	w.mu.Lock()
	w.msgID, w.ch = "", nil
	w.mu.Unlock()
}

// deliver hands a reply to the waiting cell; a reply to an earlier request,
// or one nobody waits for, is dropped. parentID "" matches any request,
// for frontends that leave parent_header empty.
func (w *inputWaiter) deliver(parentID string, r inputResult) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ch == nil || (parentID != "" && parentID != w.msgID) {
		return false
	}
	select {
	case w.ch <- r:
		return true
	default:
		return false
	}
}

func (w *inputWaiter) cancel(err error) { w.deliver("", inputResult{err: err}) }

func (o *cellOutput) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	o.closed = true
}

// parentMsgID reads msg_id out of a raw parent header.
func parentMsgID(raw json.RawMessage) string {
	var h struct {
		MsgID string `json:"msg_id"`
	}
	_ = json.Unmarshal(raw, &h)
	return h.MsgID
}
