def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
check(5)
check(-2)
