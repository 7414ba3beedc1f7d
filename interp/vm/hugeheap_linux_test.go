package vm

import "testing"

func TestHugeRange(t *testing.T) {
	const M = 1 << 20
	for _, c := range []struct{ lo, hi, wantLo, wantHi uintptr }{
		{0, 4 * M, 0, 4 * M},
		{1, 4 * M, 2 * M, 4 * M},
		{2 * M, 4*M - 1, 2 * M, 2 * M}, // no whole huge page
		{3 * M, 3*M + 4096, 4 * M, 2 * M},
		{6*M + 8192, 134 * M, 8 * M, 134 * M},
	} {
		lo, hi := hugeRange(c.lo, c.hi)
		if lo != c.wantLo || hi != c.wantHi {
			t.Errorf("hugeRange(%#x, %#x) = %#x, %#x; want %#x, %#x", c.lo, c.hi, lo, hi, c.wantLo, c.wantHi)
		}
	}
}

func TestHugeWanted(t *testing.T) {
	const madvise = "always [madvise] never\n"
	for _, c := range []struct {
		godebug, env, mode string
		want               bool
	}{
		{"", "", madvise, true},
		{"", "1", madvise, true},
		{"", "0", madvise, false},
		{"disablethp=1", "", madvise, false},
		{"gctrace=1,disablethp=1", "", madvise, false},
		{"disablethp=0", "", madvise, true},
		{"", "", "[always] madvise never\n", false},
		{"", "", "always madvise [never]\n", false},
		{"", "", "", false}, // no THP in this kernel
	} {
		if got := hugeWanted(c.godebug, c.env, c.mode); got != c.want {
			t.Errorf("hugeWanted(%q, %q, %q) = %v, want %v", c.godebug, c.env, c.mode, got, c.want)
		}
	}
}
