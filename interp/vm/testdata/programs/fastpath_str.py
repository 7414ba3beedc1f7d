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
# long strings built with += share spare room; every snapshot must stay intact
s = "start:"
snaps = []
for i in range(3000):
    s += str(i % 10)
    if i % 500 == 0:
        snaps.append(s)
        branch = snaps[-1] + "<b>"
        snaps.append(branch)
t = s
s += "!"
u = t + "?"
print(len(s), len(t), len(u), s[-3:], t[-3:], u[-3:], [len(x) for x in snaps], [x[-4:] for x in snaps])
big = ""
for i in range(2000):
    big = big + "é" if i % 2 else big + "e"
print(len(big), big[:6], big[-4:], big.count("é"))
d={}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", []), d)
for args in [(), (1,2,3)]:
    try:
        d.setdefault(*args)
    except TypeError as e:
        print(e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
# lone surrogates through the fast paths
s = "a\ud800b"
t = "x\udcffy"
for v in [s + t, "".join([s, t, "z"]), f"{s}|{t}", s[1], s[::-1], s[::2], (s + "é").split("b"), s.replace("a", "q"), "-".join([t]), "%s!" % s, "{}{}".format(s, t), s * 2, (s + "q")[1:3]]:
    print(ascii(v), len(v) if isinstance(v, str) else len(v))
print(ascii(chr(0xd800)), ascii(chr(0xdcff) + "a"), [ascii(c) for c in s + t], ord(s[1]))
