package py

import (
	"runtime"
	"strings"
	"testing"
)

// TestStrBuildSurvivesGC makes strs by every building path, keeps only
// Go strings viewing some of them and Values of others, collects, and
// checks the text: pointer-free ascii strs must stay alive through
// interior pointers and never be traced wrongly.
func TestStrBuildSurvivesGC(t *testing.T) {
	a, b := NewStr("hello "), NewStr("wörld")
	sep := NewStr("-")
	tests := []struct {
		name string
		make func() Value
		want string
	}{
		{"concat ascii", func() Value { return StrConcat(AsStr(a), AsStr(NewStr("there"))) }, "hello there"},
		{"concat non-ascii", func() Value { return StrConcat(AsStr(a), AsStr(b)) }, "hello wörld"},
		{"concat empty left", func() Value { return StrConcat(AsStr(NewStr("")), AsStr(a)) }, "hello "},
		{"build string", func() Value { return ConcatStrs([]Value{a, sep, b, sep, a}) }, "hello -wörld-hello "},
		{"join", func() Value { return strJoin(AsStr(sep), []Value{a, a, NewStr("x")}) }, "hello -hello -x"},
		{"join one", func() Value { return strJoin(AsStr(sep), []Value{b}) }, "wörld"},
		{"join none", func() Value { return strJoin(AsStr(sep), nil) }, ""},
		{"long ascii", func() Value { return strFromString(strings.Repeat("ab", 100), 0) }, strings.Repeat("ab", 100)},
		{"long concat", func() Value {
			x := NewStr(strings.Repeat("x", 70))
			return StrConcat(AsStr(x), AsStr(x))
		}, strings.Repeat("x", 140)},
		{"upper", func() Value { return asciiCase(AsStr(NewStr("MiXed 1")), true) }, "MIXED 1"},
		{"lower", func() Value { return asciiCase(AsStr(NewStr("MiXed 1")), false) }, "mixed 1"},
		{"replace", func() Value { return strReplace(AsStr(NewStr("a|b|c")), AsStr(NewStr("|")), AsStr(NewStr("--")), -1) }, "a--b--c"},
		{"replace count", func() Value { return strReplace(AsStr(NewStr("a|b|c")), AsStr(NewStr("|")), AsStr(NewStr("")), 1) }, "ab|c"},
		{"replace non-ascii", func() Value { return strReplace(AsStr(b), AsStr(NewStr("ö")), AsStr(NewStr("o")), -1) }, "world"},
		{"strip", func() Value { return asciiStrip(AsStr(NewStr("  pad \t")), 0) }, "pad"},
		{"sub", func() Value { return AsStr(NewStr("abcdefgh")).sub(2, 5) }, "cde"},
		{"chr", func() Value { return Chr(0x3042) }, "あ"},
		{"latin1 chr", func() Value { return Chr(0xe9) }, "é"},
		{"int", func() Value { return IntStr(MakeInt(-1234567)) }, "-1234567"},
	}
	var vals []Value
	var views []string
	for _, tc := range tests {
		v := tc.make()
		if got := StrOf(v); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if v.Type() != StrType {
			t.Errorf("%s: type %s, want str", tc.name, v.Type().Name)
		}
		vals = append(vals, v)
		views = append(views, StrOf(tc.make())) // only the Go string keeps this one
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
		junk := make([]Value, 0, 1000)
		for j := 0; j < 1000; j++ {
			junk = append(junk, StrConcat(AsStr(a), AsStr(NewStr("zz"))))
		}
		_ = junk
	}
	for i, tc := range tests {
		if got := StrOf(vals[i]); got != tc.want {
			t.Errorf("%s after GC: got %q, want %q", tc.name, got, tc.want)
		}
		if views[i] != tc.want {
			t.Errorf("%s view after GC: got %q, want %q", tc.name, views[i], tc.want)
		}
		s := AsStr(vals[i])
		if want := isASCIIText(tc.want); s.isASCII() != want {
			t.Errorf("%s: isASCII %v, want %v", tc.name, s.isASCII(), want)
		}
		if s.Len() != len([]rune(tc.want)) {
			t.Errorf("%s: Len %d, want %d", tc.name, s.Len(), len([]rune(tc.want)))
		}
	}
}

// TestSmallDecimal checks int(s)'s fast parser against its rules: what
// it accepts it must parse exactly; the rest it leaves to ParseInt.
func TestSmallDecimal(t *testing.T) {
	tests := []struct {
		s  string
		v  int64
		ok bool
	}{
		{"0", 0, true}, {"-0", 0, true}, {"+17", 17, true}, {"007", 7, true},
		{"999999999999999999", 999999999999999999, true}, {"-999999999999999999", -999999999999999999, true},
		{"1234567890123456789", 0, false}, {"", 0, false}, {"-", 0, false}, {" 1", 1, true}, {"  -5 \t\n", -5, true},
		{"\v\f\r7", 7, true}, {"- 5", 0, false}, {"5 5", 0, false}, {" ", 0, false},
		{"\x1c5", 0, false}, {"5\x1f", 0, false}, {"\u20035", 0, false},
		{"1_0", 0, false}, {"1a", 0, false}, {"٣", 0, false},
	}
	for _, tc := range tests {
		v, ok := parseSmallDecimal(tc.s)
		if ok != tc.ok || ok && v != tc.v {
			t.Errorf("parseSmallDecimal(%q) = %d, %v; want %d, %v", tc.s, v, ok, tc.v, tc.ok)
		}
	}
}

// TestGrowConcat builds long strs by repeated concatenation, keeping
// every intermediate one and branching from old ones, and checks that
// none changes: appending into a shared buffer must only ever extend the
// str that ends where the buffer's written part ends.
func TestGrowConcat(t *testing.T) {
	piece := NewStr("ab")
	s := NewStr(strings.Repeat("x", 300))
	var kept []Value
	var want []string
	w := strings.Repeat("x", 300)
	for i := 0; i < 500; i++ {
		s = StrConcat(AsStr(s), AsStr(piece))
		w += "ab"
		kept = append(kept, s)
		want = append(want, w)
		if i%50 == 7 {
			// branch from an older str: it no longer ends the buffer
			old := kept[i/2]
			b := StrConcat(AsStr(old), AsStr(NewStr("Z")))
			kept = append(kept, b)
			want = append(want, want[i/2]+"Z")
			// and the same str extended twice, differently
			c1 := StrConcat(AsStr(s), AsStr(NewStr("1")))
			c2 := StrConcat(AsStr(s), AsStr(NewStr("2")))
			kept = append(kept, c1, c2)
			want = append(want, w+"1", w+"2")
		}
	}
	self := StrConcat(AsStr(s), AsStr(s))
	kept = append(kept, self)
	want = append(want, w+w)
	runtime.GC()
	for i, v := range kept {
		if StrOf(v) != want[i] {
			t.Fatalf("str %d changed: len %d, want len %d", i, len(StrOf(v)), len(want[i]))
		}
		if !AsStr(v).isASCII() || AsStr(v).Len() != len(want[i]) {
			t.Fatalf("str %d: wrong kind or length", i)
		}
	}
	// a non-ascii operand takes the copying path
	u := StrConcat(AsStr(s), AsStr(NewStr("é")))
	if StrOf(u) != w+"é" || AsStr(u).Len() != len(w)+1 {
		t.Fatalf("non-ascii concat: got len %d", AsStr(u).Len())
	}
}
