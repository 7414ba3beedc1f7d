# enumerate(xs) skips argument parsing; every other form must parse and
# fail as 3.7 does.
class E(enumerate):
    pass


print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
print(list(enumerate(iterable="xy")), list(enumerate(start=2, iterable=[1])), list(E([7], 3)))
class I(int):
    pass


class Ix:
    def __index__(self):
        return 4


print(list(enumerate([], 10 ** 30)), list(enumerate("a", True)), list(enumerate("a", I(3))), list(enumerate("a", Ix())))
for args, kw in [((), {}), ((1,), {}), (("a", "b"), {}), (("a", 1, 2), {}), (("a",), {"x": 1}),
                 (("a",), {"start": 1.5}), ((), {"start": 1}), ((1, "x"), {})]:
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError as e:
        print("TypeError:", e)
g = (i * i for i in range(3))
print(list(enumerate(g)), list(enumerate(g)))

# over an exact list or tuple the iterator shares the enumerate's
# allocation; it must still be the sequence's own iterator
xs = [1, 2, 3]
out = []
for i, x in enumerate(xs):
    out.append((i, x))
    if len(xs) < 6:
        xs.append(x * 10)
print(out)
e = enumerate((4, 5, 6), 1)
print(next(e), iter(e) is e, list(e), list(e))
e = enumerate([7, 8])
print(type(e).__name__, next(e), list(e), next(e, "done"))


class LL(list):
    def __iter__(self):
        return iter([9, 9])


class TT(tuple):
    def __iter__(self):
        return iter("zz")


print(list(enumerate(LL([1, 2, 3]))), list(enumerate(TT((1, 2, 3)), 2)), list(E((1, 2), 1)))
ys = [0, 1, 2, 3]
for i, y in enumerate(ys):
    del ys[0]
print(ys, i)
