# isinstance(x, C) with x a local and C a global answers in one
# instruction when isinstance is the builtin and C's metaclass is type
# (isinstance_fast.go); every way the answer could differ.


class A:
    pass


class B(A):
    pass


class C:
    pass


def check(objs):
    out = []
    for x in objs:
        if isinstance(x, A):
            out.append("A")
        elif isinstance(x, C):
            out.append("C")
        else:
            out.append(isinstance(x, int))
    return out


print(check([A(), B(), C(), 1, True, "s", None, A, B, type, 2.5]))


# a metaclass with __instancecheck__
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return inst == 42


class M(metaclass=Meta):
    pass


def check_m(objs):
    return [isinstance(x, M) for x in objs]


print(check_m([1, 42, M(), "x"]))


# C rebound between calls: a tuple, a non-class, a class again
def check_c(objs):
    return [isinstance(x, C) for x in objs]


print(check_c([C(), A(), 3]))
C = (A, int)
print(check_c([C, A(), B(), 3, "s"]))
C = 3
try:
    check_c([1])
except TypeError as e:
    print("TypeError", e)
C = str
print(check_c(["a", 1]))
del C
try:
    check_c([1])
except NameError as e:
    print("NameError", e)


class C:
    pass


print(check_c([C(), 1]))


# isinstance shadowed by a global, then by the builtins module
def fake(x, c):
    print("fake isinstance", type(x).__name__, c.__name__)
    return "fake"


def check_s(objs):
    return [isinstance(x, A) for x in objs]


print(check_s([A(), 1]))
isinstance = fake
print(check_s([A(), 1]))
del isinstance
print(check_s([A(), 1]))
import builtins

real = builtins.isinstance
builtins.isinstance = fake
print(check_s([A(), 1]))
builtins.isinstance = real
print(check_s([A(), 1]))


# subclasses of type as the metaclass without __instancecheck__
class PlainMeta(type):
    pass


class P(metaclass=PlainMeta):
    pass


def check_p(objs):
    return [isinstance(x, P) for x in objs]


print(check_p([P(), A(), 1]))


# an unbound local
def unbound():
    if False:
        x = 1
    return isinstance(x, A)


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# deep recursion reaching the limit at the call
import sys


def deep(n):
    x = n
    if isinstance(x, int):
        return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
