print(1.5, 0.1, 1e22, 1e21, 123456789012345678.0, 1.0e-7, 5e-324, 1.7976931348623157e308)
print(3.14159 * 2, 10 / 3, -0.0, 0.0 == -0.0, float('1_0.5'))
print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(0.125, 2), round(-1.5))
print(int(1e18), int(-2.5), 7.0 // 2, -7.0 // 2, 7.0 % -3, divmod(-7.5, 2))
print(1.0.is_integer(), 2.5.as_integer_ratio(), (0.1).hex() if hasattr(0.1, 'hex') else 'nohex')
print(abs(-2.5), max(1.5, 2), min(-1, -1.5), sum([1.1, 2.2, 3.3]))
print(float(7), float(True), 1 / 4 + 1 / 4, 2 ** -3, 10 ** -2)
print(1e16 + 1, 1e15 + 0.3, 100.0 / 7)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
print(float("inf") > 1e308, float("-inf") < 0, float("nan") == float("nan"))
print(3 * 1.1, 0.1 * 3, 1.1 + 2.2, 4.35 * 100, 1 - 0.9)
