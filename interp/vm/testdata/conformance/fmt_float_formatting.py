vals = [0.0, -0.0, 1.0, 0.1, 123.456, 1e-7, 1.5e10, 2 ** 0.5, 1e100, 5e-324, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print("%s|%r|%f|%e|%g|%.3g|%10.4f|%-12.2e|%+.1f" % (v, v, v, v, v, v, v, v, v))
for v in vals:
    print(format(v, ""), format(v, ".10g"), format(v, "#g"), format(v, ".0f"), format(v, ".0e"), format(v, "%") if v == v and abs(v) < 1e50 else "-")
print("%.20f" % 0.1, "%.17g" % 0.1, "%.0f" % 1e22, "%.1f" % 0.25, "%.1f" % 0.35, "%.2f" % 2.675)
