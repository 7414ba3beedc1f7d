import numbers

for v in [1, True, 2.5, 3j, 'x', None, 10**30]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
                    if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(numbers.Integral, numbers.Number))
print(numbers.Number.__hash__, numbers.Integral.__mro__)
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with abstract methods')[0])


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return NotImplemented
    def __lshift__(self, o): return NotImplemented
    def __rlshift__(self, o): return NotImplemented
    def __rshift__(self, o): return NotImplemented
    def __rrshift__(self, o): return NotImplemented
    def __and__(self, o): return NotImplemented
    def __rand__(self, o): return NotImplemented
    def __xor__(self, o): return NotImplemented
    def __rxor__(self, o): return NotImplemented
    def __or__(self, o): return NotImplemented
    def __ror__(self, o): return NotImplemented
    def __invert__(self): return NotImplemented
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return NotImplemented
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return NotImplemented
    def __rmod__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __rpow__(self, o): return NotImplemented
    def __abs__(self): return self
    def __eq__(self, o): return self.v == o
    __hash__ = None


m = MyInt(5)
print(int(m), float(m), m.numerator is m, m.denominator, m.real is m, m.imag, complex(m), [0, 1, 2, 3, 4, 5, 6][m], bool(m))
