def f(a, b, c):
    return a and b or c


def g(a, b, c):
    if a and b or c:
        return 1
    return 2


def h(a, b, c, d):
    x = (a or b) and (c or d)
    if (a or b) and not (c and d):
        x = 1
    while a and (b or c):
        a = b
    return x
