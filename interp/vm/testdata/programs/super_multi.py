class A:
    def __init__(self, **kw):
        self.trail = ["A"]
        super().__init__(**kw)
class B(A):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.trail.append("B%d" % b)
class C(A):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.trail.append("C%d" % c)
class D(B, C):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("D")
d = D(b=1, c=2)
print(d.trail, [k.__name__ for k in D.__mro__])
class Base:
    @classmethod
    def make(cls):
        return cls()
    def name(self):
        return "Base"
class Sub(Base):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.extra = True
        return obj
    def name(self):
        return "Sub<" + super().name() + ">"
s = Sub.make()
print(type(s).__name__, s.extra, s.name())
class Str2(str):
    def shout(self):
        return self.upper() + "!"
x = Str2("hey")
print(x, x.shout(), len(x), isinstance(x, str)) if False else print("str subclass skipped")
class P:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
p = P()
print(p.get(), p._P__secret, hasattr(p, "__secret"))
