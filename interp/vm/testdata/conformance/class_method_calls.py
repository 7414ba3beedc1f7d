# C.m(...) on class objects: plain functions, classmethods and
# staticmethods called through the class, rebound or deleted between
# calls, inherited, shadowed by a metaclass, and mixed with instances at
# one call site.


class Counter:
    count = 0

    @classmethod
    def bump(cls, k=1):
        cls.count += k
        return cls.count

    @staticmethod
    def twice(v):
        return v * 2

    def plain(self, v):
        return ("plain", type(self).__name__, v)


class Sub(Counter):
    pass


def calls(c):
    return (c.bump(), c.twice(3), c.plain(c, 1) if isinstance(c, type) else c.plain(1))


for _ in range(3):
    print(calls(Counter), calls(Sub), calls(Counter()), calls(Sub()))
print(Counter.count, Sub.count)

# rebinding between calls at one site
Counter.twice = staticmethod(lambda v: v * 20)
print(calls(Counter), calls(Sub))
Counter.twice = classmethod(lambda cls, v: (cls.__name__, v))
print(calls(Counter), calls(Sub))
Sub.twice = lambda v: ("sub-plain", v)
print(calls(Sub))
del Sub.twice
del Counter.twice
try:
    calls(Counter)
except AttributeError as e:
    print("AttributeError", e)
Counter.twice = staticmethod(lambda v: -v)
print(calls(Counter))


# a metaclass method of the same name: the class's own attribute wins,
# unless the class lacks it
class Meta(type):
    def hello(cls):
        return ("meta", cls.__name__)

    def only_meta(cls):
        return ("only-meta", cls.__name__)


class K(metaclass=Meta):
    @classmethod
    def hello(cls):
        return ("own", cls.__name__)


def hi(c):
    return c.hello(), c.only_meta()


for _ in range(2):
    print(hi(K))
del K.hello
print(hi(K))


# builtin classes at the same site
def fromkeys(c):
    return c.fromkeys("ab")


for c in (dict, Counter, dict):
    try:
        print(fromkeys(c))
    except AttributeError as e:
        print("AttributeError", e)
Counter.fromkeys = classmethod(lambda cls, s: (cls.__name__, s))
print(fromkeys(Counter), fromkeys(Sub), fromkeys(dict))
