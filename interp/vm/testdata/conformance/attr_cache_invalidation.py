# Attribute caches must notice every change after they are warm: each
# probe runs a function several times (warming the instruction's cache),
# changes something, and runs it again.


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_x(o, v):
    o.x = v


def warm(f, *args):
    r = None
    for _ in range(5):
        r = f(*args)
    return r


class A:
    x = "class-x"

    def m(self):
        return "A.m"


class B(A):
    pass


a = A()
b = B()
print(warm(get_x, a), warm(get_x, b))
a.x = "inst-x"
print(warm(get_x, a), warm(get_x, b))
A.x = "class-x2"
print(warm(get_x, a), warm(get_x, b))
del a.x
print(warm(get_x, a))
B.x = "B-x"
print(warm(get_x, b), warm(get_x, a))
del B.x
print(warm(get_x, b))

# methods: class change, base change, instance shadowing
print(warm(call_m, a), warm(call_m, b))
A.m = lambda self: "A.m2"
print(warm(call_m, a), warm(call_m, b))
B.m = lambda self: "B.m"
print(warm(call_m, a), warm(call_m, b))
b.m = lambda: "b.m instance"
print(warm(call_m, b))
del b.m
print(warm(call_m, b))
del B.m
print(warm(call_m, b))
A.m = staticmethod(lambda: "static m")
print(warm(call_m, a), warm(call_m, b))
A.m = classmethod(lambda cls: "classmethod m of " + cls.__name__)
print(warm(call_m, a), warm(call_m, b))


# __getattr__ added after the cache is warm
class C:
    pass


c = C()
c.x = 1
print(warm(get_x, c))
del c.x
try:
    warm(get_x, c)
except AttributeError as e:
    print("AttributeError", e)
C.__getattr__ = lambda self, name: "getattr " + name
print(warm(get_x, c))
c.x = 2
print(warm(get_x, c))


# __getattribute__ added to a base later
class D0:
    pass


class D(D0):
    pass


d = D()
d.x = "plain"
print(warm(get_x, d))
D0.__getattribute__ = lambda self, name: "getattribute " + name
print(warm(get_x, d))
del D0.__getattribute__
print(warm(get_x, d))


# __setattr__ added later
class E:
    pass


e = E()
warm(set_x, e, 1)
print(e.x)
log = []
E.__setattr__ = lambda self, name, v: log.append((name, v))
warm(set_x, e, 2)
print(e.x, log[:2], len(log))
del E.__setattr__
warm(set_x, e, 3)
print(e.x)


# a property added later shadows the instance dict
class F:
    pass


f = F()
f.x = "dict value"
print(warm(get_x, f))
F.x = property(lambda self: "property value")
print(warm(get_x, f))
try:
    warm(set_x, f, 5)
except AttributeError as err:
    print("AttributeError", err)
F.x = property(lambda self: "getter", lambda self, v: print("setter", v))
warm(set_x, f, 6)
print(warm(get_x, f))
del F.x
print(warm(get_x, f))
warm(set_x, f, 7)
print(f.__dict__)


# replacing the instance dict
class G:
    def m(self):
        return "G.m"


g = G()
g.x = "old dict"
print(warm(get_x, g))
g.__dict__ = {"x": "new dict"}
print(warm(get_x, g))
g.__dict__ = {"m": lambda: "dict m"}
print(warm(call_m, g))
g.__dict__ = {"x": 1, "y": 2}
del g.x
try:
    warm(get_x, g)
except AttributeError as err:
    print("AttributeError", err)
warm(set_x, g, 9)
print(g.__dict__)


# class attributes read through the class, and metaclasses
class H:
    x = "H.x"

    @staticmethod
    def m():
        return "H.m static"


print(warm(get_x, H), warm(call_m, H))
H.x = "H.x2"
H.m = classmethod(lambda cls: "H.m class " + cls.__name__)
print(warm(get_x, H), warm(call_m, H))


class Meta(type):
    @property
    def x(cls):
        return "meta property"


class K(metaclass=Meta):
    x = "K.x"


print(warm(get_x, K), warm(get_x, K()))


# polymorphic sites
class P1:
    def __init__(self):
        self.x = "P1"

    def m(self):
        return "P1.m"


class P2:
    x = "P2 class"

    def m(self):
        return "P2.m"


objs = [P1(), P2(), P1(), P2(), a, b]
print([get_x(o) for o in objs * 2])
print([call_m(o) for o in objs * 2])


# super() methods, and a base method replaced after warm-up
class S0:
    def m(self):
        return "S0.m"


class S1(S0):
    def m(self):
        return "S1>" + super().m()


s = S1()
print(warm(call_m, s))
S0.m = lambda self: "S0.m2"
print(warm(call_m, s))


# property errors keep their tracebacks' shape
class Q:
    @property
    def x(self):
        return 1 / 0


try:
    warm(get_x, Q())
except ZeroDivisionError as err:
    tb = err.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError", names)


# built-in methods through LOAD_METHOD stay right when the receiver changes
def app(o):
    return o.append


