@dataclass
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    y: int = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin(): return Point(0, 0)
