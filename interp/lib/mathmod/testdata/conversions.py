# Argument conversion: __index__-only, __float__ and plain objects.
import math, cmath, operator
class I:
    def __index__(self): return 4
class F:
    def __float__(self): return 2.25
class N: pass
for f in [math.sqrt, math.floor, math.factorial, math.gcd, cmath.sqrt, math.isnan]:
    for v in [I(), F(), N()]:
        try: print(f.__name__, type(v).__name__, f(v) if f is not math.gcd else f(v, 6))
        except Exception as e: print(f.__name__, type(v).__name__, type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.floor(1e20), math.ceil(-1e20))
print(operator.length_hint(I(), 3), operator.index(I()))
