# & | ^ >> // % of inline ints are computed in the loop's operand forms
# (local and constant operands, results stored to locals, in-place forms);
# negatives, huge shifts, bools, big ints and int subclasses must give
# what the int protocol gives.


class I(int):
    def __and__(self, o):
        return "I&"

    def __rshift__(self, o):
        return "I>>"

    def __rand__(self, o):
        return "&I"

    def __floordiv__(self, o):
        return "I//"


def forms(x, y):
    r = []
    r.append(x & 0x7FFFFFFF)
    r.append(x | 12)
    r.append(x ^ -1)
    r.append(x >> 8)
    r.append(x >> 70)
    r.append(x // 8)
    r.append(x % 7)
    a = x & 255
    b = x | 256
    c = x ^ 511
    d = x >> 3
    e = x // 3
    g = x % 3
    r.append((a, b, c, d, e, g))
    r.append(x & y)
    r.append(x | y)
    r.append(x ^ y)
    h = x ^ y
    r.append(h)
    z = x
    z &= 1023
    z |= 4
    z ^= 2
    z >>= 1
    r.append(z)
    r.append((x + 1) & (y - 1))
    r.append((x * 3) ^ y)
    k = (x * 1103515245 + 12345) & 0x7FFFFFFF
    r.append(k)
    return r


def errors(x):
    for f in (lambda: x >> -1, lambda: x // 0, lambda: x % 0, lambda: x & 1.5, lambda: x | "s"):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)


for x, y in [(12345, 678), (-12345, 678), (12345, -678), (0, 0), (-1, -1),
             (2 ** 62, 2 ** 61 + 5), (-(2 ** 63), 2 ** 63 - 1), (2 ** 70 + 3, 5),
             (True, False), (True, 3), (7, True)]:
    print(x, y, forms(x, y))

for x in [I(5), I(-5)]:
    r = []
    r.append(x & 3)
    r.append(3 & x)
    r.append(x >> 1)
    r.append(x // 2)
    r.append(x | 1)
    a = x & 3
    b = x >> 1
    r.append((a, b))
    print(type(x).__name__, r)

for x in [5, -5, 2 ** 64, True]:
    errors(x)

t = 0
n = 12345
for _ in range(1000):
    n = (n * 1103515245 + 12345) & 0x7FFFFFFF
    m = n >> 8
    m //= 8
    t ^= m % 8
print(n, t)
