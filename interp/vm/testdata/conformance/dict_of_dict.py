# dict(d) of an exact dict is copied by the VM without type.__call__, and
# without key comparisons only where CPython's would not be seen: keys
# with equal hashes and a user __eq__ are compared as CPython 3.7's
# dict(d) compares them.


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n

    def __repr__(self):
        return "K%d" % self.n


class S(str):
    def __hash__(self):
        return 7

    def __eq__(self, o):
        print("S.eq", str.__repr__(self), o)
        return str.__eq__(self, o)


d = {K(1): 1, K(2): 2, K(3): 3}
e = dict(d)
print(e, e == d, e is d)
print(dict({K(4): 4}))
s = {S("a"): 1, S("b"): 2, "c": 3}
t = dict(s)
print(sorted(t.values()))
plain = {"x": 1, 2: "y", (3, "z"): None, 4.5: 1.5}
c = dict(plain)
c["x"] = 100
print(plain, c, dict({}), dict(dict(plain)) == plain)
selfref = {}
selfref["me"] = selfref
print(dict(selfref))


class D(dict):
    pass


sub = D(a=1, b=2)
print(type(dict(sub)).__name__, dict(sub), type(D(plain)).__name__, D(plain) == plain)


def shadow():
    dict = lambda x: ("shadowed", len(x))
    return dict(plain)


print(shadow())
_dict = dict
dict = lambda x: "global shadow"
print(dict(plain))
dict = _dict
del _dict
print(dict(plain) == plain)
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print("TypeError", e)


def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        return dict(plain) == plain


print(deep(0))
