def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 9])
t = 1, 2, 3
print(lo, hi, t, type(t).__name__, (), (1,), tuple(), tuple([1, 2]))
a = b = c = (1, 2)
print(a is b, a == c, t[::-1], t.index(2), len(t * 3), (1, 2) + (3,), sorted((3, 1, 2)))
nested = ((1, 2), (3, (4, 5)))
(_, _), (x, (y, z)) = nested
print(x, y, z, nested[1][1][0], max(nested), hash(nested) == hash(((1, 2), (3, (4, 5)))))
coords = [(1, 2), (3, 4)]
print([x + y for x, y in coords], dict(coords), list(zip(*coords)))
