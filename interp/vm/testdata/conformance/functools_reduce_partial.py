import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
def f(a, b, c=3, *rest, **kw):
    return a, b, c, rest, kw
q = functools.partial(f, 1, c=10)
print(q(2), q(2, d=5, c=0), functools.partial(q, 9)(d=1))
print(repr(functools.partial(max, 1))[:28])
class C:
    def m(self, x, y):
        return x + y
    pm = functools.partialmethod(m, 100)
print(C().pm(5))
