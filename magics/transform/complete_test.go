package transform

import (
	"encoding/json"
	"os"
	"testing"
)

// TestCheckCompleteGolden compares with IPython 8.5's check_complete
// (testdata/complete.json, made by testdata/gen_transform.py). A null
// indent there is 0 here.
func TestCheckCompleteGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/complete.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Cell   string
		Status [2]any
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		want := c.Status[0].(string)
		wantIndent := 0
		if f, ok := c.Status[1].(float64); ok {
			wantIndent = int(f)
		}
		got, indent := CheckComplete(c.Cell)
		if got != want || indent != wantIndent {
			t.Errorf("CheckComplete(%q) = %s %d, want %s %d", c.Cell, got, indent, want, wantIndent)
		}
	}
}

// TestQuietGolden: IPython 8.5's DisplayHook.quiet on transformed cells
// (testdata/quiet.json).
func TestQuietGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/quiet.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Cell, Parsed string
		Quiet        bool
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		parsed, err := Cell(c.Cell)
		if err != nil || parsed != c.Parsed {
			t.Errorf("Cell(%q) = %q, %v; want %q", c.Cell, parsed, err, c.Parsed)
		}
		if got := Quiet(parsed); got != c.Quiet {
			t.Errorf("Quiet(%q) = %v, want %v", parsed, got, c.Quiet)
		}
	}
}
