# The str method fast paths (py/strascii.go, strbuild.go) against 3.7:
# ascii and non-ascii text, empty strings, negative indexes, identity.
texts = ["", "a", "abc", "Hello World", "  pad  ", "\t\n x \x1c", "héllo", "日本語テキスト", "MiXeD 123", "a|b||c|", "|", "ß straße", "İstanbul", "x\u2028y"]
for s in texts:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isupper(), s.islower())
    print(s.split("|"), s.split("|", 1), s.rsplit("|", 1), s.split(), s.split("l"), s.replace("l", "L"), s.replace("l", ""), s.replace("", "-"), s.replace("l", "LL", 1))
    print(s.find("l"), s.find("l", 3), s.rfind("l"), s.find("語"), s.find(""), s.startswith("H"), s.startswith(("x", "a")), s.endswith("o"), s.startswith("l", 2), s.count("l"))
    print(repr(s[::-1]), repr(s[::2]), repr(s[1:]), repr(s[-2:]), repr(s[:-1]), repr(s[1:4:2]), len(s), [s[i] for i in range(-len(s), len(s))])
    print(repr("-".join([s, s])), repr(s + "!" + s), repr(s * 2), repr(s.strip("Hd ")), s == "abc", s < "b", s >= "héllo", s != "", s > "日")
print("1234567890".isdigit(), "٣".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "\u00a0".isspace(), "é".isalpha(), "a1".isalnum())
t = ""
for ch in "hello":
    t += chr(ord(ch) ^ 1)
print(t, t.upper(), "abc".upper() == "ABC", "ABC".lower())
words = "the quick brown fox".split()
print(words, " ".join(words), "".join(w[0] for w in words), ", ".join(map(str, range(5))))
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
class S(str):
    def upper(self):
        return "S.upper"
s = S("abc")
print(s.upper(), str.upper(s), type(s.lower()).__name__, type(s.strip()).__name__, type(s[:]).__name__, type(s.replace("x", "y")).__name__, s.split("|"), type(s.split("|")[0]).__name__)
print(sorted(["b", "A", "c"], key=str.upper), sorted(["bb", "a", "ccc"], key=len), max(["a", "bb"], key=len))
a = "".join(["AB", "C"])
print(a.strip() is a, a.replace("x", "y") is a, a.split("|")[0] is a, a.split()[0] is a, a[:] is a, a[0:3] is a, (a + "") is a, a.upper() is a, a.lower() is a, "".join([a]) is a)
d = {}
for w in ["a", "b", "a", "c", "b", "a"]:
    d[w] = d.get(w, 0) + 1
pairs = {}
for i in range(5):
    k = (i % 2, "x" if i % 3 else "y")
    pairs[k] = pairs.get(k, 0) + 1
    if k in pairs:
        pairs[k] += 1
print(d, pairs, (0, "x") in pairs, (0, "z") in pairs, (1.0, "x") in pairs, {(1, 2): 3}.get((1, 2)), {(1, (2, 3)): 4}[(1, (2, 3))])
