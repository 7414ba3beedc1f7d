def f(a, b, c):
    if (a if b else c):
        return 1
    if not (a if b else c):
        return 2
    while (a and b) if c else (b or a):
        a = 0
    return (a or b) if (b and c) else (c or a)


def g(a, b):
    return a if a else b if b else None
