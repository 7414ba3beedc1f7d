# Repeated lookups of one key (`if k in d: d[k] += 1`, `d[k] = d.get(k, 0) + 1`)
# must call __hash__ and __eq__ exactly as often as CPython, and must see every
# change made to the dict in between, whoever makes it.

calls = []


class K:
    """A key whose hash and equality are Python code."""

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        calls.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        calls.append("eq %s %r" % (self.name, getattr(other, "name", other)))
        return isinstance(other, K) and other.name == self.name

    def __repr__(self):
        return "K(%s)" % self.name


def count(seq):
    d = {}
    for k in seq:
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
    return d


# plain keys: strs built fresh each time, tuples of them, ints, None, bools
words = ["ka" + "lo" * (i % 3) for i in range(30)]
print(count(words))
print(count([(words[i], words[i + 1]) for i in range(29)]))
print(count([i % 7 for i in range(50)] + [None, None, True, 1, False, 0]))
c = {}
for w in words:
    c[w] = c.get(w, 0) + 1
print(c)

# user keys: every hash and eq call is visible
calls.clear()
a1, a2, b = K("a", 1), K("a", 1), K("b", 1)
print(count([a1, a2, b, a1, b]))
print(calls)

# a user key stored under the same hash as an int probe: its __eq__ runs on
# each of the three lookups
calls.clear()
d = {K("five", 5): "k", 5: 0}
if 5 in d:
    d[5] += 1
print(d, calls)

# tuples holding a user key are not pure either
calls.clear()
d = {}
t = (1, K("t", 7))
for _ in range(3):
    if t in d:
        d[t] += 1
    else:
        d[t] = 1
print(d, calls)


# the value's __iadd__ changes the dict between the read and the write
class Acc:
    def __init__(self, d):
        self.d = d

    def __iadd__(self, n):
        self.d.clear()
        self.d["other"] = n
        return self


d = {}
d["x"] = Acc(d)
d["x"] += 5
print(sorted(d))

# the key is deleted, re-added, or the dict cleared between test and use
d = {"k": 1, "j": 2}
if "k" in d:
    del d["k"]
    try:
        d["k"]
    except KeyError as e:
        print("KeyError", e)
    d["k"] = 3
print(list(d.items()))
d = {("a", 1): 1}
key = ("a", 1)
if key in d:
    d.clear()
    print(d.get(key, "gone"))
    d[key] = 9
print(d)
d = {"p": 1}
if "p" in d:
    d.pop("p")
    d.setdefault("q", 2)
    d["p"] = 4
print(d)
if "zz" not in d:
    d.update({"zz": 1})
    d["zz"] += 1
print(d)
d = dict.fromkeys(range(5))
if 2 in d:
    d.popitem()
    d[4] = "back"
print(d)


# __eq__ that mutates the dict in the middle of a lookup
class Mut:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.d.clear()
        return False


d = {}
m1 = Mut(d)
d[m1] = 1
d[3] = "three"
try:
    print(Mut(d) in d, d)
except RuntimeError as e:
    print("RuntimeError", e)
d = {}
d[Mut(d)] = 1
print(3 in d, len(d))
d[3] = 1
print(3 in d, d[3])


# a dict subclass: __missing__ and overridden item methods take over
class Miss(dict):
    def __missing__(self, k):
        return "missing " + str(k)


m = Miss(a=1)
print("b" in m, m["b"], m.get("b"), m["a"])
m["b"] = 2
print(m["b"])


class Logged(dict):
    def __getitem__(self, k):
        calls.append("get %r" % (k,))
        return dict.__getitem__(self, k)

    def __setitem__(self, k, v):
        calls.append("set %r" % (k,))
        dict.__setitem__(self, k, v)

    def __contains__(self, k):
        calls.append("in %r" % (k,))
        return dict.__contains__(self, k)


calls.clear()
lg = Logged()
for k in ["x", "y", "x", ("t", 1), ("t", 1)]:
    if k in lg:
        lg[k] += 1
    else:
        lg[k] = 1
print(lg, calls)

# equal keys of different types hit the same entry
d = {1: "int"}
if True in d:
    d[True] += "+bool"
if 1.0 in d:
    d[1.0] += "+float"
print(d)

# two dicts used alternately with the same key
x, y = {}, {}
for i in range(6):
    k = "k%d" % (i % 2)
    if k in x:
        y[k] = x[k] + 1
    x[k] = y.get(k, 0) + 10
print(x, y)

# growth keeps insertion order, with deletions in between
d = {}
for i in range(2000):
    d["n%d" % i] = i
    if i % 3 == 0:
        del d["n%d" % (i // 2)]
ks = list(d)
print(len(d), ks[:5], ks[-5:], sum(d.values()))
for i in range(0, 2000, 7):
    d.pop("n%d" % i, None)
for i in range(500):
    d[i] = i
print(len(d), list(d)[:3], list(d)[-3:])

# changing size while iterating
d = {i: i for i in range(10)}
try:
    for k in d:
        if k in d:
            d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError", e)


# an __eq__ that itself tests and stores pure keys in a dict: the outer
# lookup still ran Python code, so each of its repeats calls __eq__ again
class Nested:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 11

    def __eq__(self, other):
        calls.append("nested eq")
        if "x" in self.d:
            self.d["x"] += 1
        self.d.get(len(calls))  # a lookup the memo has not seen
        return False


calls.clear()
side = {"x": 0}
d = {Nested(side): 1, 11: 5}
if 11 in d:
    d[11] += 1
print(d[11], side, calls)


# augmented item assignment on its own: present, absent, user keys, values
# whose += is Python code that changes the dict
def aug():
    d = {"a": 1, (1, "b"): [1], 3: "x"}
    k, t, n = "a", (1, "b"), 3
    d[k] += 10
    d[t] += [2]
    d[n] *= 3
    d["a"] -= 1
    try:
        m = "missing"
        d[m] += 1
    except KeyError as e:
        print("KeyError", e)
    calls.clear()
    u = K("u", 4)
    d[u] = 0
    d[u] += 1
    print(d, calls)
    acc = {}
    acc["x"] = Acc(acc)
    key = "x"
    acc[key] += 7
    print(sorted(acc))


aug()


class Counter(dict):
    def __missing__(self, k):
        return 100


def aug_sub():
    c = Counter()
    k = "q"
    c[k] += 1
    c[k] += 1
    print(c)


aug_sub()
