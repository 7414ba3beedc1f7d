class A:
    __slots__ = "a"
class B(A):
    __slots__ = ("b", "__dict__", "__p")
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3; self.__p = 4
    def get(self): return self.__p
b = B()
print(b.a, b.b, b.c, b.get(), b.__dict__, B.__dict__["b"], B._B__p)
print(A.a, isinstance(A.__dict__["a"], object))
a = A()
try:
    a.a
except AttributeError as e:
    print("AE", e)
try:
    del a.a
except AttributeError as e:
    print("AE", e)
a.a = 5
print(a.a, hasattr(a, "__dict__"))
try:
    a.__dict__
except AttributeError as e:
    print(e)
class C:
    __slots__ = ("x",)
class D:
    __slots__ = ("y",)
try:
    class E(C, D): pass
except TypeError as e:
    print(e)
class F(C, D.__class__.__mro__[-1]): pass
f = F(); f.x = 1; f.z = 2; print(f.x, f.z)
try:
    class G:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class H:
        __slots__ = ("a b",)
except TypeError as e:
    print(e)
class I:
    __slots__ = ()
try:
    I().q = 1
except AttributeError as e:
    print(e)
class J(I):
    __slots__ = ["m", "n"]
    def __init__(self, m): self.m = m
j = J(3); print(j.m, getattr(j, "n", "none"))
print([J() if False else 0 for _ in range(2)])
