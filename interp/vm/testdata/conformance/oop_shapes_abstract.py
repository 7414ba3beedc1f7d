import math
class Shape:
    def area(self):
        raise NotImplementedError("%s must define area" % type(self).__name__)
    def describe(self):
        return "%s with area %.3f" % (type(self).__name__, self.area())
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Blob(Shape):
    pass
shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(isinstance(Square(1), Shape), [c.__name__ for c in Square.__mro__])
