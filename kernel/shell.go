package kernel

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bytepy/bytepy/kernel/wire"
)

// executor serves shell requests one at a time, in arrival order, each
// wrapped in busy/idle status.
func (k *Kernel) executor() {
	defer k.wg.Done()
	for {
		m := k.queue.pop(k.ctx)
		if m == nil {
			return
		}
		k.serve(k.shellOut, m, k.dispatchShell)
	}
}

// serve is one request's life on iopub: busy, the handler, idle, and the
// stop a shutdown request asked for, after its reply and idle are queued.
func (k *Kernel) serve(out *writer, m *wire.Message, handle func(*wire.Message)) {
	k.status(m, "busy")
	k.answerPanic(out, m, handle)
	k.status(m, "idle")
	if restart, ok := k.stopRequested(); ok {
		k.stop(restart)
	}
}

func (k *Kernel) dispatchShell(m *wire.Message) {
	switch m.Header.MsgType {
	case "execute_request":
		k.handleExecute(m)
	case "kernel_info_request":
		k.reply(k.shellOut, m, "kernel_info_reply", k.kernelInfo(), nil)
	case "complete_request":
		k.handleComplete(m)
	case "inspect_request":
		k.handleInspect(m)
	case "is_complete_request":
		k.handleIsComplete(m)
	case "history_request":
		k.handleHistory(m)
	case "comm_info_request":
		k.reply(k.shellOut, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}}, nil)
	case "comm_open":
		k.handleCommOpen(m)
	case "comm_msg", "comm_close":
		// No comm is ever open, so there is nothing to deliver to.
		k.log.Debug().Str("msg_type", m.Header.MsgType).Msg("comm message for no comm")
	case "shutdown_request":
		k.handleShutdown(k.shellOut, m)
	default:
		k.log.Warn().Str("msg_type", m.Header.MsgType).Msg("unknown shell message type")
	}
}

// answerPanic runs handle; if it panics (a bug in the engine's Complete,
// say), the panic is logged and the request still gets an error reply,
// so the frontend is not left waiting.
func (k *Kernel) answerPanic(out *writer, m *wire.Message, handle func(*wire.Message)) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		k.log.Error().Str("msg_type", m.Header.MsgType).Interface("panic", r).Str("stack", string(debug.Stack())).Msg("handler panicked")
		if name, ok := strings.CutSuffix(m.Header.MsgType, "_request"); ok {
			msg := fmt.Sprint("bytepy internal error: ", r)
			k.reply(out, m, name+"_reply", map[string]any{
				"status": "error", "ename": "SystemError", "evalue": msg,
				"traceback": []string{"\x1b[0;31mSystemError\x1b[0m: " + msg},
			}, nil)
		}
	}()
	handle(m)
}

func (k *Kernel) kernelInfo() map[string]any {
	links := k.info.HelpLinks
	if links == nil {
		links = []HelpLink{}
	}
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       wire.ProtocolVersion,
		"implementation":         "bytepy",
		"implementation_version": k.cfg.Version,
		"language_info":          k.info.LanguageInfo,
		"banner":                 k.info.Banner,
		"help_links":             links,
		"debugger":               false,
	}
}

// decode unmarshals a request's content. A content that does not fit the
// request's shape is answered with an error reply rather than dropped, so
// the frontend is not left waiting.
func (k *Kernel) decode(out *writer, m *wire.Message, replyType string, v any) bool {
	if err := json.Unmarshal(m.Content, v); err != nil {
		k.log.Warn().Err(err).Str("msg_type", m.Header.MsgType).Msg("bad request content")
		k.reply(out, m, replyType, map[string]any{
			"status": "error", "ename": "ValueError", "evalue": "bad " + m.Header.MsgType + ": " + err.Error(), "traceback": []string{},
		}, nil)
		return false
	}
	return true
}

func (k *Kernel) handleComplete(m *wire.Message) {
	var req struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if !k.decode(k.shellOut, m, "complete_reply", &req) {
		return
	}
	cursor := cursorByte(req.Code, req.CursorPos)
	c := k.engine.Complete(req.Code, cursor)
	matches := c.Matches
	if matches == nil {
		matches = []string{}
	}
	meta := c.Metadata
	if meta == nil {
		meta = map[string]any{}
	}
	k.reply(k.shellOut, m, "complete_reply", map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": runeOffset(req.Code, c.CursorStart),
		"cursor_end":   runeOffset(req.Code, c.CursorEnd),
		"metadata":     meta,
	}, nil)
}

func (k *Kernel) handleInspect(m *wire.Message) {
	var req struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !k.decode(k.shellOut, m, "inspect_reply", &req) {
		return
	}
	in := k.engine.Inspect(req.Code, cursorByte(req.Code, req.CursorPos), req.DetailLevel)
	k.reply(k.shellOut, m, "inspect_reply", map[string]any{
		"status":   "ok",
		"found":    in.Found,
		"data":     bundle(in.Data),
		"metadata": bundle(in.Metadata),
	}, nil)
}

func (k *Kernel) handleIsComplete(m *wire.Message) {
	var req struct {
		Code string `json:"code"`
	}
	if !k.decode(k.shellOut, m, "is_complete_reply", &req) {
		return
	}
	status, indent := k.engine.IsComplete(req.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(k.shellOut, m, "is_complete_reply", content, nil)
}

// handleCommOpen refuses every comm: bytepy registers no comm targets, and
// the protocol's answer to an unknown target is an immediate comm_close.
func (k *Kernel) handleCommOpen(m *wire.Message) {
	var req struct {
		CommID     string `json:"comm_id"`
		TargetName string `json:"target_name"`
	}
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Warn().Err(err).Msg("bad comm_open")
		return
	}
	k.log.Info().Str("target", req.TargetName).Msg("comm_open for unknown target")
	k.publish(m, "comm_close", map[string]any{"comm_id": req.CommID, "data": map[string]any{}})
}

// handleShutdown answers on the socket the request came on (control, per
// protocol 5.x; shell from older clients), tells iopub listeners too, as
// ipykernel does, and stops the kernel once the reply is out.
func (k *Kernel) handleShutdown(out *writer, m *wire.Message) {
	var req struct {
		Restart bool `json:"restart"`
	}
	_ = json.Unmarshal(m.Content, &req)
	content := map[string]any{"status": "ok", "restart": req.Restart}
	k.reply(out, m, "shutdown_reply", content, nil)
	k.publish(m, "shutdown_reply", content)
	k.log.Info().Bool("restart", req.Restart).Msg("shutdown requested")
	k.requestStop(req.Restart)
}

func bundle(b MimeBundle) MimeBundle {
	if b == nil {
		return MimeBundle{}
	}
	return b
}

func now() string { return wire.FormatDate(time.Now()) }
