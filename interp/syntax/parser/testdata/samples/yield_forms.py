def f():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    y = (yield)
    z = (yield 1)
    f((yield))
    await_ = yield
