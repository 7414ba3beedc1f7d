# a[i + c] and a[i - c] with a and i locals run as one instruction for an
# exact list or tuple and an int index in range; everything else (negative
# and out-of-range results, bools, subclasses, other types, unbound locals)
# must behave as the add and the subscript do.


def nxt(a, i):
    return a[i + 1]


def prv(a, i):
    return a[i - 2]


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return list.__getitem__(self, k)


class I(int):
    def __add__(self, other):
        print("I.__add__", other)
        return int(self) + other


cases = [([1, 2, 3], 0), ([1, 2, 3], 1), ([1, 2, 3], 2), ([1, 2, 3], -1), ([1, 2, 3], -2),
         ([1, 2, 3], -4), ([1, 2, 3], -5), ((4, 5, 6), 1), ((4, 5, 6), 5), ("xyz", 0),
         ([1, 2, 3], True), ([1, 2, 3], 1.0), (L([7, 8, 9]), 0), ([1, 2, 3], I(0)),
         ({2: "two", -1: "neg"}, 1), ({2: "two", -1: "neg"}, 0), ([], 0),
         ([1, 2, 3], 2 ** 62), ([1, 2, 3], -2 ** 63), ([1, 2, 3], 10 ** 20), (None, 0)]
for fn in (nxt, prv):
    for a, i in cases:
        try:
            print(fn.__name__, repr(a), repr(i), "->", repr(fn(a, i)))
        except Exception as e:
            print(fn.__name__, repr(a), repr(i), "->", type(e).__name__, e)


def unbound_a(i):
    if False:
        a = []
    return a[i + 1]


def unbound_i(a):
    if False:
        i = 0
    return a[i + 1]


for fn, arg in ((unbound_a, 0), (unbound_i, [1])):
    try:
        fn(arg)
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError", e)


def shift(perm, r):
    i = 0
    while i < r:
        perm[i] = perm[i + 1]
        i += 1
    return perm


print(shift([0, 1, 2, 3, 4], 4))
print(shift([0, 1, 2, 3, 4], 2))
try:
    print(shift([0, 1, 2], 3))
except IndexError as e:
    print("IndexError", e)


def window(xs):
    out = []
    for i in range(1, len(xs) - 1):
        out.append(xs[i - 1] + xs[i + 1])
    return out


print(window(list(range(10))))
print(window((1.5, 2.5, 3.5, 4.5)))
