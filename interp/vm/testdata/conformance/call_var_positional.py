# Positional calls of functions taking *args and/or **kwargs: defaults,
# too few and too many arguments, fresh tuples and dicts on every call
# (mutating or keeping one never shows in another), closures, and the
# same functions called with keywords, through *, ** and from Go code.


def va(a, b=2, *rest, **kw):
    return a, b, rest, kw


print(va(1))
print(va(1, 5))
print(va(1, 5, 6, 7))
try:
    va()
except TypeError as e:
    print("TypeError", e)
print(va(1, x=3))
print(va(*[1, 2, 3], **{"y": 4}))


def only_kw(**kw):
    kw["n"] = len(kw)
    return kw


kept = [only_kw() for _ in range(40)]
print(kept[0], kept[-1], kept[0] is kept[1], len({id(k) for k in kept}))
kept[3]["z"] = 1
print(kept[2], kept[3], kept[4])
try:
    only_kw(1)
except TypeError as e:
    print("TypeError", e)


def only_args(*args):
    return args


tups = [only_args(i) for i in range(40)] + [only_args(i, i) for i in range(40)]
print(tups[0], tups[39], tups[40], tups[-1], type(tups[0]), len({id(t) for t in tups}))
print(only_args(), only_args() is (), hash(only_args(1, 2)) == hash((1, 2)))
print(only_args(*range(5)), only_args(1, 2, 3, 4, 5, 6))


def pos_defaults(a, b=10, c=20, *args):
    return a + b + c + sum(args)


print(pos_defaults(1), pos_defaults(1, 2), pos_defaults(1, 2, 3), pos_defaults(1, 2, 3, 4, 5))
try:
    pos_defaults()
except TypeError as e:
    print("TypeError", e)


def too_many(a, b=1, **kw):
    return a, b, kw


try:
    too_many(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def kwonly(a, *args, k=5, **kw):
    return a, args, k, kw


print(kwonly(1), kwonly(1, 2, 3), kwonly(1, k=2, z=3))


def outer(n):
    def inner(*args, **kw):
        return n + len(args) + len(kw)
    return inner


f = outer(100)
print([f(*range(i)) for i in range(5)], f(a=1, b=2))


def cell_arg(x, *args):
    def get():
        return x, args
    return get


print(cell_arg(1, 2, 3)(), cell_arg(4)())

print(list(map(only_args, [1, 2], [3, 4])), sorted([3, 1, 2], key=lambda *a: -a[0]))


def rec(n, *args, **kw):
    if n == 0:
        return len(args), sorted(kw)
    return rec(n - 1, *args, n, **kw)


print(rec(50))


class C:
    def m(self, *args, **kw):
        return type(self).__name__, args, kw


print(C().m(), C().m(1, 2), C.m(C(), 3))
import sys
try:
    def deep(*args, **kw):
        return deep(*args, **kw)
    deep(1)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
