print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print(list(x for x in "abc"), [[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([list(col) for col in zip(*matrix)])
print(sum([[1], [2, 3]], []), [y for x in matrix for y in x if y % 2])
n = 10
print([n * i for i in range(3)])
print(sorted({v: k for k, v in {"a": 1, "b": 2}.items()}.items()))
print([i for i in range(3)] == list(range(3)), [[]] * 2)
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]], {len(w) for w in words})
print(dict(zip("abc", range(3))), list(enumerate("xy", start=1)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(None, [0, 1, "", "a", None])), list(map(pow, [2, 3], [3, 2])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), list(zip()), list(zip([1, 2, 3], "ab")))
