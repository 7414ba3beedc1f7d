for i in range(3):
    assert i >= 0, i
    assert i < 10
while False:
    assert 0


def f(xs):
    for x in xs:
        assert x, 'empty'
        if x:
            assert not x or x
    return xs
