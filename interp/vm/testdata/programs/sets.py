s = {5, 3, 1, 3, 9}
print(s, len(s), 3 in s, 4 in s)
s.add(100); s.add(7); s.discard(5); s.discard(42)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10, 11]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([1, 99]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, a.isdisjoint({7, 8}), a.issubset(range(10)))
print(set(range(20)), set([40, 10, 30, 20]), set("ab") == {"a", "b"})
print({x % 7 for x in range(30)}, {i * 16 for i in range(10)})
print(set(), frozenset(), frozenset([3, 1, 2]), {frozenset([1])})
big = set(range(0, 200, 7))
print(big)
big -= set(range(0, 200, 2))
print(big)
c = {1, 2, 3}
c |= {10}
c &= {1, 10, 3}
print(c, sorted(c), c.pop(), c)
neg = {-1, -2, -3, 2**62, 2**64, 0}
print(neg)
print({1.5, 2.5, 1.0, 0.5})
print({(1, 2), (3, 4), (1, 2)})
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
d = {}
for i in [33, 1, 65, 97, 8, 16, 24]:
    d[i] = i
print(set(d), set(d.keys()) == set(d))
s2 = {i for i in range(100)}
for i in range(0, 100, 3):
    s2.discard(i)
print(s2)
s2.update(range(200, 210))
print(len(s2), min(s2), max(s2))