def call_append(o, v):
    o.append(v)
    return o


print(warm(call_append, [], 1)[:2], call_append(bytearray(b"x"), 65))


class L(list):
    def append(self, v):
        list.append(self, v * 10)


print(call_append(L(), 1), call_append([], 1))


# the fused LOAD_FAST + attribute forms still report unbound locals
def unbound(which):
    if which == 0:
        print(o.x)
    elif which == 1:
        o.m()
    elif which == 2:
        o.x = 1
    elif which == 3:
        a.x = v
    elif which == 4:
        v.x = a
    elif which == 5:
        o.x = v
    else:
        w = 1
        o.x = w
    o = v = None


for which in range(7):
    try:
        unbound(which)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)


# class attributes holding plain data are rebound in place: every reader
# (instances, subclasses, the class, its subclasses' instances) sees it
class Count:
    n = 0
    label = "count"

    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n


class SubCount(Count):
    pass


def read_n(o):
    return o.n


sc = SubCount()
for _ in range(3):
    Count.bump()
    print(read_n(Count), read_n(SubCount), read_n(sc), read_n(Count()), Count.n, SubCount.n)
SubCount.bump()  # creates SubCount.n: now they differ
print(read_n(Count), read_n(SubCount), read_n(sc))
Count.bump()
print(read_n(Count), read_n(SubCount), read_n(sc))
Count.n = [1, 2]
print(read_n(Count), read_n(Count()))
Count.n = lambda self: "now a method"
print(read_n(Count)(None), read_n(Count())())
Count.n = 5
print(read_n(Count), read_n(Count()))
Count.n = property(lambda self: "now a property")
print(read_n(Count()))
Count.n = 6
print(read_n(Count), read_n(Count()))
del Count.n
try:
    print(read_n(Count))
except AttributeError as err:
    print("AttributeError", err)
print(read_n(sc))


def set_label(cls, v):
    cls.label = v


for v in ["a", "b", 3, None, (1, 2)]:
    set_label(Count, v)
    print(Count.label, SubCount.label, sc.label)
set_label(Count, staticmethod(lambda: "static label"))
print(Count.label(), sc.label())
set_label(Count, "plain again")
print(Count.label, sc.label)


class WithHash:
    __hash__ = None


try:
    hash(WithHash())
except TypeError as err:
    print("TypeError", err)
WithHash.__hash__ = lambda self: 42
print(hash(WithHash()))


# property functions that are generators, or raise, or recurse
class Odd:
    def gen_get(self):
        yield "from getter"

    def gen_set(self, v):
        print("never runs", v)
        yield

    g = property(gen_get, gen_set)

    @property
    def deep(self):
        return self.deep


odd = Odd()
for _ in range(3):
    print(type(odd.g).__name__, list(odd.g))
    odd.g = 5
try:
    odd.deep
except RecursionError as err:
    print("RecursionError", err)
print(odd.__dict__)


# __slots__ members through the caches
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def m(self):
        return "Slotted.m"


class SlottedSub(Slotted):
    pass


so = Slotted(1)
print(warm(get_x, so), warm(get_x, SlottedSub(2)), warm(call_m, so))
warm(set_x, so, 3)
print(so.x)
del so.x
try:
    warm(get_x, so)
except AttributeError as err:
    print("AttributeError", err)
try:
    so.z = 1
except AttributeError as err:
    print("AttributeError", err)
try:
    so.m = 1
except AttributeError as err:
    print("AttributeError", err)
warm(set_x, so, 4)
Slotted.x = "class value now"
print(warm(get_x, so))
try:
    warm(set_x, so, 5)
except AttributeError as err:
    print("AttributeError", err)


class Borrow:
    __slots__ = ("y",)
    x = Slotted.y


try:
    warm(get_x, Borrow())
except TypeError as err:
    print("TypeError", err)


# module attributes: read from the module's dict at each use
import math


def use_math():
    s = 0.0
    for i in range(5):
        s += math.sqrt(i) + math.pi
    return s


print(use_math(), use_math())
math.pi = 3
print(use_math())
saved = math.sqrt
math.sqrt = lambda x: -x
print(use_math())
math.sqrt = saved
del math.pi
try:
    use_math()
except AttributeError as err:
    print("AttributeError", err)


# getattr/hasattr on plain instances answer from the instance dict
class GA:
    k = 1

    def m(self):
        return 2


class GG:
    def __getattr__(self, n):
        return "getattr " + n


class GS:
    __slots__ = ("x",)


gs = GS()
gs.x = 3
ga = GA()
ga.x = 5
for o in [ga, GG(), GA(), gs, GS()]:
    print(getattr(o, "x", "dflt"), getattr(o, "k", 0), hasattr(o, "x"), hasattr(o, "nope"), getattr(o, "m", None) is not None)
try:
    getattr(GA(), "x")
except AttributeError as err:
    print("AttributeError", err)
ga.__dict__ = {"x": 9}
print(getattr(ga, "x"), hasattr(ga, "y"))
