# s.split(c) for a one-byte separator finds the separators a word at a
# time, the last len%8 bytes from one more word read back from the end:
# every length up to and past the 128-byte bound, separators in every
# position (ends, runs, the overlapped tail), non-ascii text, subclasses.
for n in range(0, 40):
    for pat in ("|", "ab|", "|ab", "||a", "a"):
        s = (pat * n)[:n]
        p = s.split("|")
        assert "|".join(p) == s, (n, pat, s, p)
        assert p == s.split("|", -1) == [x for x in s.split("|")], (n, pat)
    print(n, "|".join(repr(x) for x in ("x|" * n)[:n].split("|")[-3:]))
for n in (120, 127, 128, 129, 130, 200):
    s = ("a|b" * n)[:n]
    p = s.split("|")
    print(n, len(p), p[:2], p[-2:], "|".join(p) == s)
    s = "|" * n
    print(n, len(s.split("|")), set(s.split("|")))
print("00042|gamma|GAMMA| 12|6.000".split("|"))
print("é|ü||€".split("|"), "|é".split("|"), "é|".split("|"), "abcdefg\xe9|".split("|"))
print([len(x) for x in "ab|cd€|x\u1234y|".split("|")], "x€y".split("\x82"))
print("a\x00b\x00".split("\x00"), "\x00".split("\x00"), "12345678\x00".split("\x00"))
print("a b  c ".split(" "), "1,2,3,4,5,6,7,8,9".split(",", 3), "a|b".split("|", 0))
class S(str):
    pass


for t in (S(""), S("x"), S("a|b"), S("abcdefghij|"), S("é|x")):
    p = t.split("|")
    print(p, [type(x).__name__ for x in p], type(p).__name__)
p = "aa|bb|cc|dd".split("|")
q = p[1]
p.append("ee")
del p[0]
print(p, q, q == "bb", q.upper(), hash(q) == hash("bb"), q is not "bb")
print("é€".split("|"), ["é€"] == "é€".split("|"), "é€|".split("|")[0].encode())
print([x.isascii() if hasattr(x, "isascii") else None for x in "a|é".split("|")])
try:
    "a|b".split("")
except ValueError as e:
    print("ValueError", e)

# A subclass instance shorter than the separator, or of a narrower kind, is
# its own one piece; an exact str that splits nothing is too.
for t, sep in [(S(""), "|"), (S("ab"), "abc"), (S("ab"), "€"), (S("ab"), "é"), (S("é"), "€"), (S("€x"), "\U0001F600"), (S("€"), "ü"), (S("abc"), "abc"), (S("abcd"), "xy"), (S(""), "xy")]:
    p = t.split(sep)
    print(repr(t), repr(sep), p, type(p[0]).__name__, p[0] is t)
    p = t.split(sep, 1)
    print(p, type(p[0]).__name__, p[0] is t)
    p = t.rsplit(sep)
    print(p, type(p[0]).__name__, p[0] is t)
s = "abc"
print(s.split("x", 1)[0] is s, s.rsplit("x", 1)[0] is s, s.split("b", 0)[0] is s, s.rsplit("b", 0)[0] is s, s.split("x")[0] is s, s.split("xyzw")[0] is s)
t = S("abc")
print(t.split("x", 1)[0] is t, t.split("b", 0)[0] is t, t.rsplit("bcde", 0)[0] is t, t.split("abcd", 2)[0] is t)
class B(bytes): pass
b = B(b"a,b")
print(b.split(b","), b.rsplit(b",", 1), B(b"").split(b","), B(b"x").split(b","), B(b"x").split(b"xyz"), type(B(b"x").split(b"xyz")[0]))
print(b.split(), B(b"a b").rsplit(), type(B(b"ab").split()[0]))
s = S("a b")
print(s.split(), s.rsplit(), type(S("ab").split()[0]), S("ab").split()[0] is S("ab"), str.split(S("x"), "xy"), type(str.split(S("x"), "xy")[0]))
print(S("a|b|c").split("|", 1), S("a|b|c").rsplit("|", 1), S("a|b").split(sep="|"), S("a").split(sep="ab"), type(S("a").split(sep="ab")[0]))
print(S("abc").split("b", 0), type(S("abc").split("b", 0)[0]), type(S("abc").rsplit("b", 0)[0]), type(S("abc").split("x")[0]))
