import functools


def trace(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print('call', f.__name__)
        return f(*a, **k)
    return wrapper


@trace
def a(x):
    return x


@trace
@functools.lru_cache(maxsize=None)
def b(n):
    return n if n < 2 else b(n - 1) + b(n - 2)


@functools.lru_cache(128)
def c():
    pass


@obj.attr.deco
def d():
    pass


def outer():
    @trace
    def inner():
        return 1
    return inner
