package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// The expected signature was computed with Python's hmac module, which is
// what jupyter_client uses:
//
//	hmac.new(b'secret', b'{"a":1}' b'{}' b'{}' b'{"code":"1+1"}', hashlib.sha256).hexdigest()
const pythonSignature = "0aade2b613919c135b3893a0875ca7c0efb0b38bd72ef786605464553b3a23e6"

func TestSignMatchesPython(t *testing.T) {
	s := NewSigner([]byte("secret"))
	got := s.Sign([]byte(`{"a":1}`), []byte(`{}`), []byte(`{}`), []byte(`{"code":"1+1"}`))
	if string(got) != pythonSignature {
		t.Fatalf("signature %s, want %s", got, pythonSignature)
	}
}

func TestVerify(t *testing.T) {
	s := NewSigner([]byte("secret"))
	h, p, m, c := []byte(`{"a":1}`), []byte(`{}`), []byte(`{}`), []byte(`{"code":"1+1"}`)
	good := []byte(pythonSignature)
	tests := []struct {
		name       string
		sig        []byte
		h, p, m, c []byte
		want       bool
	}{
		{"good", good, h, p, m, c, true},
		{"uppercase hex", bytes.ToUpper(good), h, p, m, c, false},
		{"empty", nil, h, p, m, c, false},
		{"truncated", good[:63], h, p, m, c, false},
		{"last char flipped", append(append([]byte{}, good[:63]...), '7'), h, p, m, c, false},
		{"header changed", good, []byte(`{"a":2}`), p, m, c, false},
		{"parent changed", good, h, []byte(`{ }`), m, c, false},
		{"metadata changed", good, h, p, []byte(`{"x":1}`), c, false},
		{"content changed", good, h, p, m, []byte(`{"code":"1+2"}`), false},
		// The protocol signs the plain concatenation (as jupyter_client
		// does), so moving bytes between frames keeps the signature; the
		// JSON checks in Decode are what refuse such a message.
		{"bytes moved across frames", good, []byte(`{"a":1}{}`), []byte(``), m, c, true},
	}
	for _, tt := range tests {
		if got := s.Verify(tt.sig, tt.h, tt.p, tt.m, tt.c); got != tt.want {
			t.Errorf("%s: Verify = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestUnsigned(t *testing.T) {
	s := NewSigner(nil)
	if s.Enabled() {
		t.Fatal("empty key should disable signing")
	}
	if sig := s.Sign([]byte("{}"), nil, nil, nil); len(sig) != 0 {
		t.Fatalf("unsigned Sign = %q, want empty", sig)
	}
	if !s.Verify([]byte("anything"), []byte("{}"), nil, nil, nil) {
		t.Fatal("unsigned Verify must accept")
	}
}

func TestReplayGuard(t *testing.T) {
	g := NewReplayGuard(3)
	steps := []struct {
		sig  string
		want bool
	}{
		{"a", true}, {"a", false}, {"b", true}, {"c", true}, {"b", false},
		{"d", true}, // evicts "a", the oldest
		{"a", true}, // so "a" is new again (and evicts "b")
		{"c", false}, {"b", true},
	}
	for i, s := range steps {
		if got := g.Check([]byte(s.sig)); got != s.want {
			t.Fatalf("step %d: Check(%q) = %v, want %v", i, s.sig, got, s.want)
		}
		if g.Len() > 3 {
			t.Fatalf("step %d: guard holds %d > 3", i, g.Len())
		}
	}
}

func TestReplayGuardBounded(t *testing.T) {
	g := NewReplayGuard(DefaultReplayHistory)
	for i := 0; i < 3*DefaultReplayHistory; i++ {
		g.Check([]byte{byte(i), byte(i >> 8), byte(i >> 16)})
	}
	if g.Len() != DefaultReplayHistory {
		t.Fatalf("Len = %d, want %d", g.Len(), DefaultReplayHistory)
	}
}

func frames(s ...string) [][]byte {
	out := make([][]byte, len(s))
	for i, f := range s {
		out[i] = []byte(f)
	}
	return out
}

// signed builds a frame list for header h and content c, signed by codec.
func signed(c *Codec, ids []string, h, content string, buffers ...string) [][]byte {
	sig := c.Signer.Sign([]byte(h), []byte("{}"), []byte("{}"), []byte(content))
	f := frames(ids...)
	f = append(f, []byte(Delimiter), sig, []byte(h), []byte("{}"), []byte("{}"), []byte(content))
	return append(f, frames(buffers...)...)
}

const hdr = `{"msg_id":"1","msg_type":"kernel_info_request","session":"s","username":"u","date":"2020-01-01T00:00:00.000000Z","version":"5.3"}`

func TestDecode(t *testing.T) {
	key := []byte("k")
	tests := []struct {
		name   string
		frames func(c *Codec) [][]byte
		err    error
	}{
		{"ok", func(c *Codec) [][]byte { return signed(c, []string{"id"}, hdr, `{}`) }, nil},
		{"no identities", func(c *Codec) [][]byte { return signed(c, nil, hdr, `{}`) }, nil},
		{"empty", func(c *Codec) [][]byte { return nil }, ErrNoDelimiter},
		{"garbage", func(c *Codec) [][]byte { return frames("\x00\xff", "hello") }, ErrNoDelimiter},
		{"delimiter only", func(c *Codec) [][]byte { return frames(Delimiter) }, ErrTooFewFrames},
		{"four after delimiter", func(c *Codec) [][]byte { return frames(Delimiter, "", "{}", "{}", "{}") }, ErrTooFewFrames},
		{"forged signature", func(c *Codec) [][]byte {
			f := signed(c, []string{"id"}, hdr, `{}`)
			f[2] = bytes.Repeat([]byte("0"), 64)
			return f
		}, ErrSignature},
		{"signed by another key", func(*Codec) [][]byte { return signed(NewCodec([]byte("other")), nil, hdr, `{}`) }, ErrSignature},
		{"tampered content", func(c *Codec) [][]byte {
			f := signed(c, nil, hdr, `{}`)
			f[5] = []byte(`{"code":"evil"}`)
			return f
		}, ErrSignature},
		{"bad header JSON", func(c *Codec) [][]byte { return signed(c, nil, `{"msg_type":`, `{}`) }, ErrJSON},
		{"header without msg_type", func(c *Codec) [][]byte { return signed(c, nil, `{"msg_id":"1"}`, `{}`) }, ErrJSON},
		{"header not an object", func(c *Codec) [][]byte { return signed(c, nil, `[1,2]`, `{}`) }, ErrJSON},
		{"header field of wrong type", func(c *Codec) [][]byte { return signed(c, nil, `{"msg_type":5}`, `{}`) }, ErrJSON},
		{"content not JSON", func(c *Codec) [][]byte { return signed(c, nil, hdr, `{"a":`) }, ErrJSON},
		{"content a string", func(c *Codec) [][]byte { return signed(c, nil, hdr, `"x"`) }, ErrJSON},
	}
	for _, tt := range tests {
		c := NewCodec(key)
		_, err := c.Decode(tt.frames(c))
		if !errors.Is(err, tt.err) && !(err == nil && tt.err == nil) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
	}
}

func TestDecodeCarriesIdentitiesAndBuffers(t *testing.T) {
	c := NewCodec([]byte("k"))
	m, err := c.Decode(signed(c, []string{"a", "b"}, hdr, `{"x":1}`, "buf1", "buf2"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Identities) != 2 || string(m.Identities[0]) != "a" || string(m.Identities[1]) != "b" {
		t.Errorf("identities %q", m.Identities)
	}
	if len(m.Buffers) != 2 || string(m.Buffers[1]) != "buf2" {
		t.Errorf("buffers %q", m.Buffers)
	}
	if m.Header.MsgType != "kernel_info_request" || string(m.RawHeader()) != hdr {
		t.Errorf("header %+v raw %s", m.Header, m.RawHeader())
	}
	// Re-encoding keeps every frame, so a message can be relayed.
	again := c.Encode(m)
	if want := signed(c, []string{"a", "b"}, hdr, `{"x":1}`, "buf1", "buf2"); !equalFrames(again, want) {
		t.Errorf("re-encoded\n%q\nwant\n%q", again, want)
	}
}

func TestReplayRejected(t *testing.T) {
	c := NewCodec([]byte("k"))
	f := signed(c, nil, hdr, `{}`)
	if _, err := c.Decode(f); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Decode(f); !errors.Is(err, ErrReplay) {
		t.Fatalf("second decode: %v, want replay", err)
	}
	// Unsigned sessions have no signatures to remember: repeats are allowed.
	u := NewCodec(nil)
	g := signed(u, nil, hdr, `{}`)
	for i := 0; i < 2; i++ {
		if _, err := u.Decode(g); err != nil {
			t.Fatalf("unsigned decode %d: %v", i, err)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	c := NewCodec([]byte("key"))
	m := &Message{
		Identities: frames("peer"),
		Header:     NewHeader("execute_reply", "sess", "me"),
		Parent:     json.RawMessage(hdr),
		Content:    json.RawMessage(`{"status":"ok"}`),
		Buffers:    frames("b"),
	}
	f := c.Encode(m)
	if string(f[1]) != Delimiter || string(f[5]) != "{}" {
		t.Fatalf("frames %q", f)
	}
	got, err := c.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if got.Header != m.Header || string(got.Parent) != hdr || string(got.Content) != `{"status":"ok"}` {
		t.Errorf("round trip: %+v", got)
	}
}

var dateRE = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$`)

func TestHeader(t *testing.T) {
	h := NewHeader("status", "sess", "me")
	if h.Version != "5.3" || h.MsgType != "status" || h.Session != "sess" || h.Username != "me" {
		t.Errorf("header %+v", h)
	}
	if !dateRE.MatchString(h.Date) {
		t.Errorf("date %q is not ISO 8601 with microseconds and zone", h.Date)
	}
	if _, err := time.Parse(time.RFC3339Nano, h.Date); err != nil {
		t.Errorf("date %q: %v", h.Date, err)
	}
	if h2 := NewHeader("status", "sess", "me"); h2.MsgID == h.MsgID || len(h.MsgID) != 36 {
		t.Errorf("msg_ids %q %q: want distinct UUIDs", h.MsgID, h2.MsgID)
	}
	if got := FormatDate(time.Date(2020, 1, 2, 3, 4, 5, 6000, time.FixedZone("x", 3600))); got != "2020-01-02T02:04:05.000006Z" {
		t.Errorf("FormatDate = %q", got)
	}
	var fields map[string]any
	b, _ := json.Marshal(h)
	json.Unmarshal(b, &fields)
	for _, k := range []string{"msg_id", "msg_type", "session", "username", "date", "version"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("header JSON lacks %s: %s", k, b)
		}
	}
}

func equalFrames(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// FuzzDecode: no frame list, however hostile, makes Decode panic, and
// only a correctly signed one gets through.
func FuzzDecode(f *testing.F) {
	c := NewCodec([]byte("k"))
	f.Add([]byte(Delimiter), []byte(hdr), []byte(`{}`), uint8(0))
	f.Add([]byte("x"), []byte(`{"msg_type":"a"}`), []byte(`{"a":[1,2]}`), uint8(3))
	f.Fuzz(func(t *testing.T, a, b, d []byte, n uint8) {
		raw := [][]byte{a, []byte(Delimiter), b, d, a, b, d}[:int(n)%8]
		if _, err := c.Decode(raw); err == nil {
			t.Fatalf("unsigned frames accepted: %q", raw)
		}
		good := signed(c, []string{string(a)}, string(b), string(d))
		if m, err := c.Decode(good); err == nil && m.Header.MsgType == "" {
			t.Fatal("accepted a header without msg_type")
		}
	})
}

// TestReplayGuardMatchesModel checks the open-addressing set against a
// plain map and queue over small windows, where probe runs wrap around and
// deletions shift keys back often.
func TestReplayGuardMatchesModel(t *testing.T) {
	for _, size := range []int{1, 2, 5, 8, 33} {
		g := NewReplayGuard(size)
		seen := map[string]bool{}
		var order []string
		x := uint32(size)
		for step := 0; step < 20000; step++ {
			x = x*1664525 + 1013904223
			sig := strconv.Itoa(int(x>>16) % (3 * size))
			want := !seen[sig]
			if want {
				if len(order) == size {
					delete(seen, order[0])
					order = order[1:]
				}
				seen[sig] = true
				order = append(order, sig)
			}
			if got := g.Check([]byte(sig)); got != want {
				t.Fatalf("size %d step %d: Check(%q) = %v, want %v", size, step, sig, got, want)
			}
			if g.Len() != len(order) {
				t.Fatalf("size %d step %d: Len %d, want %d", size, step, g.Len(), len(order))
			}
		}
	}
}
