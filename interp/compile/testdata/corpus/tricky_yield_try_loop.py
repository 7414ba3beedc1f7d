def gen(xs):
    for x in xs:
        try:
            yield x
        except ValueError:
            continue
        finally:
            print('after', x)
    while True:
        try:
            v = yield
        except GeneratorExit:
            return
        else:
            if v is None:
                break


def gen2():
    with open('f') as fh:
        for line in fh:
            yield line
    yield from ()
