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
	}{
		{"bind", "def bind(fn, **fixed):\n    def bound(*args, **kwargs):\n        kw = dict(fixed)\n        kw.update(kwargs)\n        return fn(*args, **kw)\n    return bound\n", true, true},
		{"forward", "def f(*a, **k):\n    return g(*a, **k)\n", true, true},
		{"forward star only", "def f(*a):\n    return g(*a)\n", true, false},
		{"forward const kw", "def f(*a):\n    return g(*a, **K)\n", true, false},
		{"returned", "def f(*a, **k):\n    return a\n", false, true},
		{"len", "def f(*a, **k):\n    return len(a), len(k)\n", false, false},
		{"stored", "def f(*a, **k):\n    a = 1\n    return g(*a, **k)\n", false, true},
		{"deleted", "def f(*a, **k):\n    del k\n    return g(*a)\n", true, false},
		{"closed over", "def f(*a, **k):\n    return lambda: g(*a, **k)\n", false, false},
		{"generator", "def f(*a, **k):\n    yield g(*a, **k)\n", false, false},
		{"prefixed", "def f(*a, **k):\n    return g(1, *a, **k)\n", false, true},
		{"kw merged", "def f(*a, **k):\n    return g(*a, x=1, **k)\n", false, false},
		{"star of kwargs", "def f(*a, **k):\n    return g(*k)\n", true, false},
		{"kwargs as star", "def f(*a, **k):\n    return g(**a)\n", false, true},
		{"update", "def f(**k):\n    d = {}\n    d.update(k)\n    return d\n", false, true},
		{"other method (checked when run)", "def f(**k):\n    d = {}\n    d.get(k)\n", false, true},
		{"two args", "def f(**k):\n    d = {}\n    d.update(k, 1)\n", false, false},
		{"plain function", "def f(a, b):\n    return g(a, b)\n", false, false},
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
			if rt.privArgs != c.args || rt.privKw != c.kw {
				t.Errorf("private args, kwargs = %v, %v; want %v, %v", rt.privArgs, rt.privKw, c.args, c.kw)
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
