class Config:
    DEBUG = False
    LEVELS = ["low", "high"]
    DEFAULT = LEVELS[0]
    @staticmethod
    def describe():
        return "debug=%s default=%s" % (Config.DEBUG, Config.DEFAULT)
print(Config.describe(), Config().describe())
Config.DEBUG = True
print(Config.describe())
def factory(kind):
    class Product:
        label = kind
        def __repr__(self):
            return "Product(%s)" % self.label
    return Product
A = factory("a")
B = factory("b")
print(A(), B(), A is B, A.__qualname__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.idx = Counter.total
cs = [Counter() for _ in range(3)]
print([c.idx for c in cs], Counter.total)
class WithClassCell:
    def who(self):
        return __class__.__name__
print(WithClassCell().who())
x = "module"
class Scoped:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scoped().method(), Scoped.y)
