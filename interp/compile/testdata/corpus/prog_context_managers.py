import contextlib


class Timer:
    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)


with Timer('a') as t, tag('b') as name:
    print(t.entered, name)

with Timer('swallow'):
    raise KeyError('x')

with contextlib.suppress(ZeroDivisionError):
    1 / 0
