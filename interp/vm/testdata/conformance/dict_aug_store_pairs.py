# d[k] op= v on dicts finished in one step (the store after the read),
# pair tuples built without a copy, and tuple hashing/equality of keys:
# counts with pair keys, overflow into big ints, keys with their own
# __hash__/__eq__ (called as often as in CPython), an __eq__ that mutates
# the dict or raises on the store, dict subclasses with __setitem__ and
# __missing__, NaN items (the same
# object: bytepy's inline floats have no identity, so distinct NaNs are
# not tested), str subclasses inside tuples, hash(-1) items,
# and tuples of different lengths with equal hashes.
import sys

words = ["ka", "lo", "ka", "mi", "lo", "ka", "ka", "lo"]
big = {}
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    if key in big:
        big[key] += 1
    else:
        big[key] = 1
print(sorted(big.items()))
print(list(big))

c = {}
for w in words:
    c[w] = c.get(w, 0) + 1
for w in words:
    c[w] += 10
    c[w] -= 3
    c[w] *= 2
    c[w] |= 1
print(c)

m = {"a": 2 ** 63 - 1, "b": -2 ** 63, "c": True, "d": "s", "e": 1.5}
m["a"] += 1
m["b"] += -1
m["c"] += 1
m["d"] += "t"
m["e"] += 1
m["a"] += -1
print(m)


class K:
    calls = []

    def __init__(self, n, h):
        self.n, self.h = n, h

    def __hash__(self):
        K.calls.append("hash%d" % self.n)
        return self.h

    def __eq__(self, other):
        K.calls.append("eq%d" % self.n)
        return isinstance(other, K) and self.n == other.n


k1, k2, k1b = K(1, 7), K(2, 7), K(1, 7)
d = {k1: 1, k2: 2}
K.calls.clear()
d[k1b] += 5
print(K.calls, d[k1])
K.calls.clear()
if (k1b, "x") in {(k1, "x"): 0}:
    print("pair found", K.calls)
t = {(k2, "y"): 1}
K.calls.clear()
t[(K(2, 7), "y")] += 1
print(K.calls, list(t.values()))


class Mut:
    def __init__(self, d):
        self.d = d
        self.n = 0

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.n += 1
        if self.n == 2:
            self.d.clear()
            self.d[Plain()] = "after"
        return True


class Plain:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        return self is other


md = {}
mk = Mut(md)
md[Plain()] = 1
try:
    md[mk] += 1
except Exception as e:
    print("mutating eq", type(e).__name__, type(e.args[0]).__name__)
print(len(md), sorted(map(str, md.values())))


class Raiser:
    n = 0

    def __hash__(self):
        return 9

    def __eq__(self, other):
        Raiser.n += 1
        if Raiser.n == 2:
            raise ValueError("eq on the store")
        return True


rd = {Raiser(): 1}
try:
    rd[Raiser()] += 1
except ValueError as e:
    print("raised", e, sys.exc_info()[2].tb_lineno)
print(list(rd.values()))


class Logged(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v + 100)


lg = Logged(a=1)
lg["a"] += 1
print(lg)


class Missing(dict):
    def __missing__(self, k):
        print("missing", k)
        return 40


ms = Missing()
ms[("p", "q")] += 2
ms[("p", "q")] += 2
print(ms)

try:
    plain = {}
    plain[("no", "pe")] += 1
except KeyError as e:
    print("KeyError", e)

nan = float("nan")
nd = {}
nd[(nan, 1)] = 1
nd[(nan, 1)] += 1
nd[nan] = 5
nd[nan] += 1
print(sorted(nd.values()), len(nd), (nan, 1) in nd, nan in nd)


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("S.eq", str(self), other)
        return str.__eq__(self, other)


sd = {("ka", "lo"): 1}
sd[(S("ka"), "lo")] += 1
sd[("ka", S("lo"))] += 1
print(sd)
print(("ka", "lo") in {(S("ka"), S("lo")): 0})

print(hash((-1, "a")) == hash((-2, "a")), hash((-1,)) == hash((-2,)))
print(hash((1, 2)), hash((1, -1, 2 ** 70)), hash(()), hash((False, True, 3.5, -1.0)))
hd = {(-1, 0): "m1", (-2, 0): "m2"}
hd[(-1, 0)] += "x"
print(hd)

# tuples of different lengths with equal hashes: the items are compared
# (and their __eq__ called) before the lengths, as in 3.7
M = 1 << 64


def thash(hs):
    x, mult, n = 0x345678, 1000003, len(hs)
    for h in hs:
        n -= 1
        x = ((x ^ (h % M)) * mult) % M
        mult += 82520 + n + n
    x = (x + 97531) % M
    return x - M if x >= M // 2 else x


class H:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("H.eq", self.name, getattr(other, "name", other))
        return True


b, cc = H("b", 11), H("c", 12)
target = (thash([11, 12]) - 97531) % M
inv = 1000003
for _ in range(6):
    inv = inv * (2 - 1000003 * inv) % M
ha = (target * inv % M) ^ 0x345678
a = H("a", ha - M if ha >= M // 2 else ha)
print(hash((a,)) == hash((b, cc)))
one = {(a,): "one"}
print((b, cc) in one)
print(one.get((b, cc), "absent"))
two = {(b, cc): "two"}
print((a,) in two)
