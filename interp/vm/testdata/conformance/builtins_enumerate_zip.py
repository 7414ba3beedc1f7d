names = ["a", "b", "c"]
ages = [1, 2]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
pairs = list(zip(names, range(10), "xyz"))
print(pairs, list(zip(*pairs)))
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
print(dict(zip("abc", range(3))), list(enumerate([], 5)))
