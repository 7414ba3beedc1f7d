# Big-int results built with their digits inline (one allocation) and
# big % small / big // small by reciprocal: every size class boundary,
# both signs, results that shrink back to small ints, and int subclasses.
import sys

def show(*xs):
    print(*[x % 1000000007 if isinstance(x, int) and abs(x) > 10**30 else x for x in xs])

P = 1
sizes = []
for k in range(0, 300, 7):
    sizes.append(2 ** (64 * k) - 1)
    sizes.append(2 ** (64 * k + 63) + 12345)
for a in sizes[:60]:
    for b in (1, -1, 3, -7, 1000, 2**63 - 1, -2**63, 2**64, -(2**64) + 1, 10**40 + 7):
        s = a + b
        d = a - b
        m = a * b
        show(s, d, m, -a + b, -a - b, (-a) * b)
        if b:
            show(a // b, a % b, (-a) // b, (-a) % b, divmod(a, b) == (a // b, a % b))
    show(a - a, a + (-a), (a + 1) - a, a * 0, a * -1 + a)

# a Fibonacci chain crosses every size class on the way up and back
x, y = 0, 1
for i in range(3000):
    x, y = y, x + y
chk = 0
while y:
    chk = (chk * 31 + y % 1000003) % (2**61 - 1)
    x, y = y - x, x
    if x < 0:
        break
print("fib", chk, x, y)

f = 1
for i in range(1, 400):
    f *= i
    if i % 50 == 0:
        show(f % 999983, f % 3, f % (2**64 - 59), f // 7 % 1000, (-f) % 999983, (-f) // 10**9 % 10**9)
print(f % 1, (-f) % 1, f % -1, f // -1 == -f)
for d in (1, 2, 3, 5, 7, 9, 10, 2**31 - 1, 2**31, 2**32 - 5, 2**32, 2**32 + 15, 2**62 + 9, 2**63 - 25):
    print(d, f % d, (-f) % d, f % -d, (-f) % -d, f // d % 97, (-f) // d % 97)

class I(int):
    def __add__(self, o):
        return "I.add"
    def __mod__(self, o):
        return "I.mod"
    def __rmul__(self, o):
        return "I.rmul"
big = I(2**200)
print(big + 1, big % 3, 5 * big, 2**300 * I(3), (2**300) % I(7), type((2**300) // I(7)).__name__)
try:
    (2**300) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (2**300) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(2**100) == hash(2**100 + 0), hash(-2**100), str(2**200), repr(-2**150))

# shifts and bit operations into boxed results, negatives included
vals = [0, 1, -1, 5, -5, 2**63 - 1, -2**63, 2**64 + 3, -(2**64) - 3, 3**200, -(3**200), 2**700 - 1]
for a in vals:
    for s in (0, 1, 13, 63, 64, 65, 128, 700, 1000):
        print(a << s == a * 2**s, (a >> s) % 1000003, (a << s) % 1000003)
    for b in vals:
        print((a & b) % 1000003, (a | b) % 1000003, (a ^ b) % 1000003, ~a % 1000003)
print((3**300 ^ (5**200 << 5)) & ((1 << 4000) - 1) == (3**300 ^ (5**200 * 32)) % (1 << 4000))
M = 2**61 - 1
for x in (2**64, 2**61 - 1, 2**61, 2**122 - 1, M * 2**64, M * 12345 + 1, 3**500, -(3**500), -(2**61 + 1) * 2**64 - M, 10**100 - 1):
    print(hash(x), hash(-x), hash(x) == hash(x % M if x > 0 else -((-x) % M)))
print(len({2**80 + i for i in range(100)}), {2**70: 1, 2**70 + 0: 2})
