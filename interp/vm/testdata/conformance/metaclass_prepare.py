import collections
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return collections.OrderedDict()
    def __new__(mcs, name, bases, ns, **kw):
        print("order", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=M, flag=True):
    z = 1
    a = 2
    def m(self): pass
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class C(Base, tag="c"):
    pass
print(C.tag)
