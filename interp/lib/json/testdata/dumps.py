import json

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

values = [
    None, True, False, 0, -17, 10**30, 1.5, 0.1, 1e16, 1e-7, -0.0, 3.0, 1e300 * 10, float('-inf'),
    "", "plain", 'quo"te', "back\\slash", "ctl\n\r\t\b\f\x00\x1f\x7f", "héllo wörld", "€", "\U0001f600", "/",
    [], {}, [1, [2, [3, []]]], (1, 2), {"a": 1, "b": [1, 2, {"c": None}]},
    {1: "int", 2.5: "float", True: "t", False: "f", None: "n"}, MyInt(5), MyFloat(2.5), [MyInt(3)],
    {"z": 1, "a": 2, "m": {"y": 1, "b": 2}},
]
for v in values:
    print(json.dumps(v))
print(json.dumps(values, indent=2))
print(json.dumps(values[-1], indent=4, sort_keys=True))
print(json.dumps(values[-1], indent="\t"))
print(json.dumps(values[-1], indent=0))
print(json.dumps(values[-1], indent=""))
print(json.dumps([1, {"a": []}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(", ", " = ")))
print(json.dumps("héllo €\U0001f600", ensure_ascii=False))
print(json.dumps({"é": "ü"}, ensure_ascii=False, sort_keys=True))
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"p": Pt(1, 2)}, default=lambda o: [o.x, o.y], indent=1))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=1).encode([{1, 2}]))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": None}))
print(list(json.JSONEncoder().iterencode([1, "a"])))

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = W()
json.dump({"k": [1, 2.5, None]}, w)
print("".join(w.parts))
w = W()
json.dump([1, 2], w, indent=1)
print(repr("".join(w.parts)))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: json.dumps(Pt(1, 2)))
err(lambda: json.dumps({"a": {1, 2}}))
err(lambda: json.dumps(b"bytes"))
err(lambda: json.dumps({(1, 2): 3}))
err(lambda: json.dumps(float("nan"), allow_nan=False))
err(lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
err(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
a = []
a.append(a)
err(lambda: json.dumps(a))
d = {}
d["d"] = d
err(lambda: json.dumps(d, indent=1))
print(json.dumps(float("nan")), json.dumps([float("inf"), float("-inf")]))
