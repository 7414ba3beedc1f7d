class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point()

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)


print(Point(1, 2) + Point.from_tuple((3, 4)), Point(3, 4).norm)
