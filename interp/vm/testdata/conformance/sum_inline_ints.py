# sum() adds two inline ints in its item loops without calling the int
# addition; every other case (overflow past 64 bits, bools, floats, int
# subclasses, big ints going back down) must add as before.
M = 2**63 - 1


def gen(xs):
    for x in xs:
        yield x


cases = [
    [1, 2, 3],
    [M, 1],
    [M, 1, -1],
    [M, M, -M, -M],
    [-M, -1, -1],
    [-M - 1, -1],
    [2**64, -2**64, 5],
    [True, True, 1],
    [1, True, False],
    [1, 2.5, 3],
    [0.5, 1, 2],
    [M, 0.5],
]


class I(int):
    def __add__(self, o):
        return "I.__add__"

    def __radd__(self, o):
        return "I.__radd__"


cases.append([1, I(2), 3])
cases.append([I(2), 1])
for xs in cases:
    print(sum(xs), sum(tuple(xs)), sum(gen(xs)), sum(x for x in xs),
          sum(iter(xs)), sum(xs[0:len(xs)]), sum(xs, 10), sum(gen(xs), M))

print(sum(range(10**6)), sum(x * x for x in range(1000)))
print(sum(gen([M] * 5)), sum([M] * 5), sum(iter([M] * 5)), sum(([M] * 6)[::2]))
print(sum(gen([-M] * 5), -10), sum([1] * 3, 2**70))
