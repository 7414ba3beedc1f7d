package wire

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
)

// SchemeHMACSHA256 is the only signature scheme bytepy speaks; it is what
// every Jupyter frontend writes into connection files.
const SchemeHMACSHA256 = "hmac-sha256"

// Signer signs outgoing messages and checks incoming ones. A Signer with an
// empty key signs nothing and accepts any signature, as the protocol asks.
// It is safe for concurrent use: each socket's reader and writer share one.
type Signer struct {
	key  []byte
	pool sync.Pool // of hash.Hash, since HMAC setup costs two block hashes
}

// NewSigner returns a Signer for key under the hmac-sha256 scheme.
func NewSigner(key []byte) *Signer {
	s := &Signer{key: append([]byte(nil), key...)}
	s.pool.New = func() any { return hmac.New(sha256.New, s.key) }
	return s
}

// Enabled reports whether messages are signed at all.
func (s *Signer) Enabled() bool { return len(s.key) > 0 }

// Sign returns the lowercase hex signature of the four JSON frames, or ""
// when signing is off.
func (s *Signer) Sign(header, parent, metadata, content []byte) []byte {
	if !s.Enabled() {
		return nil
	}
	sum := s.mac(header, parent, metadata, content)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// Verify reports whether sig is the signature of the four frames. The
// comparison takes the same time wherever the first differing byte is, so a
// forger learns nothing from how fast a guess is refused.
func (s *Signer) Verify(sig, header, parent, metadata, content []byte) bool {
	if !s.Enabled() {
		return true
	}
	want := s.Sign(header, parent, metadata, content)
	return hmac.Equal(want, sig)
}

func (s *Signer) mac(frames ...[]byte) []byte {
	h := s.pool.Get().(hash.Hash)
	h.Reset()
	for _, f := range frames {
		h.Write(f)
	}
	sum := h.Sum(nil)
	s.pool.Put(h)
	return sum
}
