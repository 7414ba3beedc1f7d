package engine

import (
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
)

func TestCellFilenameRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		n    int
		code string
		name string
	}{
		{1, "1+1", "<ipython-input-1-3f5651c4c9a7>"}, // hashlib.sha1(b"1+1")
		{12345, "", ""},
	} {
		key := cellKey(tt.code)
		name := cellFilename(tt.n, key)
		if tt.name != "" && name != tt.name {
			t.Errorf("cellFilename = %q, want %q", name, tt.name)
		}
		n, k, ok := parseCellFilename(name)
		if !ok || n != tt.n || k != key {
			t.Errorf("parse %q = %d, %x, %v", name, n, k, ok)
		}
	}
	for _, bad := range []string{"<string>", "<ipython-input-1>", "<ipython-input-x-0123456789ab>", "<ipython-input-1-0123456789zz>"} {
		if _, _, ok := parseCellFilename(bad); ok {
			t.Errorf("parse %q accepted", bad)
		}
	}
}

// TestCellSourcesForTracebacks: a traceback quotes lines of earlier
// cells, stored or not; only the last maxUnstored unstored cells are kept.
func TestCellSourcesForTracebacks(t *testing.T) {
	s := newSession(t)
	s.ok("def f():\n    return 1/0")
	_, res := s.run("f()")
	if res.Error == nil || !strings.Contains(plain(res.Error.Traceback), "return 1/0") {
		t.Fatalf("traceback does not quote cell 1: %v", res.Error)
	}
	names := []string{}
	for i := 0; i < maxUnstored+1; i++ {
		code := "x = " + strings.Repeat("1", i+1)
		s.runReq(kernel.ExecuteRequest{Code: code, ExecutionCount: s.n + 1}, &recorder{})
		names = append(names, CellFilename(s.n+1, code))
	}
	if _, ok := vm.Source(names[0]); ok {
		t.Errorf("oldest unstored cell still registered")
	}
	if src, ok := vm.Source(names[len(names)-1]); !ok || !strings.HasPrefix(src, "x = 1") {
		t.Errorf("newest unstored cell: %q %v", src, ok)
	}
	if src, ok := vm.Source(CellFilename(1, "def f():\n    return 1/0")); !ok || !strings.Contains(src, "return 1/0") {
		t.Errorf("stored cell 1: %q %v", src, ok)
	}
}
