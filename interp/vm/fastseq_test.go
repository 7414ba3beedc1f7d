package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// fastPathCases exercise the translated forms for subscripts, slices,
// numbers and compare-and-branch (fastseq.go, fastnum.go): the plain
// case, the cases the fast path must hand to the generic protocol
// (subclasses with dunders, bools, big ints, errors), and jumps that land
// in the middle of a fused sequence. Each prints what it saw; the oracle's
// output is the expectation.
var fastPathCases = []struct{ name, src string }{
	{"subscr", `
l = [1, 2, 3]; t = (4, 5, 6); i = -1; j = 1; d = {1: 'a'}
print(l[0], l[-1], l[i], l[j], t[0], t[-3], t[i], d[1], 'abc'[1], l[True])
def f(l, t, i):
    return l[0] + t[1] + l[i] + t[i]
print(f(l, t, 2), f(l, t, -3))
`},
	{"subscr_errors", `
def f(l, i):
    try:
        return l[i]
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(f([1], 5), f((1,), -2), f([1], 'x'), f((1,), 1.0), f([1], 2**70), f(3, 0))
def g(l):
    try:
        return l[7]
    except IndexError as e:
        return str(e)
print(g([]), g(()))
def h():
    try:
        return x[0]
    except UnboundLocalError as e:
        return str(e)
    x = 1
print(h())
`},
	{"subscr_subclass", `
class L(list):
    def __getitem__(self, i): return ('L', i)
    def __setitem__(self, i, v): print('set', i, v)
class T(tuple):
    def __getitem__(self, i): return ('T', i)
class I(int):
    def __index__(self): return 0
x = L([1, 2]); y = T((1, 2)); k = 1
print(x[0], x[k], x[1:], x[::-1], y[0], y[k], y[:1])
x[0] = 5; x[k] = 6; x[1:] = [3]; x[::2] = [1]
print([7, 8][I(1)], [7, 8][I(1):])
`},
	{"store_subscr", `
l = [0, 0, 0]; i = -1
l[0] = 1; l[i] = 3; l[True] = 2
print(l)
def f(l, i, v):
    try:
        l[i] = v
    except Exception as e:
        print(type(e).__name__, e)
f(l, 3, 0); f(l, -4, 0); f(l, 'a', 0); f((1,), 0, 0)
b = [[1.0, 2.0]]
b[0][1] -= 0.5; b[0][0] += 1
print(b)
`},
	{"slices", `
l = [1, 2, 3, 4, 5]; t = (1, 2, 3); k = 2; n = None
print(l[:], l[1:3], l[::-1], l[k::-1], l[:k + 1], l[-2:], l[::2], l[10:], l[-10:2], l[3:1], l[n:k], l[::-2])
print(t[:] is t, t[1:], t[::-1], t[k:], t[:-1])
print(l[False:True], l[1:2**70], l[-2**70:2])
def f(s, a, b, c):
    try:
        return s[a:b:c]
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(f(l, 1, 2, 0), f(l, 'a', 2, 1), f(l, 1, 2.0, None), f(t, None, None, -1), f('abc', None, None, -1), f(5, 1, 2, 1))
`},
	{"slice_store", `
l = [1, 2, 3, 4, 5]; k = 2
l[:2] = [9, 9]; print(l)
l[:2] = [7]; print(l)
l[::2] = (0, 0, 0); print(l)
l[:] = l; print(l)
l[1:1] = l; print(l)
l[k:] = (); print(l)
l[5:0] = [8]; print(l)
perm = [3, 1, 0, 2]; k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
def f(l, a, b, c, v):
    try:
        l[a:b:c] = v
        return l
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(f([1, 2, 3], None, None, 2, [1]), f([1, 2], 0, 1, 0, []), f([1, 2], 0, 1, None, 5), f([1, 2], 0, 1, None, 'ab'), f((1,), 0, 1, None, []))
m = [1, 2, 3]; m[::-1] = m; print(m)
`},
	{"numbers", `
a, b, c, z = 7, -2, 2.5, 0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 2, a & b, a | b, a ^ b, a << 3, a >> 1, b >> 100, 1 << 62, 1 << 63)
print(c + a, a + c, c - a, c * c, c / 2, a / c, c ** 2, c ** 0.5, 2 ** 0.5, c ** -1, 4 ** 0.5)
print(2 ** 62 * 4, -2 ** 63 * 1, (-2) ** 63, 2 ** 62 + 2 ** 62, -2 ** 62 - 2 ** 62 - 1, 9007199254740993 / 1, 2 ** 64 // 3)
print(True + 1, True * 2.5, 3 // True, -9223372036854775807 - 1 // -1, (-9223372036854775807 - 1) // -1, (-9223372036854775807 - 1) % -1)
x = 1.5
x += 1; x *= 2; x -= a; x /= 4
print(x)
for e in ['a / z', 'c / z', 'a // z', 'a % z', 'c // 0.0', '0.0 ** -1', '(-8) ** 0.5', '1e200 ** 2', '10.0 ** 400', 'a + "s"', 'c * []']:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
class F(float):
    def __add__(self, o): return 'F+'
    def __radd__(self, o): return 'F+r'
    def __mul__(self, o): return 'F*'
class I(int):
    def __sub__(self, o): return 'I-'
print(F(1.0) + 2.0, 2.0 + F(1.0), 1 + F(0.5), F(2.0) * 3, I(3) - 1, 3 - I(1))
`},
	{"compare_jump", `
def cmp(a, b):
    out = []
    if a < b: out.append('<')
    if a <= b: out.append('<=')
    if a == b: out.append('==')
    if a != b: out.append('!=')
    if a > b: out.append('>')
    if a >= b: out.append('>=')
    if not a < b: out.append('!<')
    return ''.join(out)
nan = float('nan')
for a, b in [(1, 2), (2, 1), (1, 1), (1.5, 2), (2, 1.5), (1, 1.0), (nan, nan), (nan, 1), (2 ** 53 + 1, 2.0 ** 53), (2 ** 70, 1.0), (True, 1), ('a', 'b'), ((1, 2), (1, 3)), (None, None)]:
    print(a, b, cmp(a, b))
class C:
    def __lt__(self, o): return [1]
    def __gt__(self, o): return []
print(cmp(C(), 1) if False else 0)
c = C()
if c < 1: print('truthy list')
if c > 1: print('never')
class B:
    def __bool__(self): raise ValueError('no bool')
class D:
    def __lt__(self, o): return B()
try:
    if D() < 1: pass
except ValueError as e:
    print('bool error', e)
try:
    if 1 < 'a': pass
except TypeError as e:
    print(e)
i = 0
while i < 3.5:
    i += 1
print(i)
x = 0.0
while x < 1:
    x += 0.25
print(x)
`},
	{"truth", `
for v in [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), None, True, False, [], [0], (), (0,), '', 'a', {}, 2 ** 70]:
    if v: print(repr(v), 'true')
    else: print(repr(v), 'false')
`},
	{"for_iter", `
l = [1, 2, 3]
for x in l:
    if x == 1: l.append(4)
    print(x, end=' ')
print()
for x in (1, 2):
    print(x, end=' ')
for x in []:
    print('never')
print([y * 2 for y in l])
s = 0
for a, b in [(1, 2), (3, 4)]:
    s += a * b
print(s)
class L(list):
    def __iter__(self): return iter([9])
for x in L([1, 2]):
    print(x)
`},
	{"fused_binary", `
def f(a, b, c, l):
    x = a * b + c
    y = (a if c else b) - c
    z = x % 10 + (y if a else 1.5) * 2
    l[0] += a * b
    l[1] -= x
    l[k] *= 2
    return x, y, z, l
k = -1
print(f(3, 4, 5, [1, 2, 3]), f(1.5, 2, 0, [0.5, 1, 2]), f(2 ** 62, 4, 1, [2 ** 63, 0, 1]))
class L(list):
    def __setitem__(self, i, v): print('set', i, v)
class N:
    def __iadd__(self, o): return 'iadd'
    def __add__(self, o): return 'add'
def g(l, n):
    l[0] += 1
    n += 1
    m = n + 1
    return m
print(g(L([1]), N()), g([N()], 0))
d = {'a': 1}; d['a'] += 1; print(d)
def h(l):
    try:
        l[0] += 'a'
    except TypeError as e:
        print(e)
    try:
        l[5] += 1
    except IndexError as e:
        print(e)
h([1])
def u():
    try:
        return v * 2
    except UnboundLocalError as e:
        print(e)
    try:
        return 1 + v
    except UnboundLocalError as e:
        print(e)
    v = 1
u()
`},
	{"fused_more", `
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        if self.v is None: raise ValueError('no truth')
        return self.v
class L(list):
    def __setitem__(self, i, v): print('set', i, v)
def f(x, l, d, i, k):
    out = []
    while x:
        x -= 1
        out.append(x)
    if not l: out.append('empty')
    if k < i: out.append('k<i')
    if i <= k: out.append('i<=k')
    l[i] = 5
    l[0] = 6
    d[i] = 7
    i += 1
    k -= 0.5
    l += (1,)
    return out, l, d, i, k
print(f(3, [0, 1], {}, 1, 2.5))
print(f(0, L([0, 1]), L(), -1, 0))
print(f(B(False), [], {}, 0, 0)[0])
try:
    f(B(None), [], {}, 0, 0)
except ValueError as e:
    print(e)
try:
    f(0, [1], {}, 5, 0)
except IndexError as e:
    print(e)
try:
    f(0, [1], {}, 'a', 0)
except TypeError as e:
    print(e)
def g(c, a, b):
    if (a if c else b):
        a = 'x'
    while (a if c else b) < (b if c else 1):
        a += 1
    (a if c else [0])[0 if c else 0] = 1
    return a
print(g(False, [9], 0), g(True, 0, 3))
def u():
    try:
        if v: pass
    except UnboundLocalError as e:
        print(e)
    try:
        v[0] = 1
    except UnboundLocalError as e:
        print(e)
    try:
        v += 1
    except UnboundLocalError as e:
        print(e)
    v = 1
u()
`},
	{"slice_tmp", `
kept = []
class K(list):
    def __setitem__(self, i, v):
        kept.append(v)
        list.__setitem__(self, i, v)
def flip(a, b, k):
    for _ in range(3):
        a[:k + 1] = b[k::-1]
        b[1:] = b[:-1]
    return a
print(flip([0] * 4, [1, 2, 3, 4], 2), flip(K([0] * 4), [1, 2, 3, 4], 3), kept)
def f(a, k):
    a[:k + 1] = a[k::-1]
    a[:] = a[::-1]
    a[::2] = a[1::2]
    return a
print(f([1, 2, 3, 4, 5, 6], 3), f(K([1, 2, 3, 4]), 1), kept[-1])
def g(a, k):
    try:
        a[:k + 1] = a[k::-1]
    except TypeError as e:
        print(e)
    try:
        a[::2] = a[k::-1]
    except ValueError as e:
        print(e)
    return a
print(g([1, 2, 3], 'x'), g([1, 2, 3, 4], 1), g((1, 2), 0) if False else 0)
`},
	{"comprehensions", `
n = 5
print([i * 2 for i in range(n)], [i for i in range(10) if i % 3 == 0], [c for c in 'abc'], [x for x in [1, 2.5, 'a'] if x != 'a'])
print([(i, j) for i in range(3) for j in range(i)], {i % 3 for i in range(10)}, {i: i * i for i in range(4)})
print([y for y in (1, 2, 3) if y > 1.5], [v for v in [1, 2, 3] if 2 == v], [v for v in range(3) if v < 2.0])
class C:
    def __eq__(self, o): return 'eq'
print([type(v).__name__ for v in [C(), 1] if v == 0])
def g():
    yield 1
    yield 2
print([x for x in g()], [x for x in range(100000) if x == 99999])
`},
	{"membership", `
s = {1, 2, 'a', (1, 2)}; fs = frozenset([3]); d = {1: 0, 'k': 1}; l = [1, 2.0]; t = (1,)
for k in [1, 2, 3, 'a', 'k', (1, 2), 1.0, True, 2]:
    r = []
    if k in s: r.append('s')
    if k not in fs: r.append('!fs')
    if k in d: r.append('d')
    if k in l: r.append('l')
    if k not in t: r.append('!t')
    print(k, r, k in s, k not in d)
print({frozenset([1])} and set([1]) in {frozenset([1])})
class S(set):
    def __contains__(self, k): return True
class D(dict):
    def __contains__(self, k): return k == 'x'
print(5 in S(), 'x' in D(), 'y' in D(), 5 not in S())
if 5 in S(): print('S in')
for bad in [[1], {}]:
    try:
        if bad in s: pass
    except TypeError as e:
        print(e)
    try:
        print(bad in d)
    except TypeError as e:
        print(e)
a = b = []
if a is b: print('is')
if a is not []: print('is not')
if None is None: print('none')
`},
	{"unpack", `
def f(p, q):
    a, b = p
    c, d, e = q
    return a, b, c, d, e
print(f((1, 2), [3, 4, 5]), f('xy', range(3)), f({7: 0, 8: 0}, (i for i in 'abc')))
for bad in [(1,), (1, 2, 3), [1], 5, None]:
    try:
        f(bad, (1, 2, 3))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    f((1, 2), [1, 2])
except ValueError as e:
    print(e)
x = y = 0
x, x = 1, 2
print(x)
for i, c in enumerate('ab'):
    print(i, c)
a, b = 0, 1
for _ in range(5):
    a, b = b, a + b
print(a, b)
class T(tuple):
    def __iter__(self): return iter([8, 9])
g, h = T((1, 2))
print(g, h)
`},
	{"subscr_computed", `
def f(g, i, d):
    a = g[i][i] + g[0][1] + g[-1][-1] + (g[i] if i else g[1])[0]
    b = d['k'][0] + d['k'][i]
    try:
        g[i][9]
    except IndexError as e:
        print(e)
    try:
        g[0]['x']
    except TypeError as e:
        print(e)
    try:
        g[0][u]
    except NameError as e:
        print(e)
    return a, b
print(f([[1, 2], [3, 4]], 1, {'k': (5, 6)}), f(((1, 2), (3, 4)), 0, {'k': [7, 8]}))
def h():
    try:
        return [1][v]
    except UnboundLocalError as e:
        print(e)
    v = 0
h()
`},
	{"far_branch", `
def f(l, k, n):
    out = 0
    while True:
        if l[k] > 0:
            break
        out += k * 0
        out += k * 1
        out += k * 2
        out += k * 3
        out += k * 4
        out += k * 5
        out += k * 6
        out += k * 7
        out += k * 8
        out += k * 9
        out += k * 10
        out += k * 11
        out += k * 12
        out += k * 13
        out += k * 14
        out += k * 15
        out += k * 16
        out += k * 17
        out += k * 18
        out += k * 19
        out += k * 20
        out += k * 21
        out += k * 22
        out += k * 23
        out += k * 24
        out += k * 25
        out += k * 26
        out += k * 27
        out += k * 28
        out += k * 29
        out += k * 30
        out += k * 31
        out += k * 32
        out += k * 33
        out += k * 34
        out += k * 35
        out += k * 36
        out += k * 37
        out += k * 38
        out += k * 39
        out += k * 40
        out += k * 41
        out += k * 42
        out += k * 43
        out += k * 44
        out += k * 45
        out += k * 46
        out += k * 47
        out += k * 48
        out += k * 49
        out += k * 50
        out += k * 51
        out += k * 52
        out += k * 53
        out += k * 54
        out += k * 55
        out += k * 56
        out += k * 57
        out += k * 58
        out += k * 59
        l[k] += 1
        if n in l:
            break
        if k > n * 2.5:
            break
        if l[k] >= 3:
            break
        l[k] -= 0.5
    return out, l
print(f([-2, 0], 0, 9), f([5], -1, 0), f([0.0, -1], 1, -1))
class L(list):
    def __getitem__(self, i): return list.__getitem__(self, i) - 1
    def __setitem__(self, i, v):
        print('set', i, v)
        list.__setitem__(self, i, v)
def g(c, r):
    c[r] -= 1
    c[r] *= 3
    c[0] += 0.5
    return c
print(g([1, 2], 1), g(L([4, 5]), -1))
try:
    g([1], 5)
except IndexError as e:
    print(e)
try:
    g(['a'], 0)
except TypeError as e:
    print(e)
print(-(-9223372036854775807 - 1), -(2.5), -True, -(2 ** 70))
`},
	{"enumerate", `
for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate([1.5, 2], 10):
    print(i, c)
for i, c in enumerate((7, 8), 2 ** 63 - 1):
    print(i, c)
for a, b in [(1, 2), [3, 4]]:
    print(a, b)
for a, b in zip('xy', 'pq'):
    print(a, b)
class E(enumerate):
    def __next__(self): return ('E', 0)
n = 0
for i, c in E('ab'):
    print(i, c)
    n += 1
    if n == 2: break
def g():
    yield 1
    raise ValueError('boom')
try:
    for i, c in enumerate(g()):
        print(i, c)
except ValueError as e:
    print(e)
try:
    for i, c in enumerate([1, (2, 3)]):
        pass
except TypeError as e:
    print(e)
d = {}
for i, d['k'] in enumerate('z'):
    print(i, d)
`},
	{"jump_into_fused", `
def f(c, a, b, k):
    x = (a if c else b)[0]
    y = (a if c else b)[k]
    z = a[:k if c else 1]
    a[:1 if c else k] = [7]
    w = 1 if c else 2.5
    v = (a if c else b)[0] * (k if c else 2)
    a[0] += (k if c else 3)
    a[0 if c else 1] -= 1
    if w < (3 if c else 0.5):
        w = -w
    return x, y, z, a, w, v
print(f(True, [1, 2], [3, 4], 1), f(False, [1, 2], [3, 4], 1))
`},
}

// TestFastPaths runs each case in bytepy and in the oracle and compares
// stdout and the last line of stderr.
func TestFastPaths(t *testing.T) {
	if !haveOracle() {
		t.Skip("code objects come from CPython 3.7 until the compiler is ready; oracle not found")
	}
	for _, c := range fastPathCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			name := c.name + ".py"
			if err := os.WriteFile(filepath.Join(dir, name), []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errs, _ := runProgram(t, dir, name)
			cmd := exec.Command(oraclePath, "-B", name)
			cmd.Dir = dir
			var wo, we bytes.Buffer
			cmd.Stdout, cmd.Stderr = &wo, &we
			cmd.Run()
			if out != wo.String() {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s", out, wo.String())
			}
			if lastLine(errs) != lastLine(we.String()) {
				t.Errorf("stderr: got %q want %q", lastLine(errs), lastLine(we.String()))
			}
		})
	}
}
