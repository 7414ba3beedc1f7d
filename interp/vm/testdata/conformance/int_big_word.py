# big int with an inline int: + - * by one word, every sign, carries and
# borrows across words, results that shrink back to inline ints.

bigs = [2**63, -(2**63) - 1, 2**64 - 1, -(2**64 - 1), 2**64, -(2**64), 2**128 - 1, -(2**128 - 1),
        2**128, -(2**128), 2**127 + 5, -(2**127 + 5), 3**90, -(3**90), 2**63 + 1, -(2**63) - 2]
smalls = [0, 1, -1, 2, -2, 7, -7, 2**31, -(2**31), 2**32 + 1, 2**62, -(2**62), 2**63 - 1, -(2**63),
          6364136223846793005, 1442695040888963407, -6364136223846793005]

for x in bigs:
    for y in smalls:
        print(x + y, y + x, x - y, y - x, x * y, y * x)
        print(type(x + y).__name__, type(x - y).__name__, type(x * y).__name__)
        z = x
        z += y
        w = x
        w *= y
        v = x
        v -= y
        print(z, w, v)

# results that come back inline
print(2**63 + -1, 2**63 - 1, (2**63) * -1, -(2**63) - 1 + 1, type(2**63 - 1).__name__,
      type(-(2**63) - 1 + 1).__name__, type(2**63 * -1).__name__, 2**64 * 0, type(2**64 * 0).__name__)
print(True + 2**64, 2**64 + True, 2**64 * True, 2**64 - False, False * 2**64)


class I(int):
    def __add__(self, o):
        return ("I.add", int(self), o)

    def __radd__(self, o):
        return ("I.radd", o, int(self))

    def __mul__(self, o):
        return ("I.mul", int(self), o)

    def __rmul__(self, o):
        return ("I.rmul", o, int(self))


class J(int):
    pass


print(2**70 + I(3), I(3) + 2**70, 2**70 * I(3), I(3) * 2**70, 2**70 - I(3))
print(2**70 + J(3), J(3) + 2**70, 2**70 * J(-3), J(3) * 2**70, 2**70 - J(3), J(2**70) - 3)
x = 42
for _ in range(200):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    x = x * -3 - 12345
print(x)

# inline operands whose result overflows a word
edge = [2**63 - 1, -(2**63), 2**62, -(2**62), 2**32, -(2**32), 3037000499, 3037000500, -3037000500, 1, -1, 0]
for x in edge:
    for y in edge:
        print(x + y, x - y, x * y, type(x + y).__name__, type(x - y).__name__, type(x * y).__name__)

# a big int shifted right into inline range, both signs, floor rounding
for x in [2**63, 2**64 - 1, 2**64, 2**100 + 2**37, 2**127 - 1, 2**200 + 1, 3**90]:
    for v in (x, -x, x + 1, -x - 1):
        print([v >> n for n in (0, 1, 37, 40, 63, 64, 65, 100, 127, 128, 137, 200, 201, 1000, 2**40)])
        print([type(v >> n).__name__ for n in (1, 40, 64, 100, 137)])
