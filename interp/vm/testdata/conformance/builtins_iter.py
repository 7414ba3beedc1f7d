print(list(enumerate("abc")), list(enumerate("ab", 10)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a")))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, range(4))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), sorted({3: 0, 1: 0}), sorted("cba", reverse=True))
print(all([]), any([]), all([1, 0]), any([0, 2]), all(x > 0 for x in [1, 2]), any(iter([])))
it = iter(range(3))
print(next(it), list(it), next(it, "dflt"))
print(len([1]), len("ab"), len({1: 2}), len(range(5)), len(b"abc"))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(iter([])).__name__, type(iter("")).__name__, type(reversed([])).__name__)
