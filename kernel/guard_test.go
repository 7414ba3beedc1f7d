package kernel

import (
	"bytes"
	"encoding/binary"
	"net"
	"testing"
)

// zmtpHello is a client's greeting and READY command (NULL mechanism,
// Socket-Type DEALER): a handshake as libzmq sends it.
func zmtpHello() []byte {
	var b bytes.Buffer
	b.Write([]byte{0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x7f, 3, 0})
	mech := make([]byte, 20)
	copy(mech, "NULL")
	b.Write(mech)
	b.Write(make([]byte, 32)) // as-server 0, filler
	body := []byte("\x05READY\x0bSocket-Type\x00\x00\x00\x06DEALER")
	b.Write([]byte{0x04, byte(len(body))})
	b.Write(body)
	return b.Bytes()
}

func longFrame(size uint64) []byte {
	h := []byte{0x02, 0, 0, 0, 0, 0, 0, 0, 0}
	binary.BigEndian.PutUint64(h[1:], size)
	return h
}

func TestFrameGuard(t *testing.T) {
	hello := zmtpHello()
	tests := []struct {
		name     string
		chunks   [][]byte
		shook    bool
		tooLarge bool
	}{
		{"greeting only", [][]byte{hello[:64]}, false, false},
		{"handshake", [][]byte{hello}, true, false},
		{"handshake byte by byte", splitBytes(hello), true, false},
		{"then short frames", [][]byte{hello, {0x01, 3, 'a', 'b', 'c', 0x00, 0}}, true, false},
		{"then a long frame at the limit", [][]byte{hello, longFrame(maxFrameSize)}, true, false},
		{"then a forged huge frame", [][]byte{hello, {0x00, 1, 'x'}, longFrame(1 << 40)}, true, true},
		{"huge frame split across reads", append([][]byte{hello}, splitBytes(longFrame(1<<62))...), true, true},
		{"huge command instead of READY", [][]byte{hello[:64], {0x06, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}}, false, true},
	}
	for _, tt := range tests {
		a, b := net.Pipe()
		defer a.Close()
		defer b.Close()
		c := &handshakeConn{Conn: a, need: zmtpGreeting}
		var refused bool
		for _, ch := range tt.chunks {
			refused = c.feed(ch) || refused
		}
		if c.shook != tt.shook || refused != tt.tooLarge {
			t.Errorf("%s: shook %v refused %v, want %v %v", tt.name, c.shook, refused, tt.shook, tt.tooLarge)
		}
	}
}

func splitBytes(b []byte) [][]byte {
	out := make([][]byte, len(b))
	for i := range b {
		out[i] = b[i : i+1]
	}
	return out
}

// FuzzFrameGuard: the frame parser never panics and, whatever the byte
// stream, never lets a frame over the limit through unflagged.
func FuzzFrameGuard(f *testing.F) {
	f.Add(zmtpHello(), []byte{0x00, 1, 'x'})
	f.Add(zmtpHello()[:70], longFrame(1<<40))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		p1, p2 := net.Pipe()
		defer p1.Close()
		defer p2.Close()
		c := &handshakeConn{Conn: p1, need: zmtpGreeting}
		refused := c.feed(a) || c.feed(b)
		if !refused && c.phase == 3 && c.need > maxFrameSize {
			t.Fatalf("frame of %d bytes accepted", c.need)
		}
	})
}
