# self.x and self.m() at a site seeing two classes are answered from the
# cache's first two ways inline; each way's version is still checked.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def m(self):
        return ("Base.m", self.v)


class A(Base):
    pass


class B(Base):
    def m(self):
        return ("B.m", self.v)


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def m(self):
        return ("S.m", self.v)


def reads(objs):
    return [o.v for o in objs]


def calls(objs):
    return [o.m() for o in objs]


objs = [A(1), B(2), A(3), B(4), S(5)]
print(reads(objs), calls(objs))
print([o.get() for o in objs[:4]])
B.v = property(lambda self: "B.v property")
print(reads(objs), [o.get() for o in objs[:4]])
del B.v
print(reads(objs))
objs[1].m = lambda: "shadowed"
print(calls(objs))
A.m = lambda self: ("A.m new", self.v)
print(calls(objs))
del objs[3].v
try:
    reads(objs)
except AttributeError as e:
    print("AttributeError", e)
del objs[4].v
try:
    reads([objs[4]])
except AttributeError as e:
    print("AttributeError", e)
B.__getattr__ = lambda self, name: ("getattr", name)
print(reads(objs[:4]))
