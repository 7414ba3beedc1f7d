package vm_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

// benchFunc defines src in a fresh interpreter and returns a Go closure
// that calls the global function name with args.
func benchFunc(b *testing.B, src, name string, args ...py.Value) func() py.Value {
	if !haveOracle() {
		b.Skip("code objects come from CPython 3.7 until the compiler is ready")
	}
	co, err := compileSource([]byte(src), "<bench>", "exec")
	if err != nil {
		b.Fatal(err)
	}
	it := vm.New()
	m := it.NewModule("__main__")
	if _, err := it.RunCode(co, m.Dict); err != nil {
		b.Fatal(vm.FormatException(err))
	}
	fn, _ := m.Dict.GetStr(name)
	t := it.Thread()
	return func() py.Value {
		r, err := py.Call(t, fn, args, nil)
		if err != nil {
			b.Fatal(err)
		}
		return r
	}
}

const simpleLoopSrc = `
def simple_loop():
    acc = 0
    for i in range(1000):
        acc += i

    return acc
`

// BenchmarkSimpleLoop is the lecture's simple_loop(); compare with
// /usr/bin/python3 -m timeit (CPython 3.11). It must not allocate in the loop.
func BenchmarkSimpleLoop(b *testing.B) {
	call := benchFunc(b, simpleLoopSrc, "simple_loop")
	if r := call(); r.Int() != 499500 {
		b.Fatalf("simple_loop() = %v", r)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		call()
	}
}

const fibSrc = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
`

// BenchmarkFib is recursive fib(25): Python-to-Python call speed.
func BenchmarkFib(b *testing.B) {
	call := benchFunc(b, fibSrc, "fib", py.MakeInt(25))
	if r := call(); r.Int() != 75025 {
		b.Fatalf("fib(25) = %v", r)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		call()
	}
}

const methodSrc = `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def methods():
    acc = 0
    for i in range(1000):
        p = Point(i, i + 1)
        acc += p.norm2()
    return acc
`

// BenchmarkMethods is object creation, attribute access and method calls.
func BenchmarkMethods(b *testing.B) {
	call := benchFunc(b, methodSrc, "methods")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		call()
	}
}

// callBenchSrc holds the call-path benchmarks: each function runs its
// construct 1000 times, so allocs/op divided by 1000 is per iteration.
const callBenchSrc = `
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

class Guard:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return False

def raiser(i):
    raise AppError(i)

def raise_catch():
    n = 0
    for i in range(1000):
        try:
            raiser(i)
        except (KeyError, AppError) as e:
            n += e.code
    return n

def with_stmt():
    g = Guard()
    n = 0
    for i in range(1000):
        with g:
            n += i
    return n

def make_adder(k):
    def add(x, y=1):
        return x + k + y
    return add

def closure_calls():
    add = make_adder(3)
    n = 0
    for i in range(1000):
        n += add(i) + add(i, y=2)
    return n

def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1

def generator_sum():
    n = 0
    for v in naturals(1000):
        n += v
    return n + sum(naturals(1000))

def builtin_calls():
    n = 0
    s = "abc"
    for i in range(1000):
        n += len(s) + abs(-i) + max(i, 3)
    return n

def map_lambda():
    return sum(map(lambda v: v + 1, range(1000)))
`

// BenchmarkCalls covers the call paths: exceptions raised in a callee,
// with statements, closures with defaults and keywords, generators
// resumed by for loops and by sum, builtin calls, map over a lambda.
func BenchmarkCalls(b *testing.B) {
	for _, name := range []string{"raise_catch", "with_stmt", "closure_calls", "generator_sum", "builtin_calls", "map_lambda"} {
		b.Run(name, func(b *testing.B) {
			call := benchFunc(b, callBenchSrc, name)
			call()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				call()
			}
		})
	}
}
