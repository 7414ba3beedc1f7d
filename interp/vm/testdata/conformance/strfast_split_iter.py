# str.split with a separator (ascii pieces in one block, empty and
# one-char pieces shared), iteration over ascii and non-ascii strs, and
# the one empty str.


class S(str):
    def split(self, sep=None, maxsplit=-1):
        return ["S.split", sep]


class T(str):
    pass


def splits():
    line = "00005|gamma|GAMMA|  5|0.714"
    parts = line.split("|")
    print(parts, len(parts), [type(p).__name__ for p in parts])
    for s, sep in (("a||bc|d", "|"), ("|x|", "|"), ("||", "|"), ("abc", "|"), ("", "|"),
                   ("a::b::::c", "::"), ("a:::b", "::"), ("xyxyx", "xyx"), ("é|ab|c", "|"),
                   ("ab|é|c", "|"), ("a€b€", "€"), ("a\udc80|bc", "|"), ("1 2  3", " ")):
        p = s.split(sep)
        print(repr(s), repr(sep), p, [x is "" for x in p], [len(x) for x in p])
    for s in ("|" * 23, "|" * 24, "|" * 25, "a|" * 30, "é|" * 30, "x" * 127 + "|y", "x" * 128 + "|y"):
        p = s.split("|")
        print(len(p), p[:3], p[-2:], len(s.split("|")[0]))
    p = "a||bc|d".split("|")
    print(p[1] is "", p[0] is "a", p[3] is "d", p[2] == "bc", hash(p[2]) == hash("bc"))
    p[2] += "x"
    p.append("y")
    print(p, "".join(p), "-".join(p).split("-"))
    print(S("a|b").split("|"), T("a|b").split("|"), [type(x).__name__ for x in T("ab|cd").split("|")])
    long = "|".join(str(i) * (i % 7) for i in range(300))
    lp = long.split("|")
    print(len(lp), lp[:9], sum(map(len, lp)), lp[-1], "|".join(lp) == long)
    d = {}
    for w in "k1|k2|k1|k3|k2|k1".split("|"):
        d[w] = d.get(w, 0) + 1
    print(sorted(d.items()))
    print("a|b|c".split("|", 1), "a|b|c".rsplit("|", 1), "a|b|c".split(sep="|"))
    try:
        "a".split("")
    except ValueError as ex:
        print(ex)
    try:
        "a".split(1)
    except TypeError as ex:
        print(ex)
    kept = []
    for i in range(50):
        kept.append(("x%d|y%d|zz%d" % (i, i, i)).split("|"))
    print(kept[0], kept[49], all(k[2] == "zz%d" % i for i, k in enumerate(kept)))


def iteration():
    for s in ("gamma", "", "é€x", "a\udc80b", T("sub")):
        print(repr(s), [c for c in s], list(map(ord, s)))
    w = "abc"
    out = []
    for ch in w:
        w = w + "!"  # rebinding the name does not change what is iterated
        out.append(ch)
    print(out, w)
    it = iter("xy")
    print(next(it), next(it), next(it, "end"), list(it))
    it = iter("é€")
    print(next(it), list(it), list(it))
    t = ""
    for ch in "gamma":
        t += chr(ord(ch) ^ 1)
    print(t, sum(map(ord, t)), (" " + t.strip() + " ").strip().lower()[::-1])
    print("" is "a"[:0], "" is str(), "" is "abc".replace("abc", ""), "" == "".join([]))


splits()
iteration()
