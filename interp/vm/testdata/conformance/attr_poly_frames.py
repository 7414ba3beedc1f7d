# Attribute sites that see several receiver classes (the attribute
# cache's four ways), class objects beside instances at one site, and
# frames re-pointed when different functions alternate at one call
# depth (map/filter calling lambdas, a loop calling method after method).


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n
        self.tag = "t%d" % n

    def step(self):
        return self.n


class A(Base):
    def step(self):
        return self.n + 1


class B(Base):
    def step(self):
        return self.n * 2


class C(Base):
    @property
    def tag(self):
        return "prop"

    @tag.setter
    def tag(self, v):
        self.__dict__["_tag"] = v


class D(Base):
    __slots__ = ()


class E(Base):
    pass


def reads(objs):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.n, o.tag, o.kind, o.step()))
    return out


objs = [Base(1), A(2), B(3), C(4), D(5), E(6)]
for _ in range(3):
    print(reads(objs))

# a method shadowed by the instance dict on one receiver only
objs[1].step = lambda: "shadowed"
print(reads(objs))
del objs[1].step
print(reads(objs))

# class attribute changes under a polymorphic site
E.step = lambda self: -self.n
A.kind = "a"
print(reads(objs))
del E.step
del A.kind
print(reads(objs))

# a property added to one class after the site has cached it
B.n = property(lambda self: 99)
print(reads(objs))
del B.n
print(reads(objs))


# classes and instances at one site, with a metaclass attribute
class Meta(type):
    mattr = "meta"


class K(metaclass=Meta):
    mattr = "own"
    n = 7


class L:
    n = 8


def get_n(x):
    return x.n


def get_m(x):
    return x.mattr


for _ in range(2):
    print([get_n(x) for x in (K, L, K(), L(), objs[0], objs[3], K, L)])
    print([get_m(x) for x in (K, K(), Meta)])
K.n = 70
print([get_n(x) for x in (K, L, K(), L())])

# alternating functions at one depth, with locals of different sizes
def f1(x):
    a = x + 1
    return a


def f2(x, y=10):
    a, b, c, d = x, y, x * y, x - y
    return a + b + c + d


def f3(*args, **kw):
    return len(args) + len(kw)


def cell(x):
    def inner():
        return x * 3
    return inner()


tot = 0
for i in range(200):
    tot += f1(i) + f2(i) + f3(i, i, k=i) + cell(i) + f2(i, 3)
print(tot)
print(list(map(lambda v: v * 3, filter(lambda v: v % 3 == 1, range(40)))))
print(sorted(range(20), key=lambda v: (v % 5, -v)))
print(list(map(f1, map(f2, range(10)))))


def gen(n):
    for i in range(n):
        yield f1(i) + f2(i)


print(list(gen(5)), sum(gen(50)), list(map(cell, gen(4))))


def rec(n):
    if n == 0:
        return 0
    return f1(n) + rec(n - 1) + f2(n)


print(rec(50), [rec(k) for k in range(6)])
try:
    f2()
except TypeError as e:
    print(e)
try:
    list(map(lambda a, b: a, range(3)))
except TypeError as e:
    print(e)
