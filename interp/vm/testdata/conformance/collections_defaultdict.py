from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d["new"], d)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict(lambda: defaultdict(int))
n["x"]["y"] += 1
print(n["x"]["y"], dict(n["x"]))
z = defaultdict()
try:
    z["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int)), d.get("zz"), "zz" in d)
