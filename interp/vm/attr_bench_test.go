package vm_test

import "testing"

// Attribute access and method calls through the inline caches
// (attrcache.go). Each function runs 1000 operations; apart from the
// instances that BenchmarkAttr/new makes, none should allocate.
const attrBenchSrc = `
class P:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def get(self):
        return self.x

    @property
    def px(self):
        return self.x

    @px.setter
    def px(self, v):
        self.x = v

    @staticmethod
    def st(v):
        return v

    @classmethod
    def cm(cls, v):
        return v


class Q(P):
    pass


def load(p):
    for i in range(1000):
        p.y = p.x


def method(p):
    for i in range(1000):
        p.get()


def prop(p):
    for i in range(1000):
        p.px = p.px


def classmeth(p):
    for i in range(1000):
        P.st(i)
        P.cm(i)
        p.cm(i)


def poly(p, q):
    for i in range(500):
        p.get()
        q.get()


def new(p):
    for i in range(1000):
        P(i)
`

func BenchmarkAttr(b *testing.B) {
	for _, name := range []string{"load", "method", "prop", "classmeth", "poly", "new"} {
		b.Run(name, func(b *testing.B) {
			src := attrBenchSrc + "\np = P(1)\nq = Q(2)\ndef run():\n    " + name + "(p"
			if name == "poly" {
				src += ", q"
			}
			src += ")\n"
			call := benchFunc(b, src, "run")
			call()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				call()
			}
		})
	}
}
