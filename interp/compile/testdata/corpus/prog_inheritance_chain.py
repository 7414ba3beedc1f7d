class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError

    def describe(self):
        return '%s with %d sides and area %.2f' % (type(self).__name__, self.sides, self.area())


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


for shape in (Rect(2, 3), Square(4), Triangle(3, 4, 5)):
    print(shape.describe(), isinstance(shape, Rect), Square.__mro__[1].__name__)
