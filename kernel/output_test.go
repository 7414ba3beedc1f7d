package kernel

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/bytepy/bytepy/kernel/wire"
)

// captureKernel is a Kernel whose iopub writer is a bare channel the test
// reads, with no sockets, so output ordering can be checked exactly.
func captureKernel(t *testing.T) (*Kernel, chan writeItem) {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ch := make(chan writeItem, 1<<16)
	k := &Kernel{log: zerolog.Nop(), codec: wire.NewCodec([]byte("k")), session: "s", username: "u", ctx: ctx, cancel: cancel}
	k.iopubOut = &writer{name: "iopub", ch: ch, log: k.log, done: ctx.Done()}
	return k, ch
}

type published struct {
	msgType string
	content map[string]any
}

func drainPublished(t *testing.T, k *Kernel, ch chan writeItem) []published {
	var out []published
	for {
		select {
		case it := <-ch:
			m, err := k.codec.Decode(it.frames)
			if err != nil {
				t.Fatal(err)
			}
			var c map[string]any
			json.Unmarshal(m.Content, &c)
			out = append(out, published{m.Header.MsgType, c})
		default:
			return out
		}
	}
}

func parentMsg() *wire.Message {
	return &wire.Message{Header: wire.NewHeader("execute_request", "client", "u")}
}

func TestStreamCoalesces(t *testing.T) {
	k, ch := captureKernel(t)
	o := k.newCellOutput(parentMsg(), ExecuteRequest{})
	var want strings.Builder
	const lines = 100000
	for i := 0; i < lines; i++ {
		s := strconv.Itoa(i) + "\n"
		want.WriteString(s)
		o.Stream("stdout", s)
	}
	o.close()
	msgs := drainPublished(t, k, ch)
	var got strings.Builder
	for _, m := range msgs {
		if m.msgType != "stream" || m.content["name"] != "stdout" {
			t.Fatalf("unexpected %s %v", m.msgType, m.content["name"])
		}
		got.WriteString(m.content["text"].(string))
	}
	if got.String() != want.String() {
		t.Fatalf("text differs: got %d bytes, want %d", got.Len(), want.Len())
	}
	// Size flushes give about ten messages; timer flushes add a few on a
	// slow machine. Either way, far fewer messages than lines.
	if max := lines / 100; len(msgs) > max {
		t.Errorf("%d stream messages for %d lines, want at most %d", len(msgs), lines, max)
	}
}

func TestOutputOrder(t *testing.T) {
	k, ch := captureKernel(t)
	o := k.newCellOutput(parentMsg(), ExecuteRequest{ExecutionCount: 4})
	o.Stream("stdout", "a")
	o.Stream("stdout", "b")
	o.Stream("stderr", "c")
	o.Display(Display{Data: MimeBundle{"text/plain": "d"}, DisplayID: "x"})
	o.Stream("stdout", "e")
	o.UpdateDisplay(Display{Data: MimeBundle{"text/plain": "f"}, DisplayID: "x"})
	o.UpdateDisplay(Display{Data: MimeBundle{"text/plain": "no id"}})
	o.ClearOutput(true)
	o.Result(MimeBundle{"text/plain": "42"}, nil)
	o.Stream("stderr", "g")
	o.close()
	o.Stream("stdout", "after close")
	var got []string
	for _, m := range drainPublished(t, k, ch) {
		s := m.msgType
		switch m.msgType {
		case "stream":
			s += ":" + m.content["name"].(string) + ":" + m.content["text"].(string)
		case "execute_result":
			s += ":" + strconv.Itoa(int(m.content["execution_count"].(float64)))
		case "display_data", "update_display_data":
			s += ":" + m.content["transient"].(map[string]any)["display_id"].(string)
		}
		got = append(got, s)
	}
	want := []string{
		"stream:stdout:ab", "stream:stderr:c", "display_data:x", "stream:stdout:e",
		"update_display_data:x", "clear_output", "execute_result:4", "stream:stderr:g",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("published\n%v\nwant\n%v", got, want)
	}
	if o.lastResult == nil || *o.lastResult != "42" {
		t.Errorf("lastResult %v", o.lastResult)
	}
}

func TestSilentHasNoResult(t *testing.T) {
	k, ch := captureKernel(t)
	o := k.newCellOutput(parentMsg(), ExecuteRequest{Silent: true})
	o.Result(MimeBundle{"text/plain": "1"}, nil)
	o.close()
	if msgs := drainPublished(t, k, ch); len(msgs) != 0 {
		t.Errorf("silent cell published %v", msgs)
	}
}

func TestInputNotAllowed(t *testing.T) {
	k, _ := captureKernel(t)
	o := k.newCellOutput(parentMsg(), ExecuteRequest{AllowStdin: false})
	if _, err := o.Input("? ", false); err != ErrStdinNotAllowed {
		t.Errorf("Input err = %v, want ErrStdinNotAllowed", err)
	}
}

func TestInputWaiter(t *testing.T) {
	var w inputWaiter
	if w.deliver("", inputResult{value: "x"}) {
		t.Fatal("delivered with nobody waiting")
	}
	ch := w.begin("req1")
	if w.deliver("other", inputResult{value: "stale"}) {
		t.Fatal("delivered a reply to another request")
	}
	if !w.deliver("req1", inputResult{value: "yes"}) {
		t.Fatal("reply not delivered")
	}
	if r := <-ch; r.value != "yes" {
		t.Fatalf("got %q", r.value)
	}
	w.end()
	w.cancel(ErrInterrupted) // no waiter: must not poison the next Input
	ch = w.begin("req2")
	w.cancel(ErrInterrupted)
	if r := <-ch; r.err != ErrInterrupted {
		t.Fatalf("got %v", r.err)
	}
}
