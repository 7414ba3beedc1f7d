# str methods' argument checking (3.7's parsers and their messages), the
# index arguments of find/count/..., and format_map with any mapping.

names = sorted(n for n in dir(str) if not n.startswith("_") and n != "maketrans")
for n in names:
    f = getattr("ab", n)
    for args in ((), (1,), ("x",), ("x", "y"), ("x", "y", 1), (1, 2, 3, 4)):
        try:
            r = f(*args)
            print(n, args, "ok")
        except Exception as e:
            print(n, args, type(e).__name__, e)

class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
class M:
    def __getitem__(self, k):
        if k == "bad":
            raise KeyError(k)
        return k * 2
print("{a}-{b}".format_map(D(a=1)), "{x}{y:>4}".format_map(M()), "{x:{y}}".format_map({"x": 5, "y": "03"}))
for fmt, m in (("{0}", {}), ("{}", {}), ("{bad}", M()), ("{a}", {}), ("{a.real}", {"a": 3}), ("{a[0]}", {"a": "xy"})):
    try:
        print(repr(fmt.format_map(m)))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 3

    def __int__(self):
        return 4


for a in (1.5, True, None, "1", 2 ** 80, -2 ** 80, I()):
    for f in ("ab\ncd".splitlines, "a\tb".expandtabs):
        try:
            print(f.__name__, repr(a) if not isinstance(a, I) else "I", repr(f(a)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print("abcabc".find("c", True), "abcabc".find("c", 2 ** 80), "abcabc".find("c", -2 ** 80), "abcabc".count("c", None, I()))
print("abcabc".rfind("c", 0, -1), "abcabc".index("b", 2), "abcabc".startswith("c", 2, I()), "abcabc".endswith(("x", "c"), None, None))
print(" xy ".strip(None), "xyx".strip("x"), "xyx".lstrip("x"), "xyx".rstrip("x"))
