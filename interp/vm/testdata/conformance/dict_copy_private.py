# `kw = dict(fixed)` in a local that is only updated and passed on as
# **kw: the next dict(fixed) may refill the last copy (callpriv.go), so
# everything that can keep hold of a copy must see it unchanged.
import sys


def bind(fn, **fixed):
    def bound(*args, **kwargs):
        kw = dict(fixed)
        kw.update(kwargs)
        return fn(*args, **kw)
    return bound


def show(*a, **k):
    return a, k


b = bind(show, x=1, y=2)
print(b(), b(3), b(y=5), b(z=6), b())

# the callee keeps the caller's locals through its frame
kept = []


def peek(**k):
    kept.append(sys._getframe(1).f_locals["kw"])
    return k


p = bind(peek, n=0)
for i in range(3):
    p(m=i)
print("peeked", kept)

# a frame object made before the copy sees it live, also after later
# calls that make none
live = []


def early(**fixed):
    def inner(i, grab):
        if grab:
            live.append(sys._getframe())
        extra = {"i": i}
        kw = dict(fixed)
        kw.update(extra)
        return show(**kw)
    return inner


e = early(a=1)
for i in range(4):
    e(i, i % 2 == 0)
print("early frames", [fr.f_locals["kw"] for fr in live])


# a traceback through the wrapper
tbs = []


def fail(**k):
    raise KeyError(sorted(k))


f = bind(fail, q=1)
for i in range(3):
    try:
        f(r=i)
    except KeyError as exc:
        tbs.append(exc.__traceback__.tb_next.tb_frame.f_locals["kw"])
print("traceback kw", tbs)

# locals() after the copy
snaps = []


def snap(**fixed):
    def inner(i, grab):
        extra = {"i": i}
        kw = dict(fixed)
        kw.update(extra)
        if grab:
            snaps.append(locals())
        return show(**kw)
    return inner


s = snap(z=0)
for i in range(4):
    s(i, i % 2 == 0)
print("locals", [d["kw"] for d in snaps])


# the source changes between calls, grows past a small dict, loses keys
src = {"a": 1}


def from_src(**extra):
    kw = dict(src)  # src is a global: LOAD_GLOBAL
    kw.update(extra)
    return show(**kw)


print(from_src())
src["b"] = 2
print(from_src(c=3))
for k in "defghij":
    src[k] = len(k)
print(from_src())
for k in "bdefghij":
    del src[k]
print(from_src(), from_src(x=0))
src.clear()
print(from_src(), from_src(y=1))

# dict rebound: a subclass, a function, back again
class D(dict):
    pass


def rebound(**extra):
    kw = dict(src)
    kw.update(extra)
    return type(kw).__name__, show(**kw)


src = {"s": 1}
print(rebound())
dict = D
print(rebound(t=2))
dict = lambda d: D(d, marker=1)
print(rebound())
del dict
print(rebound(), rebound(u=3))

# many copies in one activation
def loop(n, **fixed):
    out = []
    for i in range(n):
        extra = {"i": i}
        kw = dict(fixed)
        kw.update(extra)
        out.append(show(**kw))
    return out


print(loop(3, k=9))


# two private locals alive together, and copying the copy itself
def two(a, b):
    x = dict(a)
    y = dict(b)
    x.update(b)
    return show(**x), show(**y)


for i in range(3):
    print(two({"a": i}, {"b": i}))


def selfcopy(**fixed):
    e = {}
    kw = dict(fixed)
    kw.update(e)
    kw = dict(kw)
    kw.update(e)
    return show(**kw)


print(selfcopy(a=1), selfcopy(b=2))


def chain(a, b):
    x = dict(a)
    x = dict(b)
    x.update(a)
    return show(**x)


print(chain({"p": 1}, {"q": 2}), chain({"r": 3}, {"s": 4}))


class E(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "item"


def subsrc(d):
    kw = dict(d)
    kw.update(d)
    return show(**kw)


print(subsrc(E(only=1, other=2)), subsrc({"w": 1}))


# keys with user __eq__ and __hash__ in the source
class K(str):
    def __eq__(self, other):
        print("eq", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def eqsrc(d, e):
    kw = dict(d)
    kw.update(e)
    return show(**kw)


print(eqsrc({K("a"): 1, K("b"): 2}, {}), eqsrc({K("c"): 3}, {"c": 4}), eqsrc({"a": 0}, {K("a"): 5}))


# the update of an empty dict is skipped: its value, an unbound argument,
# an empty subclass whose keys() would be called, and a non-empty one
def upd_value(e):
    kw = dict(src)
    r = kw.update(e)
    return r, show(**kw)


class Keys(dict):
    def keys(self):
        print("keys called")
        return []


src = {"v": 1}
print(upd_value({}), upd_value({"w": 2}), upd_value(Keys()), upd_value({}))


def upd_unbound(flag):
    if flag:
        e = {}
    kw = dict(src)
    kw.update(e)
    return show(**kw)


print(upd_unbound(True))
try:
    upd_unbound(False)
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)


def upd_kwargs(*args, **kwargs):
    kw = dict(src)
    kw.update(kwargs)
    return kw.update(kwargs), show(*args, **kw)


print(upd_kwargs(), upd_kwargs(1, a=2), upd_kwargs())
