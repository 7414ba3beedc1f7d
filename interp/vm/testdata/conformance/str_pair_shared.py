# Two-character ascii strs are shared objects; every way of making one
# must still give a plain str with the right text, length, hash and
# type, whatever it was made from (subclasses, non-ascii neighbours).


class S(str):
    pass


class T(str):
    def __add__(self, other):
        return "T+" + str.__add__(self, other)


words = ["alpha", "beta", "gamma", "ab", "a", "", "héllo", "日本語", "x\udcff"]
out = []
for w in words:
    out.append(w[:2])
    out.append(w[-2:])
    out.append(w[1:3])
    out.append(w[::2][:2])
print(out)
print([len(x) for x in out], [type(x).__name__ for x in out])
s = S("abcd")
print(repr(s[:2]), type(s[:2]).__name__, type(s[1:3]).__name__)
print(repr(S("ab")[:]), type(S("ab")[:]).__name__)
t = ""
for ch in "qz":
    t += ch
print(t, type(t).__name__, len(t), t == "qz", hash(t) == hash("qz"))
print(repr("a" + S("b")), type("a" + S("b")).__name__)
print(repr(S("a") + "b"), type(S("a") + "b").__name__)
print(repr(T("a") + "b"))
print(repr("é" + "a"), repr("a" + "é"), len("é" + "a"))
d = {}
for w in ["xy", "x" + "y", "axy"[1:], "{}{}".format("x", "y"), "%s" % "xy", str("xy"), "".join(["x", "y"])]:
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted({"ab"[:2], "ba"[::-1], "abc"[:-1]}))
print("ab".upper(), "AB".lower(), "a b".split(" "), "-".join("ab"))
print(bytes("ab", "ascii").decode(), "\x00\x7f"[:2] == "\x00\x7f", len("\x00\x7f"))
x = "hello"[1:3]
y = x + ""
print(x, y, x == y, x.startswith("el"), x.find("l"))
import sys
print(sys.intern("ab"[:2]) == "ab")
