import math
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), 2.0 ** 0.5, (-8.0) ** (1 / 3))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12, 1.0.is_integer(), 1.5.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex(), float.fromhex("-0x1p-1074"))
print(float(2 ** 63), int(1e20), int(-2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], math.isnan(nan))
for op in [lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: int(float("inf")), lambda: int(nan), lambda: 10.0 ** 400]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(0.5), hash(-1.0), hash(float("inf")), hash(1e100) == hash(int(1e100)))
print(max(1, 2.0), min(1.0, 1), sum([0.1] * 10), 3 * 1.5, 1 + 2.5, True + 0.5)
