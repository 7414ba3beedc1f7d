# sum() of lists and tuples read by index: ints overflowing into big ints,
# floats, mixed, bools, starts of other types, an __add__/__radd__ that
# changes the list being summed, subclasses and errors.
print(sum([1, 2, 3]), sum((1.5, 2.25)), sum([]), sum(()), sum([], 7), sum([1, 2.5, 3]))
print(sum([2**62, 2**62, 2**62, -2**63]), sum([True, True, 2]), sum([1.0, True]))
print(sum([10**30, 1, -10**30]), sum((0.1,) * 10), sum([1e308, 1e308]), sum([2**53, 1.0, 1]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], 0.5), sum([0.5, 2**70]))
print(repr(sum([-0.0])), repr(sum([-0.0], -0.0)), repr(sum([], -0.0)))
L = [1, 2, 3]
class Grow:
    def __radd__(self, other):
        L.append(100)
        return other + 10
    def __add__(self, other):
        return self
L.append(Grow())
print(sum(L[:]), len(L))
L2 = [1, Grow(), 5]
L = L2
print(sum(L2), L2[-1], len(L2))
class Shrink:
    def __radd__(self, other):
        del L3[:]
        return other
L3 = [1, Shrink(), 2, 3]
print(sum(L3), L3)
class MyList(list):
    def __iter__(self):
        return iter([100])
print(sum(MyList([1, 2])), sum(tuple([4, 5])))
for bad in ([1, "a"], ("a", "b"), [1.5, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
class N(int):
    def __add__(self, o):
        return "N+"
    __radd__ = __add__
print(sum([0, N(1)]), sum([N(2)]), sum((1.5, N(3))))
class F(int):
    def __float__(self):
        return 99.0
    def __radd__(self, o):
        return NotImplemented
for x in (1.5 + N(3), N(3) + 1.5, 2.0 * F(3), F(3) * 2.0, 1.5 - N(1), 7.0 // F(2), 7.0 % F(4), 2.0 ** F(3), float(F(1))):
    print(repr(x))
try:
    1.5 + F(1)
except TypeError as e:
    print("TypeError", e)
