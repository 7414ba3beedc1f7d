package py

import (
	"strings"
	"testing"
)

// The word-at-a-time searches against plain byte loops: every byte
// value as the one sought, at every position of texts around the word
// size, next to its neighbours (the values a borrow or carry between
// bytes would confuse).
func TestSwarBytes(t *testing.T) {
	var texts []string
	for n := 0; n <= 19; n++ {
		for c := 0; c < 256; c += 17 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(c + i*(c|1))
			}
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, "00001|alpha|ALPHA|  3|0.143", strings.Repeat("\x00\x01\x80\xff", 9), "héllo|wörld|日本")
	for _, s := range texts {
		for c := 0; c < 256; c++ {
			var want []int
			for i := 0; i < len(s); i++ {
				if s[i] == byte(c) {
					want = append(want, i)
				}
			}
			var at [64]int
			m, ok := byteOffsets(s, byte(c), at[:])
			if !ok || m != len(want) {
				t.Fatalf("byteOffsets(%q, %#x) = %d, %v; want %d", s, c, m, ok, len(want))
			}
			for i, w := range want {
				if at[i] != w {
					t.Fatalf("byteOffsets(%q, %#x)[%d] = %d; want %d", s, c, i, at[i], w)
				}
			}
			if len(want) > 0 {
				if _, ok := byteOffsets(s, byte(c), at[:len(want)-1]); ok {
					t.Fatalf("byteOffsets(%q, %#x) fit %d offsets in %d", s, c, len(want), len(want)-1)
				}
			}
			d := byte(c) ^ 0x5a
			b := []byte(s)
			swapBytes(b, byte(c), d)
			if got, want := string(b), strings.ReplaceAll(s, string([]byte{byte(c)}), string([]byte{d})); got != want {
				t.Fatalf("swapBytes(%q, %#x, %#x) = %q; want %q", s, c, d, got, want)
			}
		}
	}
}

// caseASCII against a byte loop, for every ascii byte at every position
// of texts around the word size.
func TestCaseASCII(t *testing.T) {
	for n := 0; n <= 19; n++ {
		for c := 0; c < 128; c++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(c+i*37) & 0x7f
			}
			s := string(b)
			for _, up := range []bool{false, true} {
				want := strings.ToLower(s)
				if up {
					want = strings.ToUpper(s)
				}
				got := make([]byte, n)
				caseASCII(got, s, up)
				if string(got) != want {
					t.Fatalf("caseASCII(%q, %v) = %q; want %q", s, up, got, want)
				}
			}
		}
	}
}
