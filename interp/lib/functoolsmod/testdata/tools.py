import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key

print(functools.__all__)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, c: c + acc, 'abc'), reduce(lambda a, b: a + b, iter([[1], [2]])))

p = partial(max, 1, key=abs)
print(repr(p), p.func, p.args, p.keywords, p(-5), p(-5, key=lambda v: -v))
q = partial(p, 2, default=3)
print(repr(q), q.args, q.keywords, q.func is max)
class P(partial): pass
print(repr(P(max, 1)), type(P(max, 1)).__name__)
pp = partial(int, base=2)
pp.note = 'x'
print(pp('101'), pp.note, repr(partial(pp, '11')))
def power(base, exp): return base ** exp
square = partial(power, exp=2)
print(square(7), list(map(square, range(5))), partial(power, 2)(10))
print(type(p).__name__, callable(p), partial(print, 'a', sep='-')('b'))

def f(a, b=2, *c, **d):
    'doc of f'
    return (a, b, c, d)
f.extra = 42
@wraps(f)
def g(*a, **k):
    return f(*a, **k)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g.__qualname__, g.extra, g(1, x=3))
def h(): pass
functools.update_wrapper(h, f, assigned=('__doc__',), updated=())
print(h.__name__, h.__doc__, h.__wrapped__ is f)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq.cache_info(), type(sq.cache_info()).__name__)
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci == (1, 4, 2, 2), ci[0])
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, type(sq).__name__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

@lru_cache()
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1), kw(1, 1), kw(a=1), kw(1, c=2), kw(1, b=1, c=2), kw(1, c=2, b=1), kw.cache_info())
print(kw(1.0), kw(True), kw.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t(1), t.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())

class Thing:
    def __init__(self, n): self.n = n
    @lru_cache(maxsize=8)
    def double(self, k):
        return self.n * 2 + k
a, b = Thing(1), Thing(5)
print(a.double(1), b.double(1), a.double(1), Thing.double.cache_info())

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__, V.__ge__.__name__)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3), sorted([G(3), G(1), G(2)])[0].v)
@total_ordering
class L:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        if not isinstance(o, L): return NotImplemented
        return self.v <= o.v
print(L(1) < L(2), L(2) > L(1), L(2) >= L(2))
try:
    L(1) < 5
except TypeError as e:
    print('TypeError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8, 1], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
k = cmp_to_key(cmp)
print(k(3) < k(4), k(3) == k(3), k(5) >= k(4), k(1).obj, type(k(1)).__name__)
print(max([3, 9, 2], key=cmp_to_key(cmp)), min('hello', key=cmp_to_key(cmp)))

@functools.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
def show_str(x):
    return 'str ' + x
show.register(str, show_str)
print(show(1), show(True), show('s'), show([1, 2]), show(2.5), show.dispatch(bool).__name__, show.__name__)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive, repr(functools.partialmethod(max, 1)), repr(functools.partialmethod(max, 1, key=2)))

def err(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err(reduce, lambda a, b: a, [])
err(reduce, lambda a, b: a, 5)
err(reduce, lambda a, b: a)
err(reduce, 1, 2, 3, 4)
err(reduce, None, [1, 2])
err(partial)
err(partial, 5)
err(lru_cache, 'x')
err(lambda: lru_cache(f))
err(total_ordering, type('E', (), {}))
err(show)
