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

func TestHistoryCells(t *testing.T) {
	h := NewHistory()
	h.AddCell(1, "1+1", "1+1\n")
	h.AddCell(2, "%time x", "get_ipython().run_line_magic('time', 'x')\n")
	h.AddCell(3, "a\n", "a\n")
	h.Add(5, "b") // 4 skipped
	h.SetOutput(1, "2")
	h.SetOutput(5, "'b'")
	h.SetOutput(3, "1") // out of order
	h.SetOutput(3, "3") // again
	tests := []struct {
		line            int
		raw, translated string
		ok              bool
		out             string // "" for none
	}{
		{1, "1+1", "1+1\n", true, "2"},
		{2, "%time x", "get_ipython().run_line_magic('time', 'x')\n", true, ""},
		{3, "a\n", "a\n", true, "3"},
		{4, "", "", false, ""},
		{5, "b", "b", true, "'b'"},
		{6, "", "", false, ""},
		{0, "", "", false, ""},
	}
	for _, tt := range tests {
		raw, ok := h.Input(tt.line)
		tr, _ := h.Translated(tt.line)
		out := ""
		if p := h.OutputOf(tt.line); p != nil {
			out = *p
		}
		if raw != tt.raw || tr != tt.translated || ok != tt.ok || out != tt.out {
			t.Errorf("line %d: %q %q %v %q, want %q %q %v %q", tt.line, raw, tr, ok, out, tt.raw, tt.translated, tt.ok, tt.out)
		}
	}
	if got := lineNumbers(h.lines(0, 0, 0)); !reflect.DeepEqual(got, []int{1, 2, 3, 5}) {
		t.Errorf("lines %v", got)
	}
	for line := 6; line < 3*histChunkLen; line++ {
		h.Add(line, "x")
	}
	if raw, ok := h.Input(2 * histChunkLen); !ok || raw != "x" {
		t.Errorf("line in third chunk: %q %v", raw, ok)
	}
	h.Reset()
	if h.Len() != 0 || h.OutputOf(1) != nil {
		t.Errorf("after Reset: len %d", h.Len())
	}
}

// TestHistoryTexts checks that a text seen recently is kept once, and
// that one not seen for long is kept again.
func TestHistoryTexts(t *testing.T) {
	h := NewHistory()
	line := 0
	add := func(text string) {
		line++
		h.AddCell(line, text, text+"\n")
		h.SetOutput(line, "42")
	}
	for i := 0; i < 100; i++ {
		add("1+1")
		add("f(21)")
	}
	if n := len(h.texts.texts); n != 3 {
		t.Errorf("%d texts kept for 2 cells run 100 times, want 3", n)
	}
	add("first")
	for i := 0; i < recentTexts; i++ {
		add("other " + string(rune('a'+i)))
	}
	add("first") // forgotten by now: kept again
	// "42" too was pushed out once by the others, as the table forgets
	// the oldest text first, however often it was seen.
	if n := len(h.texts.texts); n != 3+1+recentTexts+1+1 {
		t.Errorf("%d texts, want %d", n, 3+1+recentTexts+1+1)
	}
	for _, l := range []int{1, 200, 201, line} {
		raw, _ := h.Input(l)
		tr, _ := h.Translated(l)
		if want := map[int]string{1: "1+1", 200: "f(21)", 201: "first", line: "first"}[l]; raw != want || tr != want+"\n" || *h.OutputOf(l) != "42" {
			t.Errorf("line %d: %q %q %q", l, raw, tr, *h.OutputOf(l))
		}
	}
}
