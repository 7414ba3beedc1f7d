# d[k] on an exact dict is probed directly; it must raise and call the
# key's dunders exactly as the item protocol does.

calls = []


class K:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        calls.append(("hash", self.name))
        return self.h

    def __eq__(self, other):
        calls.append(("eq", self.name, other if isinstance(other, (int, str)) else "K"))
        return isinstance(other, K) and other.name == self.name

    def __repr__(self):
        return "K(%s)" % self.name


def get(d, k):
    try:
        return d[k]
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


d = {"a": 1, 2: "two", (1, "x"): "tup", None: "none", K(5, "k5"): "kk", 1.5: "f"}
for k in ("a", "b", 2, 2.0, True, 1, (1, "x"), (1, "y"), None, 1.5, K(5, "k5"),
          K(5, "other"), 5, [1], {}, (1, [2])):
    calls.clear()
    print(repr(k), repr(get(d, k)), calls)

d2 = {True: "t"}
print(get(d2, 1), get(d2, 1.0), get(d2, True), get(d2, 0))


class M(dict):
    def __missing__(self, k):
        return ("missing", k)


class G(dict):
    def __getitem__(self, k):
        return ("G", k)


m, g = M(a=1), G(a=1)
print(get(m, "a"), get(m, "zz"), get(g, "a"), get(g, "zz"))


class Mut:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        big.clear()
        return False


big = {7: "seven", Mut(): "mut"}
print(repr(get(big, Mut())), big)

# a dispatch loop, the shape the path is for
env = {"x": 1, "y": 2}
ops = ["x", "y", "x", "z"]
total = 0
for name in ops:
    try:
        total += env[name]
    except KeyError as e:
        print("missing", e, repr(e))
print(total)


def f(dd):
    return dd[("no", 1)]


f({})
