import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'bytepy', 'versions': [3, 7, 16], 'nested': {'z': 1, 'a': [1, 2, {'k': 'v'}], 'm': (1,)},
        'tags': {30, 10, 20}, 'frozen': frozenset([3, 1, 2]), 'empty': {}, 'elist': [], 'etuple': (),
        10: 'int key', 'long': 'word ' * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=20, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
print(pprint.pformat(data, width=60, compact=True))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat([[1, 2, 3]] * 6, width=20, compact=True))
print(pprint.pformat((1,), width=1), pprint.pformat((1, 2), width=3))
print(pprint.pformat({'b': 2, 'a': 1}), pprint.pformat({3: 'x', 1: 'y', 'a': 0}))
print(pprint.pformat("a fairly long string " * 8, width=40))
print(pprint.pformat(["a fairly long string " * 8, 'x\ny\n' * 10], width=40))
print(pprint.pformat({'key': "a fairly long string " * 4}, width=30))
print(pprint.pformat('nospaces' * 20, width=30))
od = OrderedDict([('z', 1), ('a', [1] * 30)])
print(pprint.pformat(od, width=30))
dd = defaultdict(list, {'x': list(range(20)), 'a': [1]})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(Counter('abracadabra' * 3), width=20))
print(pprint.pformat(deque(range(30)), width=30))
print(pprint.pformat(deque(range(30), maxlen=40), width=30))
print(pprint.pformat(set(range(30)), width=30), pprint.pformat(frozenset('abcdefghijklmnopqrstuvwxyz'), width=40))
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).replace(hex(id(rec)), 'ID').split('id=')[0], pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.pformat(d).split('id=')[0], pprint.isreadable(d), pprint.isreadable({'a': 1}), pprint.isreadable(object()))
print(pprint.saferepr({'b': [1, {'d': 2, 'c': 3}], 'a': (1,)}))
print(pprint.pformat([1, 'two', None, 3.5, {1, 2}, b'bytes', 2 + 3j, object], width=20))
print(pprint.pformat({(1, 2): 'tuple key', 'str': 1, 3: 'int'}, width=20))


class Pt:
    def __repr__(self):
        return 'Pt(%s)' % ('x' * 30)


print(pprint.pformat([Pt(), Pt()], width=20))
pp = pprint.PrettyPrinter(indent=2, width=25)
pp.pprint({'alpha': list(range(8)), 'beta': {'gamma': 'delta' * 3}})
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat(list(range(12)), width=10, depth=1), pprint.pformat([[[[1]]]], depth=2))
