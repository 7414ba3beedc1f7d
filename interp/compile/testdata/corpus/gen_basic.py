def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def echo():
    value = None
    while True:
        value = yield value
        if value is None:
            return 'done'


def empty():
    return
    yield


def yield_expr():
    x = yield
    y = yield x
    z = (yield) + (yield y)
    return z


print(list(count(3)))
