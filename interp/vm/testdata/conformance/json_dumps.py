import json
print(json.dumps({"a": [1, 2.5, None, True, False], "b": "é\n\"", "c": {}}))
print(json.dumps([1, "x"], indent=2), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "f", None: 0, True: 1}), json.dumps([float("inf"), float("nan")]), json.dumps(1e100), json.dumps(10 ** 30))
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([[]], indent=0), json.dumps((1, 2)), json.dumps({"k": [1, {"z": None}]}, indent="\t"))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps(object, default=lambda o: "custom"))
