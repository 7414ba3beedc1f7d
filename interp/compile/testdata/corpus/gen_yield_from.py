def inner():
    yield 1
    yield 2
    return 3


def outer():
    result = yield from inner()
    yield result
    yield from [4, 5]
    yield from (x * 2 for x in range(2))


def delegate(it):
    return (yield from it)


print(list(outer()))
