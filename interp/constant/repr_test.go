package constant

import (
	"math"
	"strconv"
	"testing"
)

// Expected strings were printed by CPython 3.7.16.
func TestFloatRepr(t *testing.T) {
	tests := []struct{ hex, want string }{
		{"0x0.0p+0", "0.0"},
		{"-0x0.0p+0", "-0.0"},
		{"0x1.0000000000000p+0", "1.0"},
		{"0x1.8000000000000p+0", "1.5"},
		{"0x1.1c37937e08000p+53", "1e+16"},
		{"0x1.c6bf526340000p+49", "1000000000000000.0"},
		{"0x1.b69b4ba630f35p+56", "1.2345678901234568e+17"},
		{"0x1.a36e2eb1c432dp-14", "0.0001"},
		{"0x1.4f8b588e368f1p-17", "1e-05"},
		{"0x1.091b5aeffdb8ep-23", "1.2345e-07"},
		{"0x1.249ad2594c37dp+332", "1e+100"},
		{"0x1.921fb54442d18p+1", "3.141592653589793"},
		{"0x1.999999999999ap-4", "0.1"},
		{"0x1.0f0cf064dd592p+73", "1e+22"},
		{"0x1.a36e2eb1c432dp-16", "2.5e-05"},
	}
	for _, tt := range tests {
		f, err := strconv.ParseFloat(tt.hex, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := FloatRepr(f); got != tt.want {
			t.Errorf("FloatRepr(%s) = %q, want %q", tt.hex, got, tt.want)
		}
	}
	if got := FloatRepr(math.Inf(1)); got != "inf" {
		t.Errorf("inf: %q", got)
	}
}

func TestComplexRepr(t *testing.T) {
	tests := []struct {
		c    complex128
		want string
	}{
		{1i, "1j"},
		{2.5i, "2.5j"},
		{complex(1, 2), "(1+2j)"},
		{complex(math.Copysign(0, -1), -1), "(-0-1j)"},
		{0, "0j"},
		{complex(1e16, 1), "(1e+16+1j)"},
		{complex(-1, math.Copysign(0, -1)), "(-1-0j)"},
	}
	for _, tt := range tests {
		if got := ComplexRepr(tt.c); got != tt.want {
			t.Errorf("ComplexRepr(%v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestStrBytesRepr(t *testing.T) {
	tests := []struct{ got, want string }{
		{StrRepr("a'b"), `"a'b"`},
		{StrRepr(`a'"`), `'a\'"'`},
		{StrRepr("\x00\x7f\u0080\u00a0é\u2028\U0001F600\U000e0001"), `'\x00\x7f\x80\xa0é\u2028😀\U000e0001'`},
		{BytesRepr("a'\x00\xff\\"), `b"a'\x00\xff\\"`},
		{StrRepr("a\xed\xa0\x80b\xed\xbf\xbf"), `'a\ud800b\udfff'`},
		{StrRepr("\x80"), `'\udc80'`},
		{Tuple{NewInt(1)}.Repr(), "(1,)"},
		{Tuple{NewInt(1), Str("m"), None}.Repr(), "(1, 'm', None)"},
		{FrozenSet{NewInt(1), NewInt(2)}.Repr(), "frozenset({1, 2})"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}
