d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k, len(k), "a" in k, list(k))
d["d"] = 4
print(k, d.values(), d.items())
print(k & {"a", "z"} == {"a"}, sorted(k | {"x"}), sorted(k - {"a"}), ("a", 1) in d.items(), 4 in d.values())
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d, key=d.get), max(d, key=lambda x: d[x]), dict(sorted(d.items(), reverse=True)))
inv = {v: k for k, v in d.items()}
print(inv)
nested = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    nested.setdefault(word[0], []).append(word)
print(nested)
print(list(zip(d.keys(), d.values())) == list(d.items()))
d2 = d.copy()
d2.clear()
print(d2, d, d.get("zz", "default"))
print({**{"a": 1}, "b": 2, **{"a": 3}})
