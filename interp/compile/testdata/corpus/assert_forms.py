x = 1
assert x
assert x, 'message'
assert x == 1, f'{x}'
assert (x, 'not a message')
assert not x or x


def f(v):
    assert isinstance(v, int), v
    return v
