from collections import defaultdict, Counter, OrderedDict
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['zz'], len(d))
print(defaultdict(), defaultdict(int, {'x': 1}), defaultdict(None, a=1))
dd = defaultdict(int)
for w in 'the quick the lazy the'.split():
    dd[w] += 1
print(sorted(dd.items()), dd.default_factory)
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(d, dict), type(d), d.copy())
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c['z'])
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, c=2))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({'x': 0}), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(['b', 'a', 'b', 'c', 'a']).most_common(1))
c = Counter(x=1); c += Counter(x=2, y=-1); print(c)
del c['nope']; print(c)
print(Counter('hello') == Counter('olleh'), sum(Counter('aab').values()))
o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o))
o.move_to_end('b'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]) == OrderedDict([('y', 2), ('x', 1)]))
print(OrderedDict([('x', 1), ('y', 2)]) == {'y': 2, 'x': 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
