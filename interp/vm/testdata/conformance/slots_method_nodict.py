# A method called on an instance of a class with __slots__ and no
# __dict__ skips the check that the instance dict shadows it; every way
# something else could answer the call.


class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class WithDict(P):
    pass


class Slots2(P):
    __slots__ = ("y",)

    def get(self):
        return ("Slots2", self.x)


def calls(objs):
    return [o.get() for o in objs]


p = P(1)
print(calls([p, p, P(2)]))
try:
    p.get = lambda: "shadow"
except AttributeError as e:
    print("AttributeError", e)
w = WithDict(3)
w.get = lambda: "shadowed"
print(calls([p, w, Slots2(4), p, w]))
P.get = lambda self: ("rebound", self.x)
print(calls([p, w, Slots2(5)]))
del P.get
try:
    calls([p])
except AttributeError as e:
    print("AttributeError", e)


class Q:
    __slots__ = ()

    def m(self):
        return "Q.m"


def callm(objs):
    return [o.m() for o in objs]


print(callm([Q(), Q()]))
Q.m = staticmethod(lambda: "static")
print(callm([Q()]))
Q.m = classmethod(lambda cls: cls.__name__)
print(callm([Q()]))
try:
    class Bad:
        __slots__ = ("m",)

        def m(self):
            pass
except ValueError as e:
    print("ValueError", e)
