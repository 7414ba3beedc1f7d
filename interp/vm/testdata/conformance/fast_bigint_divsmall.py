# Big int // and % by a one-word divisor: the remainder runs in four
# interleaved chains from 32 words up and the quotient in blocks; every
# length around the split points, signs, divisor sizes and subclasses.


class I(int):
    pass


class M(int):
    def __mod__(self, other):
        return "M.__mod__"

    def __rfloordiv__(self, other):
        return "M.__rfloordiv__"


def check(x, d):
    q, r = x // d, x % d
    assert q * d + r == x, (x, d)
    assert (r == 0) or ((r < 0) == (d < 0)), (x, d, r)
    assert abs(r) < abs(d)
    return q % 1000000007, r


acc = []
divisors = [1, 2, 3, 7, 10, 1000, 999983, (1 << 31) - 1, 1 << 32, (1 << 32) + 1,
            (1 << 62) + 12345, (1 << 63) - 1, -1, -3, -1000, -(1 << 63) + 1]
for words in [1, 2, 3, 30, 31, 32, 33, 34, 35, 36, 63, 64, 65, 127, 213, 300]:
    for pattern in range(4):
        if pattern == 0:
            x = (1 << (64 * words)) - 1
        elif pattern == 1:
            x = 1 << (64 * words - 1)
        elif pattern == 2:
            x = 10 ** (19 * words) - 1
        else:
            x = 3 ** (40 * words) + 12345
        for d in divisors:
            for s in (x, -x):
                acc.append(check(s, d))
print(len(acc), hash(tuple(acc)) % 1000003, acc[-5:])

big = 7 ** 3000
print(big % I(1000), type(big % I(1000)).__name__)
print(big // I(3) % 1000, I(big) % 1000, type(I(big) % 1000).__name__)
print(big % True, big // True == big, (-big) % True)
print(big % M(5), big // M(5))
f = 1
for i in range(2, 700):
    f *= i
print(f % 1000, f % 1000003, (-f) % 1000003, f // 3 % 1000, (-f) // 3 % 1000)
print((f + 1) % 3, (-f - 1) % 3, (-f - 1) // 3 % 1000)
for d in (0, False):
    try:
        big % d
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        big // d
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        divmod(big, d)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(divmod(big, 1000)[1], divmod(-big, 7)[1], divmod(big, -7)[1])
