# Finished generators' frames are reused by later generator calls
# (genalloc.go) unless a frame object can still read them, and functions
# made in a loop share their code's name (makefunc.go): the locals seen
# through tracebacks and gi_frame must stay those of their own frame.
import sys


def small(n):
    for i in range(n):
        yield i * 2


def big(n):
    a, b, c, d, e, f, g, h, i, j = range(10)
    for k in range(n):
        yield a + b + c + d + e + f + g + h + i + j + k


total = 0
for r in range(200):
    total += sum(small(r % 5)) + sum(big(r % 3)) + sum(x for x in (r, r + 1))
print(total)


def failing(tag):
    secret = tag * 2
    yield secret
    raise ValueError(tag)


tbs = []
for tag in range(3):
    try:
        for v in failing(tag):
            pass
    except ValueError:
        tbs.append(sys.exc_info()[2])
for i in range(50):
    list(small(4))
    list(big(2))
for tb in tbs:
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals)


def keeper(x):
    y = x + 1
    yield y
    yield y + 1


frames = []
for x in range(3):
    gen = keeper(x * 10)
    next(gen)
    frames.append(gen.gi_frame)
    list(gen)
    print(gen.gi_frame)
for i in range(20):
    list(keeper(i))
for fr in frames:
    print(sorted(fr.f_locals.items()))


def closure_gen(k):
    def inner():
        return k
    yield inner
    yield k


fs = []
for k in range(3):
    fs.append(list(closure_gen(k))[0])
for i in range(10):
    list(closure_gen(i + 100))
print([f() for f in fs])

funcs = [(lambda: 1) for _ in range(3)]
print([f.__name__ for f in funcs], funcs[0].__name__ is funcs[1].__name__, funcs[0].__module__)
gens = [(y for y in ()) for _ in range(2)]
print([g.__name__ for g in gens], gens[0].gi_code is gens[1].gi_code)
__name__ = "renamed"


def later():
    pass


print(later.__module__, (lambda: 0).__module__)
del __name__
print((lambda: 0).__module__)
g2 = (i for i in range(3))
print(list(g2), g2.gi_frame, list(g2))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(sum(deep(30)), list(deep(3)))
