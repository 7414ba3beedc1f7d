class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C(B):
    def __str__(self):
        return "C-str"
print(repr(B()), str(B()), repr(C()), str(C()), [C()], "%s %r" % (C(), C()), f"{C()!r}")
print(A.__name__, A.__qualname__, A.__module__, type(A()).__name__, repr(A).startswith("<class '__main__.A'"))
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
