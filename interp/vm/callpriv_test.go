package vm

import (
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
)

// TestPrivateVarargs checks which *args / **kwargs parameters the
// translator proves private (callpriv.go) for the innermost function of
// src; behaviour is tested against the oracle by the conformance
// program varargs_private.py.
func TestPrivateVarargs(t *testing.T) {
	cases := []struct {
		name     string
		src      string
		args, kw bool
		copy     bool // a dict(d) into a private local (opCallDictCopy)
	}{
		{"bind", "def bind(fn, **fixed):\n    def bound(*args, **kwargs):\n        kw = dict(fixed)\n        kw.update(kwargs)\n        return fn(*args, **kw)\n    return bound\n", true, true, true},
		{"forward", "def f(*a, **k):\n    return g(*a, **k)\n", true, true, false},
		{"forward star only", "def f(*a):\n    return g(*a)\n", true, false, false},
		{"forward const kw", "def f(*a):\n    return g(*a, **K)\n", true, false, false},
		{"returned", "def f(*a, **k):\n    return a\n", false, true, false},
		{"len", "def f(*a, **k):\n    return len(a), len(k)\n", false, false, false},
		{"stored", "def f(*a, **k):\n    a = 1\n    return g(*a, **k)\n", false, true, false},
		{"deleted", "def f(*a, **k):\n    del k\n    return g(*a)\n", true, false, false},
		{"closed over", "def f(*a, **k):\n    return lambda: g(*a, **k)\n", false, false, false},
		{"generator", "def f(*a, **k):\n    yield g(*a, **k)\n", false, false, false},
		{"prefixed", "def f(*a, **k):\n    return g(1, *a, **k)\n", false, true, false},
		{"kw merged", "def f(*a, **k):\n    return g(*a, x=1, **k)\n", false, false, false},
		{"star of kwargs", "def f(*a, **k):\n    return g(*k)\n", true, false, false},
		{"kwargs as star", "def f(*a, **k):\n    return g(**a)\n", false, true, false},
		{"update", "def f(**k):\n    d = {}\n    d.update(k)\n    return d\n", false, true, false},
		{"other method", "def f(**k):\n    d = {}\n    d.get(k)\n", false, false, false},
		{"two args", "def f(**k):\n    d = {}\n    d.update(k, 1)\n", false, false, false},
		{"copy", "def f(*a, **k):\n    d = dict(D)\n    d.update(k)\n    return g(*a, **d)\n", true, true, true},
		{"copy updated from local", "def f(x):\n    d = dict(D)\n    d.update(x)\n    return g(**d)\n", false, false, true},
		{"copy returned", "def f(**k):\n    d = dict(D)\n    d.update(k)\n    return d\n", false, true, false},
		{"copy read", "def f(**k):\n    d = dict(D)\n    return g(**d), d['x']\n", false, true, false},
		{"copy updated from itself", "def f():\n    d = dict(D)\n    d.update(d)\n    return g(**d)\n", false, false, false},
		{"copy other method", "def f():\n    d = dict(D)\n    d.setdefault(1)\n    return g(**d)\n", false, false, false},
		{"copy star", "def f():\n    d = dict(D)\n    return g(*d)\n", false, false, false},
		{"kwargs updated with itself", "def f(**k):\n    k.update(k)\n", false, false, false},
		{"plain function", "def f(a, b):\n    return g(a, b)\n", false, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mod, err := compile.Compile([]byte(c.src), "<test>", "exec", 0, -1)
			if err != nil {
				t.Fatal(err)
			}
			fn := innermost(mod)
			if fn == nil {
				t.Fatal("no function")
			}
			rt := translate(fn)
			copied := false
			for _, in := range rt.instrs {
				copied = copied || in.op == opCallDictCopy
			}
			if rt.privArgs != c.args || rt.privKw != c.kw || copied != c.copy {
				t.Errorf("private args, kwargs, copy = %v, %v, %v; want %v, %v, %v", rt.privArgs, rt.privKw, copied, c.args, c.kw, c.copy)
			}
		})
	}
}

// innermost is the first function code nested deepest in co's constants.
func innermost(co *code.Code) *code.Code {
	for _, k := range co.Consts {
		if c, ok := k.(*code.Code); ok && c.Name != "<lambda>" {
			if in := innermost(c); in != nil {
				return in
			}
			return c
		}
	}
	return nil
}
