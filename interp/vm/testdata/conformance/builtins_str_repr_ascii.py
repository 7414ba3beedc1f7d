for v in [1, 1.5, "s", b"b", [1, "a"], (1,), {1: "x"}, {1}, None, True, range(2), slice(1), 1j, frozenset([1]), set(), object, len]:
    print(repr(v), str(v), ascii(v))
print(ascii("ñ\u2603\U0001f600"), repr("ñ\u2603"), str(b"\xff"), format(5), format("a", "3") + "|")
print(chr(0), repr(chr(0)), ord("\n"), chr(0x10FFFF) == "\U0010ffff")
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
