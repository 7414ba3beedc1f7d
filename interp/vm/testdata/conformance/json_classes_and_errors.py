import json
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt):
            return {"__pt__": [o.x, o.y]}
        return super().default(o)
s = json.dumps({"p": Pt(1, 2), "l": [Pt(3, 4)]}, cls=Enc, sort_keys=True)
print(s)
back = json.loads(s, object_hook=lambda d: Pt(*d["__pt__"]) if "__pt__" in d else d)
print(back["p"].x, back["l"][0].y)
try:
    json.dumps(Pt(0, 0))
except TypeError as e:
    print(e)
print(json.loads('[{"a": 1}]', object_pairs_hook=lambda pairs: pairs))
print(json.dumps("\u2603\x00\t"), json.dumps("\u2603", ensure_ascii=False), json.dumps({"a": float("-inf")}))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps([1, [2, [3]]], indent=1))
