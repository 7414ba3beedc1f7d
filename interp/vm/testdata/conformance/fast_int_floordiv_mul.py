# Inline int // and * in the fused operand shapes (local, constant, result
# stored to a local) and float ** 0.5: signs, int32 edges, overflow into
# big ints, bools, subclasses, zero divisors and the special floats.
def f(a, b):
    x = a // b
    y = a * b
    z = a // 7
    w = a * 3
    v = (a + 1) * (b - 1)
    u = (a + b) // 2
    return x, y, z, w, v, u

vals = [0, 1, -1, 2, 7, -7, 13, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**62, -2**63, 2**63 - 1, True, False]
for a in vals:
    for b in vals:
        try:
            print(a, b, f(a, b))
        except ZeroDivisionError as e:
            print(a, b, "ZeroDivisionError", e)

class I(int):
    def __floordiv__(self, o):
        return "I//"
    def __mul__(self, o):
        return "I*"
print(f(I(5), 3)[0], I(5) * 2, I(5) // 2, 5 * I(2))

def g(n):
    t = 0
    for i in range(n):
        for j in range(n):
            t += (i + j) * (i + j + 1) // 2 + i + 1
            t += (i - j) // 3 + (j - i) * 5
    return t
print(g(60))

for x in (0.0, -0.0, 1.0, 2.0, 1e-320, 1e308, float("inf"), float("nan"), 4, 10**20):
    r = x ** 0.5
    print(repr(x), repr(r), repr(x ** 0.5 == x ** 0.5))
for x in (-1.0, -4, float("-inf")):
    try:
        print(repr(x ** 0.5))
    except Exception as e:
        print(type(e).__name__, e)
for x in (-2.0, float("-inf"), -0.0, 1.0, float("nan")):
    for y in (0.5, -0.5, 3.0, -3.0, float("nan"), float("inf"), float("-inf")):
        try:
            print(repr(x), repr(y), repr(x ** y), repr(pow(x, y)))
        except Exception as e:
            print(repr(x), repr(y), type(e).__name__, e)

# a local float with a float constant (LOAD_FAST; LOAD_CONST; BINARY op)
def h(x):
    return (x + 1.5, x - 0.25, x * 2.0, x / 4.0, x ** 0.5 if x >= 0 or x != x else "neg", x ** 2.0, x // 2.0, x % 3.0)
for x in (0.0, -0.0, 1.0, 2.5, -7.5, 1e150, float("inf"), float("nan"), 5e-324):
    print(*[repr(r) for r in h(x)])
def k(x):
    return x / 0.0
try:
    k(1.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def p(x):
    return x ** 0.5
for x in (-1.0, -0.0, float("-inf")):
    print(repr(p(x)))
def big(x):
    return x ** 2.0
try:
    big(1e300)
except OverflowError as e:
    print("OverflowError", e)
