print(abs(-3), abs(-2.5), abs(3 - 4j), divmod(17, 5), divmod(-17.5, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, -1), pow(-8, 1 / 3))
print(round(3.14159, 2), round(-2.5), round(1e20), round(12345, -2), round(0.1 + 0.2, 15), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3), sum((x / 2 for x in range(4))))
print(min(3, 1, 2), max([1, 5, 3]), min("bca"), max([], default="empty"), min([(2, "b"), (1, "z")]), max([1, -5, 3], key=abs), min("a", "B", key=str.lower))
for bad in [lambda: max([]), lambda: min(), lambda: sum(["a"]), lambda: pow(2, -1, 5), lambda: abs("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bin(5), oct(64), hex(4095), chr(9731), ord("€"), int("ff", 16), float("1e3"), complex(1, 2), bool(3))
