for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (10 ** 20, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 2.675, 1.005]:
    print(v, round(v), round(v, 2), round(v, 1))
print(pow(3, 4), pow(3, 4, 5), pow(-2, 3), pow(2, -2), pow(0, 0), pow(7, 0, 1), pow(10, 20, 2 ** 61 - 1))
