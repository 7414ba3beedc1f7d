from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), P._make([5, 6]), tuple(p), len(p))
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(9), Q._field_defaults if hasattr(Q, "_field_defaults") else None)
R = namedtuple("R", "def class x", rename=True)
print(R._fields)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Bad", "1x")
except ValueError as e:
    print(e)
class Pt(namedtuple("Pt", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4))
