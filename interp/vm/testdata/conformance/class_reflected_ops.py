class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "M(%r)" % self.v
    def __radd__(self, o):
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __rmod__(self, o):
        return M(o % self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
print(1 + M(2), 10 - M(3), 3 * M(4), 1 / M(4), 2 ** M(10), 17 % M(5), 17 // M(5), sum([M(1), M(2)], 0) if False else sum([1, 2], 0))
print(sum([1, 2, 3], M(0)) if False else "sum start")
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
