import math
print([math.factorial(n) for n in range(12)], math.factorial(50))
print(math.gcd(2 ** 100, 6 ** 50), [math.gcd(a, 24) for a in range(10)])
print(math.floor(3.999999), math.ceil(3.000001), math.floor(-0.0), math.ceil(10 ** 30), math.trunc(-7.9), math.isqrt(99) if hasattr(math, "isqrt") else "no isqrt in 3.7")
print(math.comb(5, 2) if hasattr(math, "comb") else "no comb in 3.7", math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.copysign(1, -0.0), math.fmod(5.5, 2), math.modf(-3.75), math.frexp(0), math.ldexp(1, -1074), math.hypot(1e200, 1e200))
