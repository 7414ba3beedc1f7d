# An int subclass is its own index: __index__ is not called for it (3.7's
# PyNumber_Index), by bin/hex/oct, indexing, range and operator.index.
class I(int):
    def __index__(self):
        return 99
    def __pos__(self):
        return 77
i = I(5)
print(bin(i), hex(i), oct(i), [0,1,2,3,4,5,6][i], range(10)[i], "%x" % i, format(i, "b"), (10).__index__())
import operator
print(operator.index(i), type(operator.index(i)).__name__, list(range(i)))


class J(int):
    pass


class K:
    def __index__(self):
        return 3


print(bin(J(6)), hex(K()), [1, 2, 3, 4][K()], operator.index(K()), operator.index(True))
for bad in (1.5, "x"):
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError", e)
