def f(a, b):
    if not a:
        return 0
    if a is not b:
        return 1
    if not (a is b):
        return 2
    if not a == b:
        return 3
    x = not a
    return a if not b else b


def g(a, b, c):
    return a < b and b < c or a > c


def h(a):
    while not a:
        a += 1
    return a
