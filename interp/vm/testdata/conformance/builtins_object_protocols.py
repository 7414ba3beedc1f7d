class Item:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", o)
    __hash__ = None
print(Item(1) == 1, Item(1) in [Item(1)], [Item(2)].count(2), [1, 2, 3].index(Item(2)))
try:
    {Item(1)}
except TypeError as e:
    print(e)
print(object.__eq__(1, 1), object.__eq__(1, 2), object().__ne__(None), int.__add__(1, 2), str.__len__("abc"), list.__getitem__([9], 0))
print(int.__add__(1, 1.5), (1).__radd__(2), (3).__truediv__(2), "a".__mul__(3), [].__class__, ().__class__.__name__)
