package kernel

import (
	"encoding/json"
	"os"

	"github.com/bytepy/bytepy/kernel/wire"
)

// handleControl serves the control socket on its reader goroutine, so
// interrupts and shutdowns are answered while a cell runs. Replies go out
// on control.
func (k *Kernel) handleControl(m *wire.Message) {
	k.serve(k.controlOut, m, func(m *wire.Message) {
		switch m.Header.MsgType {
		case "interrupt_request":
			k.interrupt("interrupt_request")
			k.reply(k.controlOut, m, "interrupt_reply", map[string]any{"status": "ok"}, nil)
		case "shutdown_request":
			k.handleShutdown(k.controlOut, m)
		case "kernel_info_request":
			k.reply(k.controlOut, m, "kernel_info_reply", k.kernelInfo(), nil)
		default:
			k.log.Warn().Str("msg_type", m.Header.MsgType).Msg("unsupported control message type")
		}
	})
}

// interrupt stops the running cell, or the input() it waits in.
func (k *Kernel) interrupt(why string) {
	k.log.Info().Str("by", why).Msg("interrupt")
	k.engine.Interrupt()
	k.input.cancel(ErrInterrupted)
}

// signals turns SIGINT into an interrupt (kernelspec interrupt_mode
// "signal"): the signal is caught, never fatal.
func (k *Kernel) signals(ch <-chan os.Signal) {
	defer k.wg.Done()
	for {
		select {
		case s := <-ch:
			k.interrupt(s.String())
		case <-k.ctx.Done():
			return
		}
	}
}

// handleStdin takes the frontend's answers to input requests.
func (k *Kernel) handleStdin(m *wire.Message) {
	if m.Header.MsgType != "input_reply" {
		k.log.Warn().Str("msg_type", m.Header.MsgType).Msg("unexpected message on stdin")
		return
	}
	var c struct {
		Value string `json:"value"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		k.log.Warn().Err(err).Msg("bad input_reply")
		return
	}
	if !k.input.deliver(parentMsgID(m.Parent), inputResult{value: c.Value}) {
		k.log.Warn().Msg("input_reply nobody waits for")
	}
}
