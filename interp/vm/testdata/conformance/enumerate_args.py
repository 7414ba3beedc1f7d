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
