# Many codes taking turns at one call depth (each pool slot keeps a few
# frames and swaps in the one that last ran the code): locals must start
# unbound, defaults/closures/frames must be the callee's own, and frame
# objects, generators and exceptions taken from such frames stay right.
import sys


def mk(i):
    def f(x, y=i):
        if x < 0:
            return z  # noqa: F821 (unbound local below)
        z = x + y
        return (sys._getframe().f_code.co_name, z, sorted(sys._getframe().f_locals))
    f.__name__ = 'f%d' % i
    return f


fs = [mk(i) for i in range(12)]
seen = []
for r in range(3):
    for i, f in enumerate(fs):
        seen.append(f(i * r))
print(seen[:5], seen[-3:])

def unbound(f):
    try:
        f(-1)
    except UnboundLocalError as e:
        return str(e)

print([unbound(f) for f in fs[:3]])

frames = []
def keep(a):
    frames.append(sys._getframe())
    return a * 2

def other(a, b=5):
    c = a + b
    return c

for i in range(6):
    keep(i)
    other(i)
print([fr.f_locals for fr in frames], [fr.f_code.co_name for fr in frames])

def gen(n):
    for i in range(n):
        yield i

def lam(n):
    return sum(gen(n))

out = []
for i in range(5):
    out.append((lam(i), (lambda v: v * 3)(i), other(i), keep(i)))
print(out)

def boom(n):
    raise ValueError(n)

def tb_names():
    try:
        boom(1)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals)))
            tb = tb.tb_next
        return names

res = []
for i in range(4):
    res.append(tb_names())
    res.append(other(i))
    res.append(fs[i](i))
print(res)

def rec(n, acc):
    if n == 0:
        return acc
    return rec(n - 1, acc + [fs[n % 12](n)[1], other(n)])

print(rec(30, []))
