def f(a, b=2, *args, key=None, flag: bool = False, **kwargs) -> dict:
    return dict(a=a, b=b, args=args, key=key, flag=flag, kwargs=kwargs)


def only_kw(*, x, y=1):
    return x + y


def only_star(*args):
    return args


f(1)
f(1, 2, 3, 4, key='k', extra=5)
f(*[1, 2], **{'key': 1})
f(1, *(2, 3), key=1, **{'z': 2})
only_kw(x=1)
only_kw(**{'x': 2})
only_star(*range(3), *range(2))
