x = 10


def f(a=x, b=x + 1, c=[x], *, d=x * 2, e=len('abc')):
    return a, b, c, d, e


def g(a=lambda: x, b=(lambda y=x: y)()):
    return a(), b


class K:
    n = 1

    def m(self, v=n):
        return v
