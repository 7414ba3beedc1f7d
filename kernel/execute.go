package kernel

import (
	"fmt"
	"runtime/debug"

	"github.com/bytepy/bytepy/kernel/wire"
)

// executeContent is execute_request's content. The pointers tell "absent"
// from false, because the protocol's defaults for those are true.
type executeContent struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

func orTrue(b *bool) bool { return b == nil || *b }

// handleExecute runs one cell: execute_input, the cell's own output as it
// happens, at most one error, then execute_reply. IPython's counting rule:
// In[n] advances only for cells that store history.
func (k *Kernel) handleExecute(m *wire.Message) {
	started := now()
	var c executeContent
	if !k.decode(k.shellOut, m, "execute_reply", &c) {
		return
	}
	store := orTrue(c.StoreHistory) && !c.Silent
	n := k.count + 1
	if !c.Silent {
		k.publish(m, "execute_input", map[string]any{"code": c.Code, "execution_count": n})
	}
	req := ExecuteRequest{
		Code:            c.Code,
		Silent:          c.Silent,
		StoreHistory:    store,
		AllowStdin:      orTrue(c.AllowStdin),
		ExecutionCount:  n,
		UserExpressions: c.UserExpressions,
	}
	out := k.newCellOutput(m, req)
	k.gc.cellStarted()
	res := k.runCell(req, out)
	if k.gc.cellEnded() {
		// Deferred so that it starts once the reply is queued; it runs on
		// a goroutine of its own, so idle is not held up either.
		defer k.gc.release()
	}
	out.close()

	count := k.count
	if store {
		k.count = n
		count = n
		// An engine that keeps the history has recorded the input (sharing
		// its text with In[n]); otherwise, or if it failed before, the
		// kernel does.
		if _, ok := k.history.Input(n); !ok {
			k.history.Add(n, c.Code)
		}
		if out.lastResult != nil {
			k.history.SetOutput(n, *out.lastResult)
		}
	}
	meta := map[string]any{"started": started, "dependencies_met": true, "engine": k.session}
	if e := res.Error; e != nil {
		tb := e.Traceback
		if tb == nil {
			tb = []string{}
		}
		k.publish(m, "error", map[string]any{"ename": e.EName, "evalue": e.EValue, "traceback": tb, "execution_count": count})
		meta["status"] = "error"
		k.reply(k.shellOut, m, "execute_reply", map[string]any{
			"status": "error", "execution_count": count, "ename": e.EName, "evalue": e.EValue, "traceback": tb,
			"user_expressions": map[string]any{}, "payload": []any{},
		}, meta)
		if orTrue(c.StopOnError) {
			k.abortQueued()
		}
		return
	}
	payload := res.Payloads
	if payload == nil {
		payload = []map[string]any{}
	}
	meta["status"] = "ok"
	k.reply(k.shellOut, m, "execute_reply", map[string]any{
		"status": "ok", "execution_count": count, "user_expressions": userExpressions(res.UserExpressions), "payload": payload,
	}, meta)
}

// runCell calls the engine, turning a Go panic into a SystemError the
// user sees in the cell: a bug in the interpreter must not end the kernel.
func (k *Kernel) runCell(req ExecuteRequest, out Output) (res ExecuteResult) {
	defer func() {
		if r := recover(); r != nil {
			k.log.Error().Interface("panic", r).Str("stack", string(debug.Stack())).Msg("engine panicked")
			msg := fmt.Sprint(r)
			res = ExecuteResult{Error: &Error{
				EName:     "SystemError",
				EValue:    "bytepy internal error: " + msg,
				Traceback: []string{"\x1b[0;31mSystemError\x1b[0m: bytepy internal error: " + msg},
			}}
		}
	}()
	return k.engine.Execute(req, out)
}

// abortQueued answers every waiting execute request with status aborted,
// as a failed cell with stop_on_error asks: later cells assumed it worked.
func (k *Kernel) abortQueued() {
	for _, m := range k.queue.take("execute_request") {
		k.status(m, "busy")
		k.reply(k.shellOut, m, "execute_reply",
			map[string]any{"status": "aborted", "execution_count": k.count, "user_expressions": map[string]any{}, "payload": []any{}},
			map[string]any{"status": "aborted", "started": now(), "dependencies_met": false, "engine": k.session})
		k.status(m, "idle")
	}
}

func userExpressions(vals map[string]ExpressionValue) map[string]any {
	out := make(map[string]any, len(vals))
	for name, v := range vals {
		if v.Error != nil {
			out[name] = map[string]any{"status": "error", "ename": v.Error.EName, "evalue": v.Error.EValue, "traceback": v.Error.Traceback}
			continue
		}
		out[name] = map[string]any{"status": "ok", "data": bundle(v.Data), "metadata": bundle(v.Metadata)}
	}
	return out
}
