from fractions import Fraction as F
import math

print(F(3, 4), repr(F(3, 4)), F(6, -8), F(0), F(5), F(-10, 4), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(3, F(2, 5)))
for s in ['3/4', ' -7/21 ', '1.5', '-.25', '2.', '1e3', '-1.5e-2', '+3', '10/1', '0.1', '  12  ']:
    print(repr(s), F(s))
for bad in ['', '1/', '/2', 'a', '1.2.3', '3/-4', '1 /2', 'e5', '1e', '.', '1/2/3', '0x10']:
    try:
        print(F(bad))
    except ValueError as e:
        print('ValueError', e)
for args in [(1, 0), ('1/0',)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [(1.5, 2), ([],), (1, 'x'), (None,)]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError', e)
print(F(0.5), F(0.1), F(-2.75), F.from_float(0.1), F.from_float(3), F(1e100).denominator)
for bad in [float('inf'), float('nan')]:
    try:
        F(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 1 // a, F(7, 2) % 2, 7 % F(3, 2))
print(a + 0.5, 0.5 + a, a * 1.0, a + 1j, a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0.5, 4 ** F(1, 2), 2 ** F(3), F(2) ** F(-2), (-8) ** F(1, 3) if False else '', F(9, 4) ** F(1, 2))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(1, 2) <= 1, F(1, 2) >= 0.5, F(1, 2) != 0.5)
print(F(1, 2) < float('inf'), F(1, 2) == float('nan'), F(1, 2) > float('-inf'), F(1, 2) == 0.5 + 0j)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(22, 7), 2), round(F(1234, 1), -2), round(F(1, 3), 0), bool(F(0)), bool(F(1, 9)))
for x in [F(1, 2), F(3), F(-1, 3), F(10**20, 3), F(0)]:
    print(x, hash(x) == hash(float(x)) if x.denominator in (1, 2) else hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), {F(1, 2): 'x'}[0.5])
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100),
      F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(5), F(-7, 10).limit_denominator(3))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), 0.4))
print(F(1, 2).numerator, F(1, 2).denominator, F(5).real, F(5).imag, F(1, 2).conjugate(), complex(F(1, 2)))
print(F(2, 3) + True, isinstance(F(1), __import__('numbers').Rational), F('3.14159').limit_denominator(1000))
print(str(F(-1, 2)), '%s %r' % (F(1, 2), F(1, 2)), format(float(F(1, 3)), '.3f'))
