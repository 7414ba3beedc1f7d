class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + format(self.c / 100, spec[:-1] or ".2f")
        return format(self.c, spec)
m = Money(12345)
print(format(m, "$"), format(m, ",.1f$"), format(m, ">10"), f"{m:$}", "{:08d}".format(m))
class Ind:
    def __index__(self):
        return 3
import operator
print([10, 20, 30, 40][Ind()], bin(Ind()), hex(Ind()), "ab" * Ind(), range(Ind()), operator.index(Ind()))
class F:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 9
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return "rounded %s" % n
print(float(F()), int(F()), complex(F()), round(F()), round(F(), 2))
