import json

docs = [
    '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '1e-2', '123456789012345678901234567890', '0.1',
    'true', 'false', 'null', '"x"', '"esc\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
    '[]', '{}', ' [1, 2 , [3,[]] ] ', '{"a": {"b": [true, false, null]}}',
    '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[1e400, -1e400]', '"héllo"', '\n\t {"k" :\n "v"}\n',
]
for d in docs:
    print(repr(d), repr(json.loads(d)))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONDecoder().raw_decode('xx{"a": 1}', 2))
print(json.loads('"a\tb"', strict=False))

class R:
    def __init__(self, s):
        self.s = s
    def read(self):
        return self.s

print(json.load(R('{"from": "file"}')))

bad = [
    '', ' ', 'x', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}',
    '{1: 2}', "{'a': 1}", '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\\u1234', '"\\ud83d\\uzzzz"', '"a\nb"',
    '[1] x', '1 2', '01', '-', '-x', '1.', '1.e3', '1e', 'tru', 'nul', '\ufeff[]', '[1,\n2,\n  x]', '{"a":\n[1,\n  }',
    '"\\', '[-]', '{"a"', '{"a":', '{"a":1', '[1', '"\\u"', '  \n  \n  ?',
]
for d in bad:
    try:
        print(repr(d), json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
for d in [None, 5, [1]]:
    try:
        json.loads(d)
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
big = {"list": list(range(50)), "nested": [{"i": i, "s": str(i) * 3, "f": i / 7} for i in range(20)]}
s = json.dumps(big, sort_keys=True, indent=2)
print(json.loads(s) == big, len(s))
