package vm_test

import "testing"

// Calls that closures.py makes: functions taking *args and **kwargs,
// a call with f(*args, **kw), map/filter with lambdas.
var closureBenchSrcs = []struct{ name, src string }{
	{"varargs", `
def run():
    def bound(*args, **kwargs):
        return 1
    for i in range(1000):
        bound(i)
`},
	{"kwonly", `
def run():
    def k(a, *, b=2):
        return a + b
    for i in range(1000):
        k(i)
`},
	{"call_ex", `
def run():
    def power(base, exp):
        return base
    args = (3,)
    kw = {'exp': 2}
    for i in range(1000):
        power(*args, **kw)
`},
	{"bind", `
def bind(fn, **fixed):
    def bound(*args, **kwargs):
        kw = dict(fixed)
        kw.update(kwargs)
        return fn(*args, **kw)
    return bound
def power(base, exp):
    return base ** exp
def run():
    square = bind(power, exp=2)
    for i in range(1000):
        square(i & 7)
`},
	{"mapfilter", `
def run():
    return list(map(lambda v: v * 3, filter(lambda v: v % 3 == 1, range(3000))))
`},
	{"make_closure", `
def run():
    for i in range(1000):
        def add(x):
            return x + i
`},
}

func BenchmarkClosures(b *testing.B) {
	for _, c := range closureBenchSrcs {
		b.Run(c.name, func(b *testing.B) {
			call := benchFunc(b, c.src, "run")
			call()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				call()
			}
		})
	}
}
