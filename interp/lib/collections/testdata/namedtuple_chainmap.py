from collections import namedtuple, ChainMap, OrderedDict
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__, repr(Point))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'a, def, a, _b', rename=True)
print(R._fields)
for bad in [('1x', 'a'), ('T', 'class'), ('T', 'a _b'), ('T', 'a a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
print(sorted([Point(2, 1), Point(1, 5)]))
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm)
c2 = cm.new_child(); c2['z'] = 0
print(c2, c2.parents, c2.maps)
cm['b'] = 9; print(cm)
try:
    cm['q']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), cm.get('q', 'dflt'))
