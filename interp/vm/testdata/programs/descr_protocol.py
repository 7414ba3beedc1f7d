# Functions and the other built-in descriptors expose __get__/__set__;
# the bound-method type can be called to bind by hand.
class A:
    def m(self, x):
        return (self.__class__.__name__, x)

a = A()

def f(self, y):
    return y * 2

print(hasattr(f, '__get__'), f.__get__(a, A)(3), f.__get__(a)(4))
print(f.__get__(None, A) is f)
MT = type(a.m)
bm = MT(f, a)
print(bm(5), bm.__self__ is a, bm.__func__ is f, repr(bm).startswith('<bound method f of <__main__.A object'))
print(A.m.__get__(a)(9))
print(staticmethod(f).__get__(a)(1, 2), classmethod(f).__get__(a, A)(7))
p = property(lambda s: 'prop', lambda s, v: print('set', v))
print(p.__get__(a, A), p.__get__(None, A) is p)
p.__set__(a, 10)
for bad in [(1, a), (f, None)]:
    try:
        MT(*bad)
    except TypeError as e:
        print('TypeError:', e)

class Cached(property):
    pass

class B:
    v = Cached(lambda s: 42)
print(B().v, type(B.__dict__['v']).__name__)
