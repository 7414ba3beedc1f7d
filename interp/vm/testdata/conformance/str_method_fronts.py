# The common str methods' fast fronts (py/strmeth_fast.go) against the
# general wrapper: exact and subclass receivers and arguments, ascii and
# non-ascii text, identity of unchanged results, arity and keyword errors.


class S(str):
    pass


class E(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


texts = ["  hello World  ", "abc", "", " ", "ÉcolE été ", "a\u20acb ", "x\U0001f600y", S(" sub "), "\t\nmix \x0b"]
for s in texts:
    r = [s.upper(), s.lower(), s.strip(), s.lstrip(), s.rstrip()]
    print(ascii(r), [type(x).__name__ for x in r])
    print(s.startswith(""), s.startswith("a"), s.endswith(" "), s.startswith(S(" ")), s.endswith(E("zz")))
    print(s.find("l"), s.find(""), s.find("é"), s.find(S("o")), s.find("\U0001f600"), s.find("b", 1))
    print(ascii(s.replace("l", "L")), ascii(s.replace(" ", "")), ascii(s.replace("", "-")), ascii(s.replace(S("a"), "A")))
    print(ascii(s.split(" ")), ascii(s.split("l")), ascii(s.split("ll")), ascii(s.split(S("o"))))

a = "keep"
print(a.strip() is a, a.lstrip() is a, a.rstrip() is a, a.replace("z", "y") is a, a.upper() is a, a.lower() is a)
b = S("keep")
print(type(b.strip()).__name__, b.strip() is b, type(b.replace("z", "y")).__name__)
print("a|b|c".split("|"), "|".split("|"), "a||".split("|"), "é|b".split("|"))

for call in [
    lambda: "x".upper(1),
    lambda: "x".lower(None),
    lambda: "x".strip(1),
    lambda: "x".strip("x", "y"),
    lambda: "x".startswith(),
    lambda: "x".startswith(1),
    lambda: "x".startswith(("x", 1)),
    lambda: "x".endswith(["x"]),
    lambda: "x".find(),
    lambda: "x".find(1),
    lambda: "x".replace("x"),
    lambda: "x".replace(1, "y"),
    lambda: "x".replace("x", 2),
    lambda: "x".split(""),
    lambda: "x".split(1),
    lambda: "x".split(sep="x"),
    lambda: "x".upper(x=1),
    lambda: "x".find(sub="x"),
    lambda: str.upper(1),
    lambda: str.strip(None),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print("abc".startswith(("z", "a")), "abc".endswith(("c",)), "abc".find("c", -1), "abc".replace("b", "B", 0))
print(str.upper("abc"), str.strip(S(" q ")), str.find("abc", "c"), str.split("a b", " "))
