package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Delimiter separates the routing identities from the message proper.
const Delimiter = "<IDS|MSG>"

// Message is one protocol message. JSON parts stay raw: the kernel decodes
// content into the request type it expects, and quotes a request's header
// verbatim as its replies' parent_header so frontend-specific fields survive.
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     json.RawMessage // the parent's header, {} when there is none
	Metadata   json.RawMessage
	Content    json.RawMessage
	Buffers    [][]byte

	rawHeader json.RawMessage // the header exactly as received, if it was
}

// RawHeader is the header as it travels: the received bytes for an incoming
// message, the marshalled Header for one built here.
func (m *Message) RawHeader() json.RawMessage {
	if m.rawHeader != nil {
		return m.rawHeader
	}
	b, _ := json.Marshal(m.Header)
	return b
}

// Why a frame list was refused. Decode wraps these so callers can log the
// detail and test for the kind with errors.Is.
var (
	ErrNoDelimiter  = errors.New("no <IDS|MSG> delimiter")
	ErrTooFewFrames = errors.New("too few frames after delimiter")
	ErrSignature    = errors.New("bad signature")
	ErrReplay       = errors.New("replayed signature")
	ErrJSON         = errors.New("invalid JSON")
)

// Codec turns messages into frames and back under one key. Replay may be
// nil to accept repeats (the kernel always sets it).
type Codec struct {
	Signer *Signer
	Replay *ReplayGuard
}

// NewCodec returns a codec for key that remembers DefaultReplayHistory
// signatures.
func NewCodec(key []byte) *Codec {
	return &Codec{Signer: NewSigner(key), Replay: NewReplayGuard(DefaultReplayHistory)}
}

// Encode returns the frames of m, signed. It marshals nothing but the
// header; the other JSON parts must already be valid JSON (nil means {}).
func (c *Codec) Encode(m *Message) [][]byte {
	header := m.RawHeader()
	parent, metadata, content := orEmpty(m.Parent), orEmpty(m.Metadata), orEmpty(m.Content)
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, []byte(Delimiter), c.Signer.Sign(header, parent, metadata, content))
	frames = append(frames, header, parent, metadata, content)
	return append(frames, m.Buffers...)
}

// Decode checks and parses a received frame list. The order of the checks
// is the security argument: shape, signature, replay, and only then JSON.
func (c *Codec) Decode(frames [][]byte) (*Message, error) {
	delim := -1
	for i, f := range frames {
		if string(f) == Delimiter {
			delim = i
			break
		}
	}
	if delim < 0 {
		return nil, fmt.Errorf("%w (%d frames)", ErrNoDelimiter, len(frames))
	}
	rest := frames[delim+1:]
	if len(rest) < 5 {
		return nil, fmt.Errorf("%w: %d, want at least 5", ErrTooFewFrames, len(rest))
	}
	sig, header, parent, metadata, content := rest[0], rest[1], rest[2], rest[3], rest[4]
	if c.Signer.Enabled() {
		if !c.Signer.Verify(sig, header, parent, metadata, content) {
			return nil, ErrSignature
		}
		if c.Replay != nil && !c.Replay.Check(sig) {
			return nil, ErrReplay
		}
	}
	m := &Message{
		Identities: frames[:delim:delim],
		Parent:     json.RawMessage(parent),
		Metadata:   json.RawMessage(metadata),
		Content:    json.RawMessage(content),
		Buffers:    rest[5:],
		rawHeader:  json.RawMessage(header),
	}
	if err := json.Unmarshal(header, &m.Header); err != nil {
		return nil, fmt.Errorf("%w in header: %v", ErrJSON, err)
	}
	if m.Header.MsgType == "" {
		return nil, fmt.Errorf("%w: header has no msg_type", ErrJSON)
	}
	for _, part := range []struct {
		name string
		data []byte
	}{{"parent_header", parent}, {"metadata", metadata}, {"content", content}} {
		if !isObject(part.data) {
			return nil, fmt.Errorf("%w: %s is not a JSON object", ErrJSON, part.name)
		}
	}
	return m, nil
}

// isObject reports whether b is one valid JSON object.
func isObject(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n")
	return len(t) > 0 && t[0] == '{' && json.Valid(b)
}

func orEmpty(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("{}")
	}
	return b
}
