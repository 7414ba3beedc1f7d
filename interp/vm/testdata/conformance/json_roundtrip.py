import json
values = [0, -1, 1.5, 1e-7, 123456789012345678901234567890, "", "a\"b\\c", [], {}, [None, True], {"nested": {"deep": [1, {"x": "y"}]}}, 0.1, -0.0, 1e16]
for v in values:
    s = json.dumps(v)
    print(s, json.loads(s) == v, type(json.loads(s)).__name__)
print(json.dumps({"b": [1, 2], "a": {"d": 1, "c": 2}}, sort_keys=True, indent=4, separators=(",", ": ")))
