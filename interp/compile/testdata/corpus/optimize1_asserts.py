# compile: optimize=1
"""Kept doc."""
assert x, 'gone'
if __debug__:
    y = 1


def f():
    """Kept."""
    assert False
