def check(v):
    assert v >= 0, "negative: %d" % v
    return v
check(1)
check(-5)
