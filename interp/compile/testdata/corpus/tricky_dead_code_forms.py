def f():
    if 0:
        def never():
            pass
        class Never:
            pass
        import os
    while 0:
        yield 1
    return 1


def g():
    return
    yield


def h():
    if 0:
        yield
    return 5


def k():
    if False:
        return 1
    else:
        return 2
    print('unreachable')
