package py

import (
	"strings"
	"testing"
	"unsafe"
)

func TestStrArena(t *testing.T) {
	var a StrArena
	tests := []struct {
		text   string
		packed bool
	}{
		{"_i1", true},
		{"_i12345", true},
		{"", false},
		{"x", false},
		{"caf\u00e9", false},
		{strings.Repeat("a", smallCopy), true},
		{strings.Repeat("a", smallCopy+1), false},
	}
	var strs []Value
	for i := 0; i < 2000; i++ { // several blocks
		for _, tt := range tests {
			v := a.New(tt.text)
			strs = append(strs, v)
			if v.Type() != StrType || StrOf(v) != tt.text {
				t.Fatalf("New(%q) = %q of %s", tt.text, StrOf(v), v.Type().Name)
			}
			if uintptr(v.p)%8 != 0 {
				t.Fatalf("New(%q) header at %p, not 8-byte aligned", tt.text, v.p)
			}
			st := AsStr(v)
			inline := unsafe.StringData(st.s) == (*byte)(unsafe.Add(v.p, strHdr))
			if tt.packed && (!inline || st.kind() != 1) {
				t.Errorf("New(%q) not packed ascii", tt.text)
			}
		}
	}
	for i, v := range strs {
		if want := tests[i%len(tests)].text; StrOf(v) != want || AsStr(v).Hash() != AsStr(NewStr(want)).Hash() {
			t.Fatalf("str %d became %q", i, StrOf(v))
		}
	}
}
