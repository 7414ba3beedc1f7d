# compile: optimize=2
"""Stripped module doc."""


def f():
    """Stripped function doc."""
    assert f, 'message'
    return __debug__


class C:
    """Stripped class doc."""
