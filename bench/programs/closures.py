# Closures and lambdas: nested functions capturing cells, nonlocal counters,
# function factories, composition, higher-order map/filter, and a fold and
# a partial application written as closures (so it needs no functools).
# Modules: none.
N = 420000


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def fold(fn, items, start):
    acc = start
    for v in items:
        acc = fn(acc, v)
    return acc


def bind(fn, **fixed):
    def bound(*args, **kwargs):
        kw = dict(fixed)
        kw.update(kwargs)
        return fn(*args, **kw)
    return bound


def power(base, exp):
    return base ** exp


def main():
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
    square = bind(power, exp=2)
    total = 0
    for i in range(N):
        f = adders[i % 10]
        total += f(i) + double_then_inc(i & 15) + square(i & 7)
        counter(i & 3)
    mapped = list(map(lambda v: v * 3, filter(lambda v: v % 3 == 1, range(N))))
    red = fold(lambda a, b: (a * 31 + b) % 1000003, mapped, 7)
    print("closures", N, total, counter(0), len(mapped), red)


main()
