import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.remainder(7, 3))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(2.7), math.modf(3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.factorial(20), math.factorial(30), math.gcd(48, 180), math.gcd(0, 0), math.gcd(-12, 18), math.isclose(1.0, 1.0 + 1e-10))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.fsum([0.1] * 10), sum([0.1] * 10), math.pow(2, 0.5), math.erf(1), math.erfc(1), math.gamma(5.5), math.lgamma(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.sqrt(10 ** 20), math.log(10 ** 100))
