# An operator whose right operand is a closure variable (LOAD_DEREF then
# BINARY/INPLACE) runs fused: ints, floats and strs as before, dunders
# and reflected dunders of subclasses, overflow into big ints, and the
# errors of a cell not yet (or no longer) bound.


class I(int):
    def __add__(self, other):
        return "I.add(%d, %r)" % (int(self), other)

    def __radd__(self, other):
        return "I.radd(%d, %r)" % (int(self), other)

    def __rmul__(self, other):
        return "I.rmul(%d, %r)" % (int(self), other)


def outer(k):
    grid = [[(i * j + k) % 10 for j in range(5)] for i in range(4)]
    mixed = [x + k for x in (1, 2.5, True)]
    mod = [x % k for x in (7, -7, 7.5)]
    div = [x // k for x in (7, -7)]
    big = [x * k for x in (2 ** 62, 3)]
    sub = [x - k for x in (-(2 ** 63), 0)]
    return grid, mixed, mod, div, big, sub


print(outer(3))
print(outer(-3)[2:])


def reflected(k):
    return [x + k for x in (1, 2.5)], [x * k for x in (3,)], [k + x for x in (1,)]


print(reflected(I(4)))


def strs(sep):
    return [w + sep for w in "ab"], [sep * n for n in range(3)]


print(strs("-"))


def aug(k):
    acc = 0
    lst = [0, 0]
    for i in range(4):
        acc += k
        acc -= i * k
        lst[i % 2] += k
    return acc, lst


print(aug(5), aug(2.5))


def errors():
    def use():
        return [x + late for x in range(2)]

    try:
        use()
    except NameError as e:
        print(type(e).__name__, e)
    late = 10
    print(use())
    del late
    try:
        use()
    except NameError as e:
        print(type(e).__name__, e)


errors()


def cellvar():
    try:
        print(1 + v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 2
    f = lambda: v
    return f() + v


print(cellvar())


def typeerr(k):
    try:
        return [x + k for x in (1,)]
    except TypeError as e:
        print(type(e).__name__, e)


typeerr("s")
typeerr(None)


def ret(k):
    def inner(a):
        return a * k
    return inner(6), inner("ab")


print(ret(7))
