# Keyword arguments to functions with positional parameters only: in any
# order, with defaults, through f(**d) and f(*t, **d), and every error:
# unknown name, a name given twice, a positional one named again,
# missing arguments, too many, a non-str key.


def f(a, b=2, c=3):
    return a, b, c


print(f(1, c=5), f(c=5, a=1), f(b=0, a=9, c=8), f(1, 2, c=7))
print(f(*(1,), **{"c": 4}), f(**{"a": "x", "b": "y"}), f(*[1, 2], **{}))
for call in [
    lambda: f(1, d=4),
    lambda: f(1, a=2),
    lambda: f(b=1),
    lambda: f(c=1, b=2),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(**{1: 2}),
    lambda: f(1, **{"b": 1, "e": 2}),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


def closure(n):
    def g(x, y=n):
        return x * y
    return g


g = closure(10)
print(g(y=2, x=3), g(x=4), [g(x=i) for i in range(3)])


class P:
    def m(self, a, b=1):
        return a - b


p = P()
print(p.m(b=5, a=1), P.m(p, a=2), P.m(self=p, a=3, b=0))
try:
    p.m(self=p, a=1)
except TypeError as e:
    print("TypeError", e)
