def init(self, v):
    self.v = v
Point = type("Point", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 7})
p = Point(21)
print(Point.__name__, p.double(), Point.k, type(p) is Point, type(Point), Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub(1).double(), Sub.__mro__[1].__name__, isinstance(Sub(1), Point))
print(type(5), type("x"), type(type), type(int)(7), type(None)())
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    a = 1
    def m(self):
        pass
w = W()
print(W.created_by, type(W).__name__, isinstance(W, Meta))
class W2(W):
    pass
print(type(W2).__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
