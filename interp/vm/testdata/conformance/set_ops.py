a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}), a == {4, 3, 2, 1})
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference([1, 9]))
c = set(a); c |= b; c &= {1, 5, 7}; c -= {7}; c ^= {2}; print(c)
c.update([10, 11]); c.intersection_update(range(5, 20)); print(c)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {[]}
except TypeError as e:
    print(e)
f = frozenset(a)
print(f | b, type(f | b).__name__, type(b | f).__name__, hash(f) == hash(frozenset([1, 2, 3, 4])), {f: 1}[frozenset(a)])
