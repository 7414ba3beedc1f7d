d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a", "b"} == {"c", "d"}, sorted(k ^ {"a", "q"}))
del d["b"]
print(list(k))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
print(reversed is not None, isinstance(k, type({}.keys())))
