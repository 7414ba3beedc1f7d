def r0():
    return


def r1():
    return None


def r2(x):
    return x, x


def r3(x):
    return (yield x)


def r4():
    pass


def r5(x):
    if x:
        return
    print(x)


def r6():
    return 1, 2, 3


def r7(x):
    return [*x]
