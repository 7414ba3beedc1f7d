import functools

@functools.singledispatch
def kind(x):
    return 'thing'
@kind.register
def _(x: int):
    return 'int'
@kind.register
def _(x: str):
    return 'str'
print(kind(1), kind('a'), kind(1.5), kind(True), sorted(k.__name__ for k in kind.registry))

@functools.lru_cache()
def f(x):
    return x
try:
    f([1])
except TypeError as e:
    print('TypeError', e)
print(f.cache_info())

calls = []
@functools.lru_cache(maxsize=3)
def g(x):
    calls.append(x)
    return x * 10
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    g(x)
print(calls, g.cache_info())

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) + 1
    return inner
@deco
@deco
def base(x):
    "base doc"
    return x
print(base(1), base.__name__, base.__doc__, base.__wrapped__.__name__, base.__wrapped__.__wrapped__(5))

p = functools.partial(functools.partial, int)
print(p()('12'), p(base=16)('ff'))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0), functools.reduce(max, (3, 1, 4, 1, 5)))
