# Each kind of str chain step (py.StrChainCall) on the forms its fast
# paths take and on those they must hand to the general method: the
# result, its type, and identity where 3.7 keeps it.


def show(*a):
    print(*[repr(x) for x in a])


class S(str):
    pass


def joins():
    parts = ["00001", "alpha", "ALPHA", "  3", "0.143"]
    for sep in ["-", "", "--", "\u00e9"]:
        s = sep.join(parts).replace("|", "/").replace("a", "4")
        show(s, type(s))
    one = ["solo"]
    r = "-".join(one).upper()
    show(r, one)
    show("-".join(one) is one[0], "".join(["solo"]) is one[0])
    show("-".join(("x", "y")).upper(), "-".join(()).upper(), "-".join([]).lower())
    show("-".join(["", ""]).upper(), "".join(["a", ""]).upper(), "".join(["", "ab"]).upper())
    show("-".join(["\u00e9t\u00e9", "hiver"]).upper().lower())
    show("-".join([S("ab"), "cd"]).upper())
    show("".join([S("sub")]).upper(), type("".join([S("sub")])))
    show(S("+").join(["a", "b"]).replace("+", "="))
    w = "abc"[1:] + "def"[:2]  # text whose kind is not known yet
    show("/".join([w, w, "\u0101"[:0]]).upper())
    try:
        "-".join(["a", 1]).upper()
    except TypeError as e:
        show(str(e))
    try:
        "-".join(5).upper()
    except TypeError as e:
        show(str(e))
    show("-".join(iter(["p", "q"])).upper(), "-".join("xyz").upper())


def replaces():
    for base in ["a|b|c", "banana", "aaaa", "xyz", "ab", "\u00e9a\u00e9"]:
        show("".join([base, base]).replace("a", "4").replace("an", "AN"),
             "".join([base, "-"]).replace("aa", "b").replace("b", "bb"),
             "".join([base, "!"]).replace("a", "\u00e9").replace("!", "?"),
             "".join([base, "!"]).replace("", "."),
             "".join([base, "!"]).replace("a", "4", 0).replace("a", "5", 1),
             "".join([base, "!"]).replace("a", ""))
    s = "".join(["ab", "ab"])
    show(s.replace("abab", "zz"), s)
    whole = "".join(["ab", "cd"]).replace("abcd", "WXYZ").lower()
    show(whole)
    t = "tail"
    show("".join(["ta", "il"]).replace("tail", t) == t, "ab".replace("ab", t) is t)
    show("".join(["x", "y"]).replace(S("x"), "q").replace("y", S("r")))
    try:
        "".join(["x", "y"]).replace(1, "q")
    except TypeError as e:
        show(str(e))


def strips():
    for t in ["  a  ", " ab ", "\t\n ab\x0b\x0c\r", "      ", "ab", "a", "", " \u00e9t\u00e9 ", "\x1c x \x1f", "\xa0ab\xa0"]:
        u = "".join([t, ""]) if t else t
        show(t,
             "".join([t, " "]).strip().upper(),
             "".join([" ", t]).lstrip().lower(),
             "".join([t, "."]).rstrip(".").upper(),
             "".join(["x", t, "x"]).strip("x").lower(),
             (" " + t + " ").rstrip().lower()[::-1],
             (" " + t + " ").lstrip().upper()[::-1])
    keep = "kept"
    show(keep.strip() is keep, keep.strip().lower() is keep, ("" + keep).strip() is keep)
    show(S(" s ").strip().upper(), type(S(" s ").strip()))


def cases():
    for t in ["abc", "ABC", "MiXeD 123", "\u00e9t\u00e9", "stra\u00dfe", "", "x", "\u0130i"]:
        show("".join([t, t]).lower().upper(), "".join([t, "Q"]).upper().lower()[::-1],
             ("<" + t + ">").lower().replace("<", "[").upper())
    show(S("Ab").lower().upper(), type(S("Ab").lower()))


joins()
replaces()
strips()
cases()
