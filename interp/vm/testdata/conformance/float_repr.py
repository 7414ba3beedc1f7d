vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1.5e300 * 1e10,
        -0.0, 5e-324, 1.7976931348623157e308, 100.0, 3.0, 2.5, 1e22, 1e23, 9007199254740993.0, 0.3, 4.35, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("nan"), float("-inf"), float("1e500"), float(" 1.5 "), float("1_0.5"), float("-0"), float("infinity"), float("NaN"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
