package vm_test

import "testing"

// The string work of bench/programs/strings.py, one statement per
// benchmark, 1000 iterations per call: allocations per iteration are
// allocs/op / 1000 (-benchmem), the number the str fast paths cut.
var strBenches = []struct {
	name, body string
}{
	{"FString", `line = f"{i:05d}|{w}|{w.upper()}|{i * 3 % 17:>3}|{i / 7:.3f}"`},
	{"Split", `parts = line.split("|")`},
	{"JoinReplace", `s = "-".join(parts).replace("|", "/").replace("a", "4")`},
	{"PercentFormat", `s2 = "%s:%d:%x" % (w, i, i) + "{0}{1}".format(w[:2], w[-2:])`},
	{"ConcatLoop", "t = ''\n        for ch in w:\n            t += chr(ord(ch) ^ 1)"},
	{"SumMap", `d = sum(map(ord, w))`},
	{"StripChain", `last = (" " + w.strip() + " ").strip().lower()[::-1]`},
}

func BenchmarkStr(b *testing.B) {
	for _, bc := range strBenches {
		b.Run(bc.name, func(b *testing.B) {
			src := "def f():\n    w = 'gamma'\n    line = '00005|gamma|GAMMA|  5|0.714'\n    parts = line.split('|')\n" +
				"    for i in range(1000):\n        " + bc.body + "\n"
			call := benchFunc(b, src, "f")
			call()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				call()
			}
		})
	}
}
