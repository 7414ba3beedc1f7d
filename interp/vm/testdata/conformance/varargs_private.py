# *args tuples and **kwargs dicts of wrappers that only pass them on: a
# call may reuse the previous call's (callpriv.go), so everything that
# can keep hold of them must see them unchanged by later calls.
import sys


def wrap(fn):
    def w(*args, **kwargs):
        return fn(*args, **kwargs)
    return w


def bind(fn, **fixed):
    def bound(*args, **kwargs):
        kw = dict(fixed)
        kw.update(kwargs)
        return fn(*args, **kw)
    return bound


def star(fn):
    def s(*args):
        return fn(*args)
    return s


# a builtin callee receives the items themselves
keep = star(Exception)
e1 = keep(1, 2)
e2 = keep(3, 4)
print("exception args", e1.args, e2.args)
keep_t = star(tuple)
print("tuple", keep_t([1, 2]), keep_t([3]))
keep_l = star(list)
print("list", keep_l((1,)), keep_l((2,)))
keep_zip = star(zip)
z1 = keep_zip([1, 2], [3, 4])
z2 = keep_zip([5], [6])
print("zip", list(z1), list(z2))

# a Python callee that keeps its own *args
saved = []


def keeper(*a, **k):
    saved.append((a, k))
    return len(a)


kp = wrap(keeper)
for i in range(4):
    kp(i, i + 1, x=i)
    kp(i)
print("kept", saved)

# the callee looks at the caller's locals through its frame
seen = []


def peek(*a, **k):
    seen.append(sys._getframe(1).f_locals)
    return a


pk = wrap(peek)
for i in range(3):
    pk(i)
print("peeked", [(d["args"], d["kwargs"]) for d in seen])

# a traceback keeps the wrapper's frame and so its locals
tbs = []


def boom(*a, **k):
    raise ValueError(a)


bm = wrap(boom)
for i in range(3):
    try:
        bm(i)
    except ValueError as e:
        tbs.append(e.__traceback__.tb_next.tb_frame.f_locals)
print("traceback locals", [(d["args"], d["kwargs"]) for d in tbs])

# locals() reached through a rebound global inside the wrapper
snap = []


def grab(*args, **kwargs):
    d = dict(fixed0)
    d.update(kwargs)
    return sink(*args, **d)


fixed0 = {}


def sink(*a, **k):
    return a


real_dict = dict
for i in range(3):
    dict_calls = []
    fixed0 = {"n": i}
    print("grab", grab(i, i * 2))
g2 = grab


def leaky(*args, **kwargs):
    d = dict(fixed0)
    d.update(kwargs)
    return sink(*args, **d)


saved_locals = []
fixed0 = {}
for i in range(3):
    real = leaky.__globals__["dict"] if "dict" in leaky.__globals__ else None
    globals()["dict"] = lambda x: (saved_locals.append(sys._getframe(1).f_locals), real_dict(x))[1]
    leaky(i)
    del globals()["dict"]
print("frame locals via dict", [(d["args"], d["kwargs"]) for d in saved_locals])

lsnap = []


def leaky0(*args, **kwargs):
    lsnap.append(probe())
    return sink(*args, **kwargs)


for probe in (locals, vars, dir):
    for i in range(2):
        leaky0(i, i)
print("locals() in the wrapper", lsnap)


# the receiver of .update is not an exact dict
class KeepUpdate(dict):
    got = []

    def update(self, other):
        KeepUpdate.got.append(other)
        dict.update(self, other)


def upd(*args, **kwargs):
    kw = KeepUpdate()
    kw.update(kwargs)
    return sink(*args, **kw)


for i in range(3):
    upd(i)
    upd(i, a=i)
print("subclass update saw", KeepUpdate.got)


class Plain(dict):
    pass


def upd2(**kwargs):
    kw = Plain() if len(Plain.__dict__) > 99 else Plain()
    kw.update(kwargs)
    return kw


print("plain subclass", [upd2(), upd2(x=1), upd2()])


def other_method(**kwargs):
    s = []
    s.append(kwargs)
    return s


om = [other_method() for _ in range(3)]
om[0][0]["mark"] = 1
print("other method", om)


class Holder:
    def __init__(self):
        self.got = []

    def update(self, d):
        self.got.append(d)


def to_holder(h, **kwargs):
    h.update(kwargs)
    return h


h = Holder()
for i in range(3):
    to_holder(h)
h.got[0]["x"] = 1
print("holder", h.got, [x is y for x in h.got for y in h.got])

# recursion: each depth has its own frame and objects
def rec(n, *args, **kwargs):
    if n == 0:
        return [args, kwargs]
    return [rec(n - 1, *args, **kwargs), args]


print("rec", rec(3, 1, 2))

# a bound partial called with keywords, then without
def mypow(base, exp, mod=None):
    return pow(base, exp, mod)


power = bind(mypow, exp=2)
print("pow", power(3), power(4, mod=5), power(5))


def kwonly(*, a=1, b=2):
    return a, b


ko = bind(kwonly, a=10)
print("kwonly", ko(), ko(b=5), ko(), ko(a=0))

try:
    ko(1)
except TypeError as e:
    print("TypeError", e)
try:
    ko(c=3)
except TypeError as e:
    print("TypeError", e)
print("after errors", ko())

# generator callees copy their arguments
def gen(*a):
    yield from a


wg = star(gen)
gs = [wg(i, i + 1) for i in range(3)]
print("gens", [list(g) for g in gs])

# __init__ forwarding through super()
class Base:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


class Derived(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


ds = [Derived(i, k=i) for i in range(3)] + [Derived(9)]
print("derived", [(d.args, d.kwargs) for d in ds])

# a method bound to a builtin: list.append keeps the item, not the tuple
acc = []
ap = star(acc.append)
for i in range(3):
    ap((i,))
print("append", acc)

# the kwargs dict updated into itself
def selfupd(**kwargs):
    kwargs.update(kwargs)
    return kwargs


print("selfupd", [selfupd(), selfupd(a=1), selfupd()])
