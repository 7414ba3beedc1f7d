def f(m):
    with m:
        return 1


def g(m, n):
    with m as a:
        with n as b:
            return a, b


def h(m, xs):
    for x in xs:
        with m:
            if x:
                return x
            continue
    return None


def k(m):
    try:
        with m:
            return 1
    finally:
        print('k')
