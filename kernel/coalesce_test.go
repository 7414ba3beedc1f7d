package kernel

import (
	"bytes"
	"encoding/binary"
	"net"
	"testing"
)

// recordConn is a net.Conn that keeps each Write it is given.
type recordConn struct {
	net.Conn
	writes [][]byte
}

func (c *recordConn) Write(p []byte) (int, error) {
	c.writes = append(c.writes, append([]byte(nil), p...))
	return len(p), nil
}

// frame is one ZMTP frame as zmq4 writes it: header, then body.
func frame(body []byte, more, command bool) [][]byte {
	var flag byte
	if more {
		flag |= 0x01
	}
	if command {
		flag |= 0x04
	}
	if len(body) > 255 {
		hdr := make([]byte, 9)
		hdr[0] = flag | 0x02
		binary.BigEndian.PutUint64(hdr[1:], uint64(len(body)))
		return [][]byte{hdr, body}
	}
	return [][]byte{{flag, byte(len(body))}, body}
}

// message is the pieces of a multi-frame message.
func message(bodies ...[]byte) [][]byte {
	var out [][]byte
	for i, b := range bodies {
		out = append(out, frame(b, i < len(bodies)-1, false)...)
	}
	return out
}

func TestCoalescerWritesOneMessagePerWrite(t *testing.T) {
	greeting := bytes.Repeat([]byte{'g'}, zmtpGreeting)
	big := bytes.Repeat([]byte{'x'}, 300)
	huge := bytes.Repeat([]byte{'y'}, coalesceFlush+10)
	tests := []struct {
		name   string
		pieces [][]byte
		writes []int // sizes of the writes that reach the connection
		greet  bool  // the stream starts with the greeting
	}{
		{"greeting passes through", [][]byte{greeting}, []int{64}, true},
		{"greeting in two writes", [][]byte{greeting[:10], greeting[10:]}, []int{10, 54}, true},
		{"command", frame([]byte("READY...."), false, true), []int{11}, false},
		{"three frames become one write", message([]byte("id"), []byte("<IDS|MSG>"), []byte("{}")), []int{4 + 11 + 4}, false},
		{"long frame", message([]byte("a"), big), []int{3 + 9 + 300}, false},
		{"empty last frame", message([]byte("a"), nil), []int{3 + 2}, false},
		{"two messages", append(message([]byte("a")), message([]byte("bc"))...), []int{3, 4}, false},
		{"huge body is not copied", message(huge), []int{9, coalesceFlush + 10}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc := &recordConn{}
			w := newCoalescer(rc)
			if !tt.greet {
				w.greet = 0
			}
			var want []byte
			for _, p := range tt.pieces {
				if n, err := w.Write(p); n != len(p) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
				want = append(want, p...)
			}
			var got []int
			var all []byte
			for _, wr := range rc.writes {
				got = append(got, len(wr))
				all = append(all, wr...)
			}
			if !bytes.Equal(all, want) {
				t.Errorf("bytes differ: wrote %d, want %d", len(all), len(want))
			}
			if len(got) != len(tt.writes) {
				t.Fatalf("writes %v, want %v", got, tt.writes)
			}
			for i := range got {
				if got[i] != tt.writes[i] {
					t.Errorf("writes %v, want %v", got, tt.writes)
				}
			}
		})
	}
}
