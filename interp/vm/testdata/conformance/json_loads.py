import json
d = json.loads('{"a": [1, 2.0, -3e2, null, true, false], "b": "\\u00e9\\n", "c": {"nested": []}}')
print(d, type(d["a"][1]).__name__, json.loads("123"), json.loads('"s"'), json.loads(" [ ] "), json.loads("1e400"), json.loads("NaN"))
for bad in ['{"a": }', "[1,]", "", "{'a': 1}", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1]", parse_int=float), json.loads('{"a":1,"a":2}'))
print(json.loads(json.dumps({"round": [1, "trip", None]})), issubclass(json.JSONDecodeError, ValueError))
