package py

import (
	"strings"
	"testing"
)

// swapBytes against strings.ReplaceAll: every byte value as the one
// replaced, at every position of texts around the word size, next to
// its neighbours (the values a borrow or carry between bytes would
// confuse).
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

// reverseASCII against a byte loop for lengths around the word size,
// and s[::-1] with every start and stop against the general path.
func TestReverseASCII(t *testing.T) {
	for n := 0; n <= 27; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + i)
		}
		s := string(b)
		got := make([]byte, n)
		reverseASCII(got, s)
		for i := range got {
			if got[i] != s[n-1-i] {
				t.Fatalf("reverseASCII(%q) = %q", s, got)
			}
		}
		for lo := -n - 2; lo <= n+2; lo++ {
			for hi := -n - 2; hi <= n+2; hi++ {
				v := NewStr(s)
				r, ok := strSliceFast(v, MakeInt(int64(lo)), MakeInt(int64(hi)), MakeInt(-1))
				want, err := strGetItem(nil, v, NewSlice(MakeInt(int64(lo)), MakeInt(int64(hi)), MakeInt(-1)))
				if !ok || err != nil || StrOf(r) != StrOf(want) {
					t.Fatalf("%q[%d:%d:-1] = %q, %v; want %q", s, lo, hi, StrOf(r), ok, StrOf(want))
				}
			}
		}
	}
}
