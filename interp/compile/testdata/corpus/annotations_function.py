def f(a: int, b: 'str' = 'x', *args: tuple, c: float = 1.0, d, **kw: dict) -> bool:
    return True


def g(x: int) -> int:
    y: int = x
    return y


def h(*, k: int = 1):
    pass


lam = lambda x, y=2, *a, z=3, **k: 0


async def af(a: int) -> 'coro':
    pass


def nested():
    def inner(p: int = 0) -> int:
        z: int
        return p
    return inner
