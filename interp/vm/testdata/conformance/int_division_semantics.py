for a in [7, -7, 0, 2 ** 70, -(2 ** 70) + 1]:
    for b in [3, -3, 2 ** 65]:
        print(a, b, a // b, a % b, a / b if abs(a) < 2 ** 60 else "big", divmod(a, b) == (a // b, a % b))
print(10 ** 30 / 10 ** 10, 2 ** 1000 / 2 ** 999, (10 ** 400) // (10 ** 399))
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
