def f():
    return 1
    x = 2
    print(x)


def g(x):
    while True:
        return x
    return None


def h():
    raise ValueError
    return 1


def k(x):
    if x:
        return 1
        x += 1
    return 2
