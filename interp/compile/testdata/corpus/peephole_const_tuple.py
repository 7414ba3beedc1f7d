def f(x=(1, 2), y=(3,)):
    t = (1, 2, 3)
    u = (1, (2, 3))
    v = x in (1, 2, 3)
    w = (x, 1)
    return (None, None)


def g(a=1, b=2, c='c'):
    return a, b, c
