# Record-style numeric statements (b1[3] -= dx * m2, dx = b1[0] - b2[0])
# run as one instruction for floats (and ints, for the second) in exact
# lists; other types, subclasses, bad indexes and unbound names must act
# as the plain instructions do.


class F(float):
    def __mul__(self, o):
        return "F*"

    def __rsub__(self, o):
        return "rsubF"


class L(list):
    def __getitem__(self, i):
        return 100.0

    def __setitem__(self, i, v):
        print("L set", i, v)


def aug(b, dx, m):
    b[3] -= dx * m
    b[4] += dx - m
    b[-1] *= dx + m
    b[0] += dx * m
    return b


print(aug([0.5, 1.5, 2.5, 3.5, 4.5, 5.5], 2.0, 0.25))
print(aug([1, 2, 3, 4, 5, 6], 2, 3))
print(aug([1.0, 2, 3.0, 4, 5.0, 6.0], 2.0, 3))
try:
    aug([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], F(2.0), 3.0)
except TypeError as e:
    print("TypeError", e)
try:
    aug([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 3.0, F(2.0))
except TypeError as e:
    print("TypeError", e)
try:
    aug((1.0, 2.0, 3.0, 4.0, 5.0, 6.0), 1.0, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    aug([1.0, 2.0], 1.0, 1.0)
except IndexError as e:
    print("IndexError", e)
aug(L([0.0] * 6), 1.0, 2.0)
print(aug([1e308, 0.0, 0.0, 1e308, 0.0, -1e308], 1e308, 10.0))
print(aug([0.0, 0.0, 0.0, 0.0, 0.0, 0.0], float("nan"), float("inf")))
d = {3: 1.0, 4: 2.0, -1: 3.0, 0: 4.0}
print(aug(d, 1.0, 2.0))


def diff(b1, b2):
    dx = b1[0] - b2[0]
    dy = b1[1] + b2[1]
    dz = b1[2] * b2[2]
    dw = b1[-1] - b2[-2]
    return dx, dy, dz, dw


print(diff([1.5, 2.5, 3.5], [0.5, 0.25, 2.0]))
print(diff([1, 2, 3], (4, 5, 6)))
print(diff([2 ** 62, -(2 ** 62), 2 ** 40], [-(2 ** 62), -(2 ** 62), 2 ** 40]))
print(diff([1, 2.5, 3], [0.5, 2, 4]))
try:
    print(diff(["a", "b", "c"], ["x", "y", 3]))
except TypeError as e:
    print("TypeError", e)
print(diff([True, False, True], [True, True, 2]))
print(diff(L([1.0]), [1.0, 2.0, 3.0]))
try:
    print(diff([F(1.0), 2.0, F(3.0)], [1.0, 2.0, 3.0]))
except TypeError as e:
    print("TypeError", e)
print(diff([1.0, 2.0, 3.0], [F(1.0), 2.0, F(3.0)]))
try:
    diff([1.0], [1.0, 2.0, 3.0])
except IndexError as e:
    print("IndexError", e)
try:
    diff({0: 1}, [1.0, 2.0, 3.0])
except KeyError as e:
    print("KeyError", e)


def unbound(flag):
    if flag:
        b1 = [1.0, 2.0, 3.0, 4.0]
        m = 2.0
    try:
        b1[3] -= m * m
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        dx = b1[0] - b2[0]
    except NameError as e:
        print(type(e).__name__, e)
    return b1 if flag else None


print(unbound(True))
print(unbound(False))
