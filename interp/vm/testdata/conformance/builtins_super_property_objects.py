p = property(lambda s: 1, doc="prop doc")
print(type(p).__name__, p.__doc__, p.fget(None), p.setter(lambda s, v: None).fset is not None)
sm = staticmethod(lambda: "sm"); cm = classmethod(lambda c: c)
print(sm.__func__(), type(cm.__func__).__name__)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super().f()
s = super(B, B())
print(s.f(), repr(s)[:20], super(B, B).f(B()))
try:
    super(B, A()).f()
except TypeError as e:
    print(e)
print(object().__class__ is object, type(object.__new__).__name__, object.__doc__[:20])
