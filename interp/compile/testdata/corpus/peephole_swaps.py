def f(a, b, c, d):
    a, b = b, a
    a, b, c = c, b, a
    a, b, c, d = d, c, b, a
    (a, b), c = (c, b), a
    x = a, b
    y, z = x
    return a, b
