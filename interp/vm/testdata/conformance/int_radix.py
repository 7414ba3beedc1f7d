# bin(), oct() and hex() write the digits of ints straight from their words
# (py/bigradix.go): signs, zero, word boundaries, bools, __index__.
import random
random.seed(5)
vals = [0, 1, -1, 2, 7, 8, 15, 16, 255, 256, -256, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
        True, False, 3 ** 2600, -(3 ** 2600)]
for k in range(300):
    b = random.randrange(1, 700)
    v = random.getrandbits(b)
    vals.append(v)
    vals.append(-v)
    vals.append(1 << b)
    vals.append((1 << b) - 1)
class J:
    def __index__(self):
        return -12345678901234567890123
vals += [J()]
h = 0
for v in vals:
    for f in (bin, oct, hex):
        s = f(v)
        h = (h * 1000003 + int(s, 0) % 999983 + len(s) + sum(map(ord, s[:12] + s[-12:]))) % (1 << 61)
        assert s == s.lower() and s.lstrip('-')[:2] in ('0b', '0o', '0x'), s
    if isinstance(v, int):
        assert int(bin(v), 0) == v and int(oct(v), 0) == v and int(hex(v), 0) == v
print(len(vals), h, hex(J()), oct(-8), bin(0), hex(-255))
for bad in (1.5, "x", None):
    try:
        bin(bad)
    except TypeError as e:
        print(e)
