s = {5, 3, 9, 1, 7, 100, 64, 33, 1000, -1, -7}
print(s)
print({1, 2, 3} | {10, 20}, {x * 7 for x in range(12)}, set(range(20, 0, -3)))
t = set()
for i in [17, 4, 31, 8, 2, 65]:
    t.add(i)
print(t)
t.discard(4); t.remove(31); print(t, t.pop(), t)
print(frozenset([3, 2, 1]), set([2 ** 40, 2 ** 20, 3]), {-5, -1, 0, 8})
print(set(), frozenset(), {(1, 2), (0,)} == {(0,), (1, 2)})
