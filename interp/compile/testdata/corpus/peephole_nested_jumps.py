def f(a, b, c, d, e):
    if a:
        if b:
            if c:
                return 1
    elif d or e:
        return 2
    return 3


def g(a, b):
    while a:
        if b:
            continue
        else:
            break
    return a
