# sys.getsizeof gives CPython 3.7's 64-bit sizes for the built-in types
# whose size follows from their value (lists: displays and append-grown).
import sys

vals = [0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**90, 10**100, -2**63, 2**63, True, False, None, 1.5, 1j,
        '', 'a', 'abc', 'é', 'aé', '€', '😀', 'a😀', 'x' * 100, b'', b'abc', bytearray(), bytearray(b'abc'),
        (), (1,), (1, 2, 3), range(10), slice(1, 2), [], [1, 2, 3], [None] * 10, {}, {1: 2},
        set(), {1, 2}, frozenset(range(100)), object(), Ellipsis, NotImplemented, lambda: 0]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))

a = []
for i in range(40):
    a.append(i)
    if i in (0, 3, 4, 7, 8, 15, 16, 24, 25, 34, 35, 39):
        print(sys.getsizeof(a), end=" ")
print()
d = {}
for i in range(200):
    d[i] = i
    if i % 7 == 0:
        print(sys.getsizeof(d), end=" ")
print()
s = set()
for i in range(300):
    s.add(i)
    if i % 9 == 0:
        print(sys.getsizeof(s), end=" ")
print()


class A:
    pass


class Sized:
    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return "x"


print(sys.getsizeof(A()), sys.getsizeof(Sized()), sys.getsizeof(1, 5))
for args in [(Bad(),), (Bad(), 7), ()]:
    try:
        print(sys.getsizeof(*args))
    except TypeError as e:
        print("TypeError", e)
