def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))
def g(x, y=10):
    return x + y
class C:
    def m(self, a, b=1):
        return (a, b)
    def gen(self, n, step=1):
        yield from range(0, n, step)
print(f(1), f(1, b=5), f(a=3), f(1, 2, 3, 4, c=9, z=1))
print(g(1), g(1, y=2), g(y=3, x=4))
c = C()
print(c.m(1), c.m(a=2), c.m(1, b=3), C.m(c, a=5, b=6))
print(list(c.gen(5, step=2)), list(c.gen(n=3)))
print(f(*[1, 2], **{'c': 7, 'q': 1}), g(*(1,), **{'y': 5}), c.m(*(4,), **{'b': 9}))
for call in [lambda: g(1, x=2), lambda: g(z=1), lambda: g(**{1: 2}), lambda: c.m(*(1,2,3)), lambda: g(1, 2, 3), lambda: g(), lambda: c.m(b=2),
             lambda: g(*5), lambda: g(**5), lambda: f(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def rec(n):
    return rec(n=n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
def rec2(n):
    return rec2(*(n + 1,), **{})
try:
    rec2(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
def depth(n=0):
    try:
        return depth(n=n + 1)
    except RecursionError:
        return n
print(depth() > 900)
def tb():
    return 1 / 0
def caller():
    return tb(**{})
try:
    caller()
except ZeroDivisionError as e:
    t = e.__traceback__
    while t:
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next
def adder(k):
    def add(x, y=1):
        return x + k + y
    return add
a = adder(10)
print(a(1), a(1, 2), a(x=1, y=3), list(map(a, [1, 2, 3])))
def cnt():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
i = cnt(); i(); i(5); print(i(), i.__closure__[0].cell_contents)
print(sys._getframe().f_code.co_name)
def fr():
    return sys._getframe(1).f_code.co_name
def outer():
    return fr()
print(outer(), fr())
