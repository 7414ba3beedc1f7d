package py

import "testing"

// StrReverseFresh against a byte loop, for every length around its word
// sizes, and its refusal of a str that does not own its text.
func TestStrReverseFresh(t *testing.T) {
	for n := 2; n <= 40; n++ {
		text := make([]byte, n)
		want := make([]byte, n)
		for i := range text {
			text[i] = byte('!' + i)
			want[n-1-i] = text[i]
		}
		st, buf := newStrBuf(n, true)
		copy(buf, text)
		v := st.done(buf, 1)
		if !StrReverseFresh(v) || StrOf(v) != string(want) {
			t.Fatalf("StrReverseFresh of %d bytes = %q; want %q", n, StrOf(v), want)
		}
	}
	if v := NewStr("x"); StrReverseFresh(v) || StrOf(v) != "x" {
		t.Fatalf("StrReverseFresh wrote a one-byte str: %q", StrOf(v))
	}
}
