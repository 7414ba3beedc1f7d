d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d.update({"d": 4}, e=5)
print(d)
print(d.pop("a"), d.pop("zz", None), d.setdefault("b", 99), d.setdefault("f", 6), d)
del d["b"]
print(d, d.popitem(), d)
d2 = dict(a=1, b=2)
d3 = dict([("x", 1), ("y", 2)])
d4 = dict.fromkeys("abc", 0)
print(d2, d3, d4, dict(d2, c=3), {**d2, **d3})
sq = {x: x * x for x in range(6)}
print(sq, {k: v for k, v in sq.items() if v % 2 == 0})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"x": {"y": [1, 2]}}
nested["x"]["y"].append(3)
print(nested)
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "tuple key", None: "none"}[(1, 2)])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
e = {}
e[3] = 1; e[1] = 2; e[2] = 3
del e[1]
e[1] = 4
print(e, list(e))
print(d == {"c": 3, "d": 4, "e": 5}, {} == {}, {1: 2} != {1: 3})
x = {"k": 1}
for k in x:
    print(k, x[k])
try:
    for k in x:
        x["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({"b": 1, "a": 2}), max({"b": 1, "a": 2}))
