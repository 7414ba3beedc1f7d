from collections import OrderedDict
o = OrderedDict(a=1, b=2)
print(o.keys(), o.values(), o.items(), list(reversed(o.keys())), len(o.keys()), 'a' in o.keys(), ('a', 1) in o.items(), 2 in o.values())
print(o.keys() == {'a', 'b'}, o.keys() & {'a'}, sorted(o.keys() | {'z'}))
for k, v in o.items(): print(k, v)
print(list(o), dict(o), o == dict(a=1, b=2))
o.update([('c', 3)], d=4); print(o)
print(OrderedDict(o) == o, OrderedDict(reversed(list(o.items()))) == o)
