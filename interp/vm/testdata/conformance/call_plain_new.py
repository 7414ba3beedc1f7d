# Calling a class with neither __new__ nor __init__ (the VM allocates the
# instance in the loop): arguments, classes that later gain __init__ or
# __new__, metaclasses with __call__, __slots__, abstract classes, bases.
import abc
import sys


class Plain:
    pass


class WithSlots:
    __slots__ = ("a", "b")


class Child(Plain):
    x = 1


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
        return r
    except Exception as e:
        print(type(e).__name__, e)


for i in range(3):
    p = Plain()
    p.v = i
    print(type(p).__name__, p.v, p.__dict__)
show(Plain, 1)
show(Plain, a=1)
show(Child, 1, 2)
s = WithSlots()
s.a = 5
print(s.a, hasattr(s, "__dict__"))
show(lambda: WithSlots().b)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)

# the class gains an __init__, then a __new__, then loses both
c = Child()
for step in range(6):
    if step == 1:
        Plain.__init__ = lambda self, *a: setattr(self, "init", a)
    elif step == 2:
        del Plain.__init__
        Child.__new__ = lambda cls, *a: 42
    elif step == 3:
        del Child.__new__
    elif step == 4:
        Plain.__init__ = object.__init__
    elif step == 5:
        del Plain.__init__
    r = Child()
    print(step, type(r).__name__, getattr(r, "init", None))
    if step < 3:
        show(Child, 9)


# a metaclass with __call__
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)


class M(metaclass=Meta):
    pass


print(type(M()).__name__)
show(M, 1)


# a plain metaclass subclass without __call__ still works
class Meta2(type):
    pass


class M2(metaclass=Meta2):
    pass


print(type(M2()).__name__)


# abstract classes refuse, also when __abstractmethods__ is set by hand
class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


show(A)


class B:
    pass


B.__abstractmethods__ = frozenset({"g"})
show(B)
B.__abstractmethods__ = frozenset()
show(B)


# built-in bases with their own __new__/__init__ are not plain
class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


print(L(), D(), repr(E()), L((1, 2)), D(a=1))


# a class made by type()
T = type("T", (Plain,), {})
t = T()
print(type(t).__name__, isinstance(t, Plain))


# the result of a discarded call, in a method call position and a loop
class Counter:
    n = 0


objs = [Counter() for _ in range(5)]
print(len(objs), len(set(map(id, objs))))
Counter()
ns = type(sys)("ns")
ns.K = Counter
print(type(ns.K()).__name__)


# recursion at the limit still raises when the class is called
def deep(k):
    return deep(k + 1) if k < 10000 else Plain()


try:
    deep(0)
except RecursionError as e:
    print("RecursionError")
