package vm

import (
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
)

// TestFuseForms checks which fused form the translator picks for a
// statement (the first function in src); behaviour is tested against the
// oracle in fastseq_test.go.
func TestFuseForms(t *testing.T) {
	cases := []struct {
		name string
		src  string
		op   uint8
		want bool
	}{
		{"slice tmp", "def f(a, k):\n    a[:k + 1] = a[k::-2]\n", opSliceTmp, true},
		{"reverse prefix", "def f(a, k):\n    a[:k + 1] = a[k::-1]\n", opSliceRevPrefix, true},
		{"reverse prefix in loop", "def f(a):\n    k = a[0]\n    while k:\n        a[:k + 1] = a[k::-1]\n        k = a[0]\n", opSliceRevPrefix, true},
		{"reverse prefix other list", "def f(a, b, k):\n    a[:k + 1] = b[k::-1]\n", opSliceRevPrefix, false},
		{"reverse prefix other k", "def f(a, j, k):\n    a[:j + 1] = a[k::-1]\n", opSliceRevPrefix, false},
		{"reverse prefix whole", "def f(a, k):\n    a[:k + 1] = a[k::-1]\n", opRevPrefixFast, true},
		{"index const offset", "def f(a, i):\n    return a[i + 1]\n", opFastIdxConstSubscr, true},
		{"index const offset float", "def f(a, i):\n    return a[i + 1.5]\n", opFastIdxConstSubscr, false},
		{"global call const arg", "def f(n):\n    return f(n - 1)\n", opCallGlobalConstArg, true},
		{"global call const arg two", "def f(n):\n    return f(n - 1, 2)\n", opCallGlobalConstArg, false},
		{"global call float arg", "def f(n):\n    return f(n - 1.5)\n", opCallGlobalConstArg, false},
		{"global call mul arg", "def f(n):\n    return f(n * 2)\n", opCallGlobalConstArg, false},
		{"reverse prefix step", "def f(a, k):\n    a[:k + 2] = a[k::-1]\n", opSliceRevPrefix, false},
		{"slice tmp global", "def f(a, k):\n    a[:K] = a[k::-1]\n", opSliceTmp, true},
		{"slice kept", "def f(a, k):\n    b = a[k::-1]\n", opSliceTmp, false},
		{"slice kept twice", "def f(a, k):\n    a[:] = b = a[::-1]\n", opSliceTmp, false},
		{"slice jump between", "def f(a, k, c):\n    a[:k if c else 1] = a[::-1]\n", opSliceTmp, false},
		{"slice call between", "def f(a, k):\n    a[:g(k)] = a[::-1]\n", opSliceTmp, false},
		{"slice item store", "def f(a, k):\n    a[k] = a[k::-1]\n", opSliceTmp, false},
		{"cmp jump", "def f(a, b):\n    if a.x < b:\n        return 1\n", opCmpJump, true},
		{"fast fast cmp jump", "def f(a, b):\n    while a < b:\n        a += 1\n", opFastFastCmpJump, true},
		{"fast const bin store", "def f(a):\n    a += 1\n", opFastConstBinStore, true},
		{"fast pop jump", "def f(a):\n    while a:\n        a -= 1\n", opFastPopJump, true},
		{"inplace subscr", "def f(a, k, v):\n    a[k] -= v * 2\n", opInplaceRotStore, true},
		{"const dup subscr", "def f(a, v):\n    a[3] += v\n", opFastConstDupSubscr, true},
		{"far cmp jump", "def f(a, b):\n    while a:\n" + strings.Repeat("        a -= 1\n", 80) + "        if a < b:\n            break\n", opCmpJump, true},
		{"aug subscr keeps inplace", "def f(c, r):\n    c[r] -= 1\n", opConstBin, false},
		{"subscr store", "def f(a, k, v):\n    a[k] = v\n", opFastFastStoreSubscr, true},
		{"deref bin", "def f(k):\n    g = lambda: k\n    return 1 + k\n", opDerefBin, true},
		{"deref aug subscr", "def f(c, k):\n    g = lambda: k\n    c[0] += k\n", opDerefBin, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mod, err := compile.Compile([]byte(c.src), "<test>", "exec", 0, -1)
			if err != nil {
				t.Fatal(err)
			}
			var fn *code.Code
			for _, k := range mod.Consts {
				if co, ok := k.(*code.Code); ok {
					fn = co
					break
				}
			}
			if fn == nil {
				t.Fatal("no function")
			}
			rt := translate(fn)
			got := false
			for _, in := range rt.instrs {
				if in.op == c.op {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("op %d present = %v, want %v", c.op, got, c.want)
			}
		})
	}
}
