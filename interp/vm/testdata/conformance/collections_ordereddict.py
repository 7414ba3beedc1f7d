from collections import OrderedDict
o = OrderedDict()
o["b"] = 1; o["a"] = 2; o["c"] = 3
print(o, list(o), o.popitem(), o.popitem(last=False), o)
o = OrderedDict.fromkeys("abcde")
o.move_to_end("b"); o.move_to_end("e", last=False); print(list(o))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), list(reversed(OrderedDict([(1, 1), (2, 2)]))))
