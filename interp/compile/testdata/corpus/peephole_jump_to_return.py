def f(x):
    if x:
        return 1
    else:
        return 2


def g(x):
    if x:
        y = 1
    else:
        y = 2
    return y


def h(x):
    return 1 if x else 2


def k(x):
    for i in x:
        if i:
            return i
    return None
