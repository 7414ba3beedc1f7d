import itertools as it
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = it.tee("ab", 3)
print(list(x), list(y), list(z), len(it.tee([], 0)))
