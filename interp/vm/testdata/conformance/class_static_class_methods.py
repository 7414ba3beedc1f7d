class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_str(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_str("2020-02-29"), MyDate.from_str("1999-1-2"), Date.is_leap(1900), Date(1, 1, 1).is_leap(2000))
print(type(Date.__dict__["from_str"]).__name__, type(Date.__dict__["is_leap"]).__name__)
sm = staticmethod(len); cm = classmethod(lambda c: c.__name__)
class Z:
    f = sm
    g = cm
print(Z.f("abc"), Z().g(), Z.g())
