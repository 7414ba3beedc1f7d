# `a[:k + 1] = a[k::-1]` reverses a's prefix in place when a is an exact
# list and 0 <= k < len(a); every other case must behave as the two slice
# operations do.


def flip(a, k):
    a[:k + 1] = a[k::-1]
    return a


def show(a, k):
    before = a[:] if isinstance(a, list) else a
    try:
        r = flip(a, k)
        print(repr(before), k, "->", repr(r))
    except Exception as e:
        print(repr(before), k, "->", type(e).__name__, e)


for k in range(-7, 8):
    show(list(range(5)), k)
show([], 0)
show([], -1)
show(["x"], 0)
show([1, "b", None, (2,)], 3)
show(list(range(5)), True)
show(list(range(5)), False)
show(list(range(5)), 2.0)
show(list(range(5)), 10 ** 30)
show(list(range(5)), -10 ** 30)
show((1, 2, 3), 1)
show("abcde", 2)
show(None, 1)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n

    def __add__(self, other):
        print("add", self.n, other)
        return Idx(self.n + other)


print(flip(list(range(6)), Idx(3)))


class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


a = L(range(5))
flip(a, 3)
print(a, type(a).__name__)


class Plain(list):
    pass


p = Plain(range(5))
flip(p, 2)
print(p, type(p).__name__)

# the slice read is a fresh list each time the statement runs the slow way
# (a __setitem__ that keeps what it is given)
kept = []


class Keep(list):
    def __setitem__(self, i, v):
        kept.append(v)
        list.__setitem__(self, i, v)


kk = Keep(range(4))
flip(kk, 3)
flip(kk, 1)
print(kk, kept, kept[0] is kept[1])


# fannkuch's loop, counting flips, with the list shared with another name
def flips(perm):
    alias = perm
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, alias


print(flips([3, 1, 4, 0, 2]))
print(flips([4, 3, 2, 1, 0]))
print(flips([0, 1]))


# the statement as a generator's body and with a global list
def gen(a):
    for k in range(len(a)):
        a[:k + 1] = a[k::-1]
        yield a[:]


print(list(gen([1, 2, 3, 4])))
G = [5, 6, 7]


def glob(k):
    G[:k + 1] = G[k::-1]


glob(2)
print(G)


# an unbound k raises as before
def unbound(a):
    if False:
        k = 0
    a[:k + 1] = a[k::-1]


try:
    unbound([1, 2])
except UnboundLocalError as e:
    print("UnboundLocalError", e)
