import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for v in [2.5, -2.5, 3.0, -0.0, 1e300, 7, True, 10**30, 2.0**70]:
    print(repr(v), math.ceil(v), math.floor(v), math.trunc(v), type(math.ceil(v)).__name__)

class C:
    def __ceil__(self): return 'ceil!'
    def __floor__(self): return 'floor!'
    def __trunc__(self): return 'trunc!'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))

for n in [0, 1, 5, 20, 21, 30, 5.0, True]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([2.0**53, -1.0, -2.0**-100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(3))
print(math.frexp(0.0), math.frexp(8.0), math.frexp(-0.3), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3.0, 10**100 * -1), math.ldexp(math.inf, 3))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(-0.0))
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.fabs(-2), math.fmod(7.0, 3.0), math.fmod(-7.0, 3.0), math.fmod(1.0, math.inf))
print(math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-7.5, 2.0), math.remainder(3.0, math.inf))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.exp(1), math.exp(-1000), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(10), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**400, 10), math.log(True), math.log(1e-300))
print(math.log2(8), math.log2(10), math.log2(2**2000), math.log10(1000), math.log10(2), math.log10(10**500))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0.0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
print(math.hypot(3, 4), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(-0.0, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.erf(3), math.erfc(3), math.erfc(-1), math.erf(1e-5))
print(math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.gamma(171.5), math.gamma(1e-30), math.gamma(-170.5), math.gamma(-250.5))
print(math.lgamma(5), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1000), math.lgamma(1e-30), math.lgamma(math.inf), math.lgamma(3.7))
