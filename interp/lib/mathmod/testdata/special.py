# Every function on infinities, NaN, signed zeros, tiny, huge and big-int
# arguments: results and the exception each raises.
import math

inf, nan = math.inf, math.nan
vals = [-inf, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.0, 2.5, 710.0, 1e308, inf, nan,
        10**400, -10**400, 2**1023, True]

def r(f, *a):
    try:
        v = f(*a)
        return repr(v)
    except Exception as e:
        return type(e).__name__

one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc',
       'exp', 'expm1', 'fabs', 'factorial', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma',
       'log', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc']
for name in one:
    f = getattr(math, name)
    print(name, ' '.join(r(f, x) for x in vals))
two = ['atan2', 'copysign', 'fmod', 'hypot', 'pow', 'remainder', 'log', 'isclose']
small = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, inf, nan, 10**400]
for name in two:
    f = getattr(math, name)
    print(name, ' '.join(r(f, x, y) for x in small for y in small))
print('ldexp', ' '.join(r(math.ldexp, x, n) for x in small for n in [-1100, -1074, -1, 0, 1, 1024, 10**30, -10**30]))
print('gcd', ' '.join(r(math.gcd, x, y) for x in [0, 1, -4, 12, 2**70, -(3**50)] for y in [0, -6, 18, 2**65, 5**30]))
