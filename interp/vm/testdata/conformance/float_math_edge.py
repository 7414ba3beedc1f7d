import math
vals = [0.0, -0.0, 1e-320, 1e308, math.inf, -math.inf, math.nan]
for v in vals:
    print(repr(v), math.copysign(1, v), math.isfinite(v), v * 0 if math.isfinite(v) else "n/a", -v, abs(v), v == v)
print(0.1 + 0.7, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2 ** 53 + 1.0, 1 / 3 * 3, 0.5 - 0.4 - 0.1)
print(float.fromhex("0x1.fffffffffffffp+1023"), (2.0).hex(), 1e-323 / 2, 5e-324 / 2, math.ulp(1.0) if hasattr(math, "ulp") else "no ulp in 3.7")
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), round(1e300 * 1e10 - 1e308 * 1e10) if False else "inf-inf")
print(int(1e16), int(-1.9999999999999998), float("  -1.5e-3  "), float("0x1p3") if False else float.fromhex("0x1p3"))
