from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(99); print(b)
b.appendleft(-1); print(b)
print(deque(), deque(maxlen=0), repr(deque('xy')))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
d = deque([1, 2, 3, 2])
print(d.index(2), d.count(2), 2 in d, 7 in d)
d.remove(2); print(d)
d.insert(1, 'x'); print(d)
d.reverse(); print(d)
print(list(reversed(d)), list(d))
d[0] = 'first'; del d[1]; print(d)
c = d.copy(); c.clear(); print(c, d)
print(d + deque([5]), d * 2)
for args in [(), ([],), ]:
    pass
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    deque([1]).index(5)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print('IndexError', e)
try:
    hash(deque())
except TypeError as e:
    print('TypeError', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1]); d.append(d); print(d)
class D(deque):
    pass
print(D([1, 2]), isinstance(D(), deque), type(deque).__name__, deque.__module__)
print(bool(deque()), bool(deque([0])))
q = deque(); q += [1, 2]; print(q)
