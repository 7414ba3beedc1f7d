import builtins
original = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    print("building", name, [b.__name__ for b in bases], sorted(kw), type(func).__name__, func.__name__)
    cls = original(func, name, *bases, **kw)
    print("built", cls.__name__, sorted(k for k in vars(cls) if not k.startswith("__")))
    return cls
builtins.__build_class__ = tracing
class A:
    x = 1
    def m(self):
        return "m"
class B(A, metaclass=type):
    y = 2
builtins.__build_class__ = original
class C:
    pass
print(B().m(), B.x, B.y, C.__name__)
Empty = original(lambda: None, "Empty")
print(Empty.__name__, Empty.__bases__, type(builtins.__build_class__).__name__)
try:
    original(1, "X")
except TypeError as e:
    print(e)
