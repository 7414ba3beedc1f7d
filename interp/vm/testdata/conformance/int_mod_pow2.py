# x % 2**k and x // 2**k: the fast path by masking and shifting must give
# floor-mod/floor-div results for every sign and size, leave subclasses,
# bools and division by zero alone.

ms = [1, 2, 2**30, 2**62, 2**63, 2**64, 2**65, 2**100, 2**128, 3 * 2**64, 2**64 - 1, 2**64 + 1]
xs = [0, 1, -1, 5, -5, 2**30 + 7, -(2**30 + 7), 2**63 - 1, -(2**63), 2**63, -(2**63) - 1,
      2**64 - 1, 2**64, -(2**64), 2**64 + 12345, -(2**64 + 12345), 2**100 + 3, -(2**100 + 3),
      2**100, -(2**100), 2**127 + 2**64 + 9, -(2**127 + 2**64 + 9), 2**200 - 1, -(2**200 - 1),
      123456789 * 2**70 + 987654321, -(123456789 * 2**70 + 987654321), True, False]

for m in ms:
    for x in xs:
        r, q = x % m, x // m
        assert 0 <= r < m, (x, m, r)
        assert q * m + r == x, (x, m, q, r)
        print(x, m, r, q, type(r).__name__, type(q).__name__, divmod(x, m))
        print(-m, x % -m, x // -m, divmod(x, -m))
        y = x
        y %= m
        z = x
        z //= m
        print(y == r, z == q)

# the generator step of bench/programs/sorting.py
x = 42
s = 0
for _ in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    s ^= x
print(x, s, x >> 40)

# bool divisor and bool dividend
print(True % 1, True // 1, False % 2**64, True % 2**64, (2**70 + 1) % True, (2**70 + 1) // True)
print(type(True % 2**64).__name__, type((2**70 + 1) % True).__name__)


class I(int):
    def __mod__(self, o):
        return ("I.mod", int(self), o)

    def __rmod__(self, o):
        return ("I.rmod", o, int(self))

    def __floordiv__(self, o):
        return ("I.floordiv", int(self), o)

    def __rfloordiv__(self, o):
        return ("I.rfloordiv", o, int(self))


class J(int):
    pass


print(I(2**70 + 5) % 2**64, (2**70 + 5) % I(2**64), I(5) % 2**64, (2**70 + 5) % I(8))
print(I(2**70 + 5) // 2**64, (2**70 + 5) // I(2**64))
print(J(2**70 + 5) % 2**64, (2**70 + 5) % J(2**64), -(2**70 + 5) % J(2**64), J(-3) % 2**64)
print(J(2**70 + 5) // 2**64, (2**70 + 5) // J(2**64), -(2**70 + 5) // J(2**64))
print(type(J(2**70 + 5) % 2**64).__name__, type((2**70 + 5) % J(2**64)).__name__)
print(divmod(J(2**70 + 5), 2**64), divmod(-(2**70 + 5), J(2**64)))

for x in [2**70, 5, -(2**70), True]:
    for z in [0, False, 0 * 2**64]:
        for f in (lambda: x % z, lambda: x // z, lambda: divmod(x, z)):
            try:
                f()
            except ZeroDivisionError as e:
                print("ZeroDivisionError", e)
