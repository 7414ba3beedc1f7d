class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist2(self):
        return self.x ** 2 + self.y ** 2

p = Point(1, 2)
q = Point(3, 4)
print(p, repr(p), [p, q], p + q, (p + q).dist2(), Point.count)
print(p == Point(1, 2), p != q, p is p, {p, Point(1, 2)} == {p}, len({p, Point(1, 2), q}))
print(Point.__doc__, Point.__name__, type(p).__name__, type(p) is Point, isinstance(p, Point))
print(p.__dict__, hasattr(p, "x"), getattr(p, "z", "none"))
p.z = 9
setattr(p, "w", 10)
delattr(p, "x")
print(sorted(vars(p).items()))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__class__.__name__, str(type(e)) == "<class '__main__.Empty'>")
print(type(3), type("s"), type([]), type(None), type(type), type(len), type(Point.dist2))
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)

class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttr(), WithClassAttr()
a.add(1); b.add(2)
print(WithClassAttr.items, a.items is b.items)
m = p.dist2
print(m.__name__, m.__self__ is p, m())
