package native

import (
	"math"
	"os"
	"testing"
	"time"
)

// The benchmarks of bench/native: testdata/bench.pyx built once, each
// function called through Func.CallValues (the VM adapter's path, no
// allocation) and, for the lecture's cell, through Func.Call as well.
// testdata/cython_bench.py times the same file under real Cython.

var benchMod *Module

func benchModule(b *testing.B) *Module {
	if benchMod != nil {
		return benchMod
	}
	src, err := os.ReadFile("testdata/bench.pyx")
	if err != nil {
		b.Fatal(err)
	}
	useTempCache(b)
	m, err := Build(string(src), Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchMod = m
	return m
}

func benchCall(b *testing.B, name string, args []Value, want Value) {
	f := benchModule(b).Lookup(name)
	if r, err := f.CallValues(args); err != nil || r != want {
		b.Fatalf("%s = %v, %v; want %v", name, r, err, want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	// Besides the mean, report the best of five chunks per op: timeit's
	// "best of repeats", which is what cython_bench.py prints, and far less
	// sensitive to a shared machine's noise.
	best := math.Inf(1)
	done := 0
	for c := 0; c < 5; c++ {
		n := b.N / 5
		if c == 4 {
			n = b.N - done
		}
		start := time.Now()
		for i := 0; i < n; i++ {
			f.CallValues(args)
		}
		if n > 0 {
			best = math.Min(best, float64(time.Since(start).Nanoseconds())/float64(n))
		}
		done += n
	}
	b.ReportMetric(best, "best-ns/op")
}

func BenchmarkCallSimpleLoop(b *testing.B) {
	benchCall(b, "cc_simple_loop", nil, IntValue(499500))
}

func BenchmarkCallSimpleLoopAny(b *testing.B) {
	f := benchModule(b).Lookup("cc_simple_loop")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Call(nil)
	}
}

func BenchmarkCallFib25(b *testing.B) {
	benchCall(b, "fib", []Value{IntValue(25)}, IntValue(75025))
}

func BenchmarkCallPrimes30000(b *testing.B) {
	benchCall(b, "count_primes", []Value{IntValue(30000)}, IntValue(3245))
}

func BenchmarkCallLeibniz1e6(b *testing.B) {
	benchCall(b, "leibniz", []Value{IntValue(1000000)}, FloatValue(3.1415916535897743))
}
