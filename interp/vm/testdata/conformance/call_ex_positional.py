# f(*args, **kw) of a function with positional parameters only: bound
# straight into the callee's frame (callex.go) unless a key or count is
# off, when the general binder must give CPython's result or message.
import sys


def f(a, b, c=3, d=4):
    return (a, b, c, d)


def g():
    return "g"


class C:
    def m(self, x, y=2):
        return (type(self).__name__, x, y)


def call(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)


call(f, 1, 2)
call(f, 1, 2, 5)
call(f, 1, 2, 5, 6)
call(f, 1, b=2)
call(f, a=1, b=2)
call(f, b=2, a=1, d=9)
call(f, 1, 2, d=7)
call(f, 1, 2, c=8, d=7)
call(f, 1)
call(f, b=2)
call(f, 1, a=1)
call(f, 1, 2, e=5)
call(f, 1, 2, 3, 4, 5)
call(f, 1, 2, 3, 4, d=5)
call(g)
call(g, x=1)
call(g, 1)
call(C().m, 1)
call(C().m, x=1, y=5)
call(C.m, C(), 1)
call(C.m, self=C(), x=0)
call(C().m, 1, self=2)

# keys that are equal but not the interned name
name = "".join(["c", ""])
kw = {name: 30, "".join("d"): 40}
print(f(1, 2, **kw))
kw2 = dict([("a", 1), ("b", 2)])
print(f(**kw2))


# a dict subclass as **kw
class KD(dict):
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


print(f(**KD(a=1, b=2, c=3)))

# non-str keys
try:
    f(1, 2, **{3: 4})
except TypeError as e:
    print("TypeError:", e)

# a dict mutated between calls, and a deleted entry
d = {"b": 1, "c": 2}
print(f(0, **d))
del d["c"]
print(f(0, **d))
d["c"] = 5
print(f(0, **d))
d.clear()
try:
    f(0, **d)
except TypeError as e:
    print("TypeError:", e)


# closures and defaults
def mk(k):
    def add(x, y=k):
        return x + y
    return add


adders = [mk(i) for i in range(3)]
print([a(*(10,), **{}) for a in adders], [a(*(10,), **{"y": 1}) for a in adders])

# recursion through the call, depth and message
sys.setrecursionlimit(60)


def deep(n, acc=0):
    return deep(*(n + 1,), **{"acc": acc})


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    if n == 0:
        return len(tb_depth())
    return depth(*(n - 1,), **{})


def tb_depth():
    out = []
    fr = sys._getframe()
    while fr:
        out.append(fr.f_code.co_name)
        fr = fr.f_back
    return out


print(depth(5))

# a traceback through the bound frame
def bad(x, y):
    return x / y


try:
    bad(*(1,), **{"y": 0})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError:", e, tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()))
