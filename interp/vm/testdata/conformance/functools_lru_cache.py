import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(calls), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)
@functools.lru_cache()
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0))
try:
    @functools.lru_cache
    def bad(x):
        pass
except TypeError as e:
    print(e)
