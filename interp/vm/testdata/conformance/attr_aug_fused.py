# x.name op= v with x a local runs as one instruction when the attribute
# caches hold x's type (attraug.go); every way the fused step could go
# wrong: types and versions changing under it, descriptors, __setattr__,
# overflow, operand types, errors, slots, class attributes.


class Plain:
    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.s = "a"


def bump(o, k, v):
    out = []
    for _ in range(k):
        o.n += 1
        o.n -= v
        o.n *= 2
        o.n >>= 1
        o.n %= 1000003
        o.n //= 1
        o.n |= 4
        o.n &= 0xFFFF
        o.n ^= 1
        out.append(o.n)
    return out


p = Plain()
print(bump(p, 5, 3))
print(p.__dict__)


def growing(o):
    for _ in range(5):
        o.n *= 1 << 20
        o.n += 2 ** 62
        o.n <<= 3
    return o.n


p = Plain()
p.n = 1
print(growing(p))


def floats(o):
    for _ in range(4):
        o.f += 0.25
        o.f *= 3
        o.f -= 1
        o.f += 1
        o.f /= 2
    return o.f


print(floats(Plain()))


def strs(o):
    for _ in range(3):
        o.s += "b"
        o.s *= 2
    return o.s


print(strs(Plain()))


def loop_local(o, xs):
    for x in xs:
        o.n += x
    return o.n


p = Plain()
print(loop_local(p, [1, 2, 3, 2.5, -1, 10 ** 30, -(10 ** 30), True, 4]))
try:
    loop_local(p, [1, 2, "x"])
except TypeError as e:
    print("TypeError", e, p.n)


def zero(o, k):
    for i in range(k):
        o.n //= (2 - i)
    return o.n


p = Plain()
p.n = 100
try:
    zero(p, 5)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, p.n)
p.n = 100
try:
    for i in range(5):
        p.n %= (2 - i)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, p.n)


# the attribute deleted, then found again on the class
class WithDefault:
    n = 7


def tick(o, k):
    for _ in range(k):
        o.n += 1
    return o.n


w = WithDefault()
print(tick(w, 3), WithDefault.n, w.__dict__)
del w.n
print(tick(w, 2), WithDefault.n, w.__dict__)
del w.n
try:
    del w.n
except AttributeError as e:
    print("AttributeError", e)
print(tick(w, 1))


def tick_missing(o):
    for _ in range(3):
        o.missing += 1


try:
    tick_missing(Plain())
except AttributeError as e:
    print("AttributeError", e)


# a property added to the class between two runs
class Late:
    def __init__(self):
        self.n = 0


def run(o, k):
    for _ in range(k):
        o.n += 1
    return o.n


o = Late()
print(run(o, 3))
log = []


def getn(self):
    log.append("get")
    return self.__dict__["n"] * 10


def setn(self, v):
    log.append("set")
    self.__dict__["n"] = v


Late.n = property(getn, setn)
print(run(o, 2), log)
del Late.n
print(run(o, 2), o.__dict__)


# __setattr__ and __getattribute__ added later
def setattr_log(self, name, v):
    log.append(("setattr", name, v))
    object.__setattr__(self, name, v)


log.clear()
Late.__setattr__ = setattr_log
print(run(o, 2), log)
del Late.__setattr__
log.clear()


def getattribute_log(self, name):
    log.append(("getattribute", name))
    return object.__getattribute__(self, name)


Late.__getattribute__ = getattribute_log
print(run(o, 2), log)
del Late.__getattribute__
print(run(o, 2))


# another class at the same site, the dict replaced
class Other:
    pass


o = Late()
print(run(o, 3))
o = Other()
o.n = 3
print(run(o, 2), type(o).__name__)
o.__dict__ = {"n": 100}
print(run(o, 2), o.__dict__)
o.__dict__ = {"x": 1, "n": -5}
print(run(o, 2), o.__dict__)


# an int subclass value: its own __add__ runs
class LoudInt(int):
    def __add__(self, other):
        print("LoudInt.__add__", int(self), other)
        return LoudInt(int(self) + other)

    __iadd__ = __add__


o = Late()
print(run(o, 2))
o.n = LoudInt(5)
print(run(o, 2), type(o.n).__name__)


# slots
class Slotted:
    __slots__ = ("count", "other")

    def __init__(self):
        self.count = 0


def slots(o, k):
    for _ in range(k):
        o.count += 2
        o.count -= 1
    return o.count


s = Slotted()
print(slots(s, 4))
del s.count
try:
    slots(s, 1)
except AttributeError as e:
    print("AttributeError", e)
s.count = 2.5
print(slots(s, 2))


def slot_other(o):
    for _ in range(3):
        o.other += 1


try:
    slot_other(Slotted())
except AttributeError as e:
    print("AttributeError", e)


# class attributes through cls
class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    pass


for _ in range(3):
    Counter.bump()
print(Counter.count, SubCounter.count)
for _ in range(2):
    SubCounter.bump()
print(Counter.count, SubCounter.count, "count" in SubCounter.__dict__)
Counter.count = "s"
try:
    Counter.bump()
except TypeError as e:
    print("TypeError", e)
Counter.count = 10
print(Counter.bump(), SubCounter.bump())
Counter.count = property(lambda self: 1)
try:
    Counter.bump()
except TypeError as e:
    print("TypeError", e, type(Counter.__dict__["count"]).__name__)


class Meta(type):
    def __setattr__(cls, name, v):
        print("Meta.__setattr__", name, v)
        type.__setattr__(cls, name, v)


class MetaCounter(metaclass=Meta):
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


for _ in range(3):
    MetaCounter.bump()
print(MetaCounter.count)


# a data descriptor on the class that is not a property
class Desc:
    def __get__(self, obj, typ=None):
        return obj.__dict__.get("_v", 0)

    def __set__(self, obj, v):
        print("Desc.__set__", v)
        obj.__dict__["_v"] = v


class UsesDesc:
    n = Desc()


u = UsesDesc()
print(run(u, 3))


# a non-data descriptor: the instance dict wins
class NonData:
    def __get__(self, obj, typ=None):
        return 1000


class UsesNonData:
    n = NonData()


u = UsesNonData()
print(run(u, 2), u.__dict__)
del u.n
print(run(u, 1), u.__dict__)


# the same statement seeing several types
def poly(objs):
    for o in objs:
        o.n += 1
    return [o.n for o in objs]


a, b = Plain(), Late()
c = WithDefault()
print(poly([a, b, c, a, b, c, Slotted.__new__(Slotted) if False else a]))


# a jump target inside the statement is impossible, but a conditional
# expression as the operand is not a local or constant
def cond(o, flag):
    for _ in range(3):
        o.n += 1 if flag else 2
    return o.n


print(cond(Plain(), True), cond(Plain(), False))
