def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(fib_rec(10), fib_iter(10), list(itertools.islice(fib_gen(), 10)))
