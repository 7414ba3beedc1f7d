print(len("abc"), len([1]), len({}), len(range(10)), abs(-7), round(3.14159, 2))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), issubclass(bool, int))
print(type(3) is int, type(True).__name__, int is type(0), type(type))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}))
print(list(enumerate(["a", "b"])), list(zip([1, 2], [3, 4], [5, 6])))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([1, 5], default=0))
print(sum([1, 2, 3], 10), sum(x / 2 for x in range(4)), divmod(10, 3), pow(2, 10))
print(chr(65), ord("a"), hex(4096), oct(64), bin(10), bin(-3))
print(all([]), any([]), all("abc"), any([0, False, None]))
print(repr("x"), str(3.0), repr(None), ascii("é"), format(7, "03"))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(None) == id(None))
print(getattr("abc", "upper")(), hasattr([], "append"), callable(print))
print(int(True), float(False), bool(0), bool([]), bool("0"), str(None), list(), tuple(), dict(), set())
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], len(r), 5 in r, 8 in r, r.start, r.stop, r.step, range(5)[1:3])
print(list(range(10, 0, -2)), list(range(0)), list(range(-3, 3)), range(0, 10) == range(0, 10))
print(iter([1]).__class__.__name__, next(iter("xy")), list(iter(range(3))))
print(slice(1, 5, 2), slice(3), "abcdefgh"[slice(1, 6, 2)], [1, 2, 3][slice(None, None, -1)])
print(vars(type("T", (), {"a": 1}))["a"], type("T2", (object,), {"f": lambda self: 42})().f())
print(dir([])[:3], "append" in dir([]), sorted(set(dir(object())) & {"__init__", "__repr__"}))
print(object().__class__, NotImplemented, Ellipsis, ..., None)
print(complex(2, 3).real, complex(2, 3).imag, (1 + 2j).conjugate(), 1j ** 2)
print(bytes([65, 66]), bytes(3), b"ab" + b"cd", b"abc"[1], b"abc"[1:], len(b"xyz"), list(b"hi"), b"a" * 3)
print(bytearray(b"xy"), b"x" in b"xyz", b"abc".hex(), bytes("hé", "utf-8"))
print(int("11", 2), int("z", 36), int("0o17", 0), int("0b101", 0), int(" -5 "), int("+7"))
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("1", 99)
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    "abc" * 1.5
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    [] < 3
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
