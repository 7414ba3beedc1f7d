# Object workload: classes with __init__, methods, inheritance and super(),
# __slots__ classes, properties, attribute reads/writes, isinstance.
# Modules: none.
N = 370000


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        self._w = value
        self.moves += 1

    def area(self):
        return self._w * self._h


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"

    def area(self):
        return self.w * self.w


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

    @staticmethod
    def twice(v):
        return v * 2


def main():
    acc = Vec(0, 0)
    step = Vec(1, 2)
    dots = 0
    areas = 0
    shapes = [Rect(2, 3), Square(4), Rect(5, 1), Shape("blob")]
    for i in range(N):
        acc = acc.add(step.scale(i % 7))
        dots += acc.dot(step) % 1000
        s = shapes[i % 4]
        areas += s.area()
        if isinstance(s, Rect):
            s.w = (s.w % 9) + 1
        Counter.bump()
        dots += Counter.twice(i & 3)
    names = ",".join(s.describe() for s in shapes)
    moves = sum(getattr(s, "moves", 0) for s in shapes)
    print("oop", N, acc.x, acc.y, dots, areas, moves, Counter.count, names)


main()
