# `d[k] = d.get(k, c) + n` runs as one instruction (vm/dictcount.go) for
# an exact dict, a pure key and small ints; everything else must behave
# exactly as the ten plain instructions: subclasses, impure keys, values
# that are not ints, overflow, unbound locals, and colliding stored keys
# whose __eq__ runs (and raises) during the get or during the store.
import sys
import traceback


def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


print(count("a b a c b a".split()))
print(count([1, 2, 1, True, None, None, (1, 2), (1, 2), ("x", 3)]))
print(count([1.0, 1, 2.5, 2.5, -0.0, 0]))


def start_at(d, keys, c):
    for k in keys:
        d[k] = d.get(k, 5) + 2
    return d


print(start_at({}, "abca", 5))
print(start_at({"a": 1.5, "b": "no"}, ["a"], 0))
try:
    start_at({"b": "no"}, ["b"], 0)
except TypeError as e:
    print("TypeError", e)


class D(dict):
    def get(self, k, default=None):
        print("D.get", k)
        return dict.get(self, k, default) + 10


print(count.__code__.co_name, start_at(D(), ["x", "x"], 0))


class M(dict):
    def __missing__(self, k):
        return 100


print(start_at(M(), ["y", "y"], 0))


class Getter:
    def __init__(self):
        self.data = {}

    def get(self, k, default):
        return self.data.get(k, default) * 2

    def __setitem__(self, k, v):
        self.data[k] = v


print(start_at(Getter(), ["a", "a", "a"], 0).data)


# overflow into big ints
def bump(d, k):
    d[k] = d.get(k, 0) + 1
    return d[k]


big = {"k": sys.maxsize}
print(bump(big, "k"), type(bump(big, "k")))
neg = {"k": -sys.maxsize - 1}


def dec(d, k):
    d[k] = d.get(k, 0) + -1
    return d[k]


print(dec(neg, "k"))


# an impure key: its own __hash__ and __eq__ run as in the plain code
class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return 7

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, K) and self.n == other.n


kd = {}
for k in [K(1), K(2), K(1)]:
    kd[k] = kd.get(k, 0) + 1
print(sorted(v for v in kd.values()))


# a stored key colliding with a pure key: its __eq__ runs in the get and
# again in the store, and may raise in either
class Collide:
    calls = 0

    def __init__(self, raise_on):
        self.raise_on = raise_on

    def __hash__(self):
        return hash(7)

    def __eq__(self, other):
        Collide.calls += 1
        print("Collide.__eq__", Collide.calls, other)
        if Collide.calls == self.raise_on:
            raise ValueError("eq %d" % Collide.calls)
        return False


def collide(raise_on):
    Collide.calls = 0
    d = {Collide(raise_on): "c"}
    k = 7
    try:
        d[k] = d.get(
            k, 0) + 1
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    return sorted(str(v) for v in d.values())


print(collide(0))
print(collide(1))
print(collide(2))


def unbound_d(k):
    if k:
        d = {}
    d[k] = d.get(k, 0) + 1
    return d


print(unbound_d(1))
try:
    unbound_d(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_k(flag):
    d = {}
    if flag:
        k = "z"
    d[k] = d.get(k, 0) + 1
    return d


print(unbound_k(True))
try:
    unbound_k(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# unhashable key: the error comes from the get, as a TypeError
def unhashable():
    d = {}
    k = [1]
    d[k] = d.get(k, 0) + 1


try:
    unhashable()
except TypeError:
    traceback.print_exc(file=sys.stdout)

# the dict changes between runs of the loop; iteration order stays
d = {}
for i in range(50):
    k = i % 7
    d[k] = d.get(k, 0) + 1
    if i == 20:
        del d[3]
print(list(d.items()))
