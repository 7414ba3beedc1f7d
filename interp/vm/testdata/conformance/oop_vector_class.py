import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
v = Vector(3, 4)
print(v + Vector(1, 1), v * 2, 2 * v, v * v, abs(v), list(v), v[1], tuple(v), {v, Vector(3, 4)}, v == (3, 4))
x, y = v; print(x, y, "%s|%s" % tuple(v))
