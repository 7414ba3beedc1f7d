def f():
    global a
    nonlocal b
    yield from c
