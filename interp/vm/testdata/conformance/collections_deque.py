from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft("ab")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.remove(3); print(d, d.count(1), d.index(4), 4 in d)
b = deque(range(10), maxlen=3); print(b, b.maxlen); b.append(10); b.appendleft(-1); print(b)
d.reverse(); print(d, list(reversed(d)), d.copy() == d, deque() == deque([]))
d.insert(1, "ins"); print(d); d.clear(); print(d)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(repr(deque([1], maxlen=5)), deque("abc") + deque("d"), deque([1, 2]) * 2)
