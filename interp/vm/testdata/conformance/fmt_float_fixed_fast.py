# 'f' formatting of floats whose scaled value fits 31 bits takes a short
# path; ties, near-ties, large values and long precisions must still
# round exactly as the correctly rounded conversion does.
import random
random.seed(7)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 0.0625, 1e-7, 2.675, 1.005, 0.045,
        999999999.5, 2147.4836475, 2147.483648, 1e9, 1e9 - 0.5, 123456.7890125,
        5e-324, 1 / 3, 2 / 3, 0.9999999995, 0.99999999949, 9.9995, 9.9994999,
        float("inf"), float("-inf"), float("nan"), 1e300, -2.5, -0.0005]
for _ in range(400):
    k = random.randrange(5)
    if k == 0:
        v = random.randrange(0, 10**6) / random.choice([7, 3, 8, 16, 1000, 100, 10, 2])
    elif k == 1:
        v = random.random() * 10 ** random.randrange(-8, 10)
    elif k == 2:
        v = random.randrange(0, 2**31) / 10 ** random.randrange(0, 10) + 0.5 / 10 ** random.randrange(0, 10)
    elif k == 3:
        v = random.randrange(0, 10**9) / 2 ** random.randrange(0, 30)
    else:
        v = -random.random() * 10 ** random.randrange(0, 9)
    vals.append(v)
for v in vals:
    print(f"{v:.0f} {v:.1f} {v:.2f} {v:.3f} {v:.5f} {v:.9f} {v:.10f} {v:f}",
          "%.3f|%f|%.0f" % (v, v, v), format(v, ".3F"), format(v, "#.0f"), format(v, "+.2f"),
          format(v, "10.4f"), format(v, "é>12.1f"), format(v, ",.2f"))
