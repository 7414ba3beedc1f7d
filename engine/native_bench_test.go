package engine

import (
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/kernel"
)

// BenchmarkNativeTimeit is `%timeit cc_simple_loop()` after the lecture's
// %%cython cell, as the kernel runs it: the compiled timing loop, the VM's
// call of the bound builtin, the native adapter and the call into C. It
// reports %timeit's best per-loop time; bench/native puts the same number
// beside Cython's.
func BenchmarkNativeTimeit(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	s := &session{e: New()}
	run := func(code string) string {
		s.n++
		r := &recorder{}
		res := s.e.Execute(kernel.ExecuteRequest{Code: code, StoreHistory: true, ExecutionCount: s.n}, r)
		if res.Error != nil {
			b.Fatalf("%q raised %s: %s", code, res.Error.EName, res.Error.EValue)
		}
		return r.stdout()
	}
	run("%load_ext Cython")
	run("%%cython\n" + strings.SplitN(lectureCell2, "\n", 2)[1])
	if kind := strings.TrimSpace(run("print(type(cc_simple_loop).__name__)")); kind != "builtin_function_or_method" {
		b.Skipf("cc_simple_loop is a %s (no C compiler?)", kind)
	}
	for i := 0; i < b.N; i++ {
		out := run("_r = %timeit -o -q cc_simple_loop()\nprint(_r.best)")
		best, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
		if err != nil {
			b.Fatalf("unexpected output %q", out)
		}
		b.ReportMetric(best*1e9, "best-ns/call")
	}
}
