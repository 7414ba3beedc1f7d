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
