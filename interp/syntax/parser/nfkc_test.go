package parser

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"
)

// TestIdentifierNFKC checks identifier normalisation on fixed cases
// (values from CPython 3.7's unicodedata.normalize('NFKC', s)).
func TestIdentifierNFKC(t *testing.T) {
	cases := []struct{ in, want string }{
		{"abc", "abc"},
		{"\u00b5", "\u03bc"},              // micro sign -> mu
		{"\ufb01le", "file"},              // fi ligature
		{"\uff41\uff42", "ab"},            // fullwidth
		{"e\u0301", "\u00e9"},             // composed
		{"\u1100\u1161\u11a8", "\uac01"},  // Hangul jamo -> syllable
		{"\uac01", "\uac01"},              // syllable stays
		{"x\u0323\u0307", "\u1e8b\u0323"}, // dot above joins x
		{"s\u0307\u0323", "\u1e69"},       // reordered, then composed
		{"\u2168", "IX"},                  // Roman numeral nine
		{"\U0001d400", "A"},               // mathematical bold A
		{"\u212b", "\u00c5"},              // angstrom sign
	}
	for _, c := range cases {
		if got := identifier(c.in); got != c.want {
			t.Errorf("identifier(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
}

// TestIdentifierNFKCLive compares every identifier character, and
// sequences of letters with combining marks, with the oracle (strings
// that are not identifiers never reach identifier and stay as they are).
func TestIdentifierNFKCLive(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("CPython 3.7 oracle not installed")
	}
	if testing.Short() {
		t.Skip("live oracle comparison skipped in -short mode")
	}
	var inputs []string
	for r := rune(0x80); r <= 0x2FFFF; r++ {
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) {
			inputs = append(inputs, "a"+string(r))
		}
	}
	marks := []string{"\u0301", "\u0323", "\u0307", "\u0308", "\u0327", "\u031b", "\u0345", "\u05b0", "\u0653"}
	for _, base := range []string{"a", "e", "o", "u", "s", "A", "\u03b1", "\u0627", "\u0915", "\u1100\u1161"} {
		for _, m1 := range marks {
			for _, m2 := range marks {
				inputs = append(inputs, base+m1+m2, base+m2+m1+"\u1161\u11a8")
			}
		}
	}
	cmd := exec.Command(oracle, "-c", "import sys, unicodedata as u\nfor l in sys.stdin.read().split('\\n'): print(u.normalize('NFKC', l) if l.isidentifier() else l)")
	cmd.Stdin = strings.NewReader(strings.Join(inputs, "\n"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(want) != len(inputs) {
		t.Fatalf("oracle gave %d lines for %d inputs", len(want), len(inputs))
	}
	bad := 0
	for i, in := range inputs {
		if got := nfkc(in); got != want[i] {
			if bad++; bad <= 20 {
				t.Errorf("nfkc(%+q) = %+q, want %+q", in, got, want[i])
			}
		}
	}
}
