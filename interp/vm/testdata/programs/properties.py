class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        "Fahrenheit"
        return self._c * 9 / 5 + 32
    @staticmethod
    def info():
        return "static info"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(100)
print(t.c, t.f, Temp.info(), t.info(), Temp.freezing().c, type(Temp.freezing()).__name__)
t.c = 20
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.f.__doc__, isinstance(Temp.c, property))

class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return "class access"
        return "instance access %s" % obj.name
    def __set__(self, obj, value):
        obj.__dict__["_set"] = value

class Host:
    d = Desc()
    def __init__(self):
        self.name = "h"
h = Host()
print(Host.d, h.d)
h.d = 5
print(h._set, h.__dict__)

class Lazy:
    def __getattr__(self, name):
        return "generated_" + name
l = Lazy()
l.real = 1
print(l.real, l.anything, getattr(l, "other"))

class Slotted:
    counter = 0
    @classmethod
    def make(cls):
        cls.counter += 1
        return cls.counter
print(Slotted.make(), Slotted.make(), Slotted().make())

class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Derived(Base):
    pass
print(Base.create(), Derived.create())

class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self.name
class UsesNamed:
    field = Named()
print(UsesNamed().field)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
