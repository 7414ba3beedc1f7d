d = dict(a=1, b=2)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])), dict([(1, 2)], k=3))
print({**d, "x": 100}, {1: "a", 1.0: "b", True: "c"})
e = d.copy(); e.clear(); print(e, d == {"b": 2, "x": 1, "y": 2, "z": 3})
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    {[]: 1}
except TypeError as ex:
    print(ex)
