from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
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
shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), Square.__mro__[2].__name__, Shape.__abstractmethods__)
