package kernel

import (
	"reflect"
	"testing"
)

func lineNumbers(es []historyEntry) []int {
	out := []int{}
	for _, e := range es {
		out = append(out, e.line)
	}
	return out
}

func TestHistory(t *testing.T) {
	h := newHistory()
	three := "3"
	for _, in := range []string{"a = 1", "print(a)", "a + 2", "print(a)", "for i in x:\n    pass"} {
		var out *string
		if in == "a + 2" {
			out = &three
		}
		h.add(in, out)
	}
	tests := []struct {
		name string
		got  []historyEntry
		want []int
	}{
		{"tail 2", h.tail(2), []int{4, 5}},
		{"tail 0", h.tail(0), []int{}},
		{"tail 99", h.tail(99), []int{1, 2, 3, 4, 5}},
		{"range 2..4", h.lines(0, 2, 4), []int{2, 3}},
		{"range current session, to end", h.lines(currentSession, 3, 0), []int{3, 4, 5}},
		{"range other session", h.lines(7, 1, 0), []int{}},
		{"search print*", h.search("print*", 0, false), []int{2, 4}},
		{"search unique", h.search("print*", 0, true), []int{4}},
		{"search last 1", h.search("*a*", 1, false), []int{5}},
		{"search ? and newline", h.search("for ? in x:*pass", 0, false), []int{5}},
		{"search class", h.search("[ab] ?*", 0, false), []int{1, 3}},
		{"search literal dot", h.search("a.+*", 0, false), []int{}},
	}
	for _, tt := range tests {
		if got := lineNumbers(tt.got); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: lines %v, want %v", tt.name, got, tt.want)
		}
	}
	if e := h.lines(0, 3, 4)[0]; e.output == nil || *e.output != "3" {
		t.Errorf("line 3 output %v, want 3", e.output)
	}
}

func TestGlob(t *testing.T) {
	tests := []struct {
		glob, s string
		want    bool
	}{
		{"*", "", true},
		{"a*", "abc", true},
		{"a*", "ba", false},
		{"a?c", "abc", true},
		{"a?c", "ac", false},
		{"[!x]y", "zy", true},
		{"[!x]y", "xy", false},
		{"(*)", "(1+1)", true},
		{"[", "[", true},
		{"A*", "abc", false}, // case-sensitive, as sqlite GLOB
	}
	for _, tt := range tests {
		if got := globRegexp(tt.glob).MatchString(tt.s); got != tt.want {
			t.Errorf("glob %q on %q = %v, want %v", tt.glob, tt.s, got, tt.want)
		}
	}
}
