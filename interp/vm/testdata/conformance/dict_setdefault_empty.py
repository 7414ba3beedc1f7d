# d.setdefault(k, []) and d.get(k, {}) with an empty literal default: the
# result, the calls made and the errors raised are those of the real call,
# whatever d, k and the method turn out to be.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
nested = {}
for w in words:
    nested.setdefault(w[0], {}).setdefault(len(w), []).append(w)
print(nested)
print(nested.get("a", {}), nested.get("z", {}), nested.get("b", []))
lst = groups.setdefault("a", [])
print(lst is groups["a"], groups.setdefault("q", []) is groups["q"])

# tuple, int, None and bool keys; 1 and True are the same key
d = {}
for k in [(1, "a"), (1, "a"), 1, True, None, 1.0, (2,)]:
    d.setdefault(k, []).append(k)
print(d)

calls = []


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        calls.append("hash %d" % self.n)
        return 1

    def __eq__(self, other):
        calls.append("eq %d" % self.n)
        return isinstance(other, K) and other.n == self.n

    def __repr__(self):
        return "K%d" % self.n


d = {}
for n in [1, 2, 1, 1]:
    d.setdefault(K(n), []).append(n)
    d.get(K(n), {})
print(d, calls)


# a dict subclass: its own setdefault and get are called
class Sub(dict):
    def setdefault(self, k, default=None):
        calls.append("Sub.setdefault %r %r" % (k, default))
        return dict.setdefault(self, k, default)

    def get(self, k, default=None):
        calls.append("Sub.get %r %r" % (k, default))
        return dict.get(self, k, default)

    def __missing__(self, k):
        return "never used by get"


calls.clear()
s = Sub(a=[1])
s.setdefault("a", []).append(2)
s.setdefault("b", {})["x"] = 1
print(s, s.get("a", []), s.get("zz", {}), calls)


# other objects with methods of the same names
class Fake:
    def setdefault(self, k, default):
        return ("fake", k, default)

    get = setdefault


f = Fake()
print(f.setdefault("a", []), f.get("b", {}))

# the method taken from the class, bound elsewhere, or shadowed
sd = dict.setdefault
g = {"k": [0]}
print(sd(g, "k", []), g.setdefault("k", []), dict.get(g, "k", {}))
m = g.setdefault
print(m("k", []), m("new", []), g)

# errors come from the call itself
for bad in ([1], {2: 3}, set()):
    try:
        {}.setdefault(bad, [])
    except TypeError as e:
        print("TypeError", e)
    try:
        {}.get(bad, {})
    except TypeError as e:
        print("TypeError", e)
try:
    {}.setdefault()
except TypeError as e:
    print("TypeError", e)
try:
    {"a": 1}.setdefault("a", [], [])
except TypeError as e:
    print("TypeError", e)


# a default that is not empty, or conditional
def pick(d, k, c):
    return d.setdefault(k, [] if c else {})


h = {}
print(pick(h, 1, True), pick(h, 1, False), pick(h, 2, False), h)
x = None
print(h.setdefault(3, x or []), h.setdefault(3, x or {}), h)

