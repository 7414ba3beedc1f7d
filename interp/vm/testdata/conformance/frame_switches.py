# Every way a frame is left or re-entered in the loop: plain returns,
# returns of special frames (inline __init__, property setter, with's
# __enter__/__exit__, generators, frames with frame objects, exec'd code),
# exceptions caught a few frames up, finally blocks on the way out, and
# generators resumed by for loops, enumerate and zip.
import sys


def plain(a, b=2):
    return a + b


class Init:
    def __init__(self, x):
        self.x = x


class BadInit:
    def __init__(self):
        return 1


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return a[0] is KeyError


def raiser(n):
    if n == 0:
        raise ValueError("deep")
    return raiser(n - 1) + 1


def catcher(n):
    try:
        return raiser(n)
    except ValueError as e:
        return "caught %s at %d" % (e, n)


def finally_return():
    try:
        return "from try"
    finally:
        print("finally ran")


def break_in_finally():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def framed():
    f = sys._getframe()
    return f


def caller_of_framed():
    f = framed()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno


def gen(n):
    for i in range(n):
        yield i * i
    return "gen done"


def delegate(n):
    r = yield from gen(n)
    yield r


def deep(n):
    return deep(n + 1)


print(plain(1), plain(1, 5))
print(Init(4).x)
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
p = Prop()
p.v = 5
print(p.v)
with Ctx() as c:
    print(c)
with Ctx():
    raise KeyError("swallowed")
try:
    with Ctx():
        raise IndexError("kept")
except IndexError as e:
    print("IndexError", e)
print(catcher(5), catcher(0))
print(finally_return())
print(break_in_finally())
print(caller_of_framed())
print(list(gen(4)), list(delegate(3)))
for i, v in enumerate(gen(3)):
    print("enum", i, v)
for a, b in zip(gen(5), "xyz"):
    print("zip", a, b)
print(sum(gen(10)), any(x > 50 for x in gen(10)))
ns = {"plain": plain}
exec("r = plain(10)\ndef inner():\n    return plain(20)\nr2 = inner()", ns)
print(ns["r"], ns["r2"])
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
print(plain(7))
for k in range(3):
    try:
        print(Init(k).x, catcher(k), plain(k))
    finally:
        pass
