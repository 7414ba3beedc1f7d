class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)
    def __repr__(self):
        return "%s%r" % (type(self).__name__, tuple(vars(self).values()))
class Circle(Shape):
    def __init__(self, r):
        self.r = r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
print(sorted(Shape.registry), Shape.create("circle", 2), Shape.create("rect", 3, 4))
try:
    Shape.create("hexagon")
except KeyError as e:
    print("unknown", e)
