print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7 / 2, -7 / 2, 2 ** -1, 2 ** 0, 0 ** 0)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), abs(-5), -(-5), +5, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3)
for op in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0), lambda: 1 << -1, lambda: 0 ** -1]:
    try:
        op()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, (-9223372036854775808) // -1)
print(3 == 3.0, 1 == True, hash(1) == hash(1.0) == hash(True), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
