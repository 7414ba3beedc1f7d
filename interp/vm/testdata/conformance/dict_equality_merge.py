a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {1: "a"} == {1.0: "a"}, {} == dict())
merged = dict(a); merged.update({"z": 3, "x": 10})
print(merged, {**a, **{"x": 0}}, dict(a, w=5))
try:
    a < b
except TypeError as e:
    print(e)
print(len({i: i for i in range(1000)}), sum({i: i for i in range(100)}.values()))
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, len(d))
