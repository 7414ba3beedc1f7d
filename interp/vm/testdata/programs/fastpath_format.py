# The str/format fast paths (py/fmtfast.go, strbuild.go) against 3.7: format
# specs on ints, floats and strs, % and str.format, concatenation, chr/ord.
vals = [0, 1, -1, 7, -7, 255, -255, 123456789, -123456789, 2**63-1, -2**63, 2**70, -2**70, True, False]
specs = ["", "d", "5", "05d", ">8", "<8", "^8", "=8", "+d", " d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", ",", "_", "010,", "*^9", "é>6", "+08x", "#010x", "-5", "c"]
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + str(e)
        try:
            r2 = f"{v:{s}}"
        except Exception as e:
            r2 = type(e).__name__ + str(e)
        print(repr(v), repr(s), repr(r), repr(r2))
fl = [0.0, -0.0, 1.5, -1.5, 2.675, 1e20, 1e-7, 123456.789, float('inf'), float('-inf'), float('nan'), 1e300, 0.1]
fspecs = ["", ".3f", ".0f", "#.0f", "f", "F", "e", "E", ".2e", "10.3f", "<10.3f", "^12.2f", "=+10.1f", "+.1f", " .1f", "010.2f", ",.2f", "g", ".3g", "%", ".1%", "n"]
for v in fl:
    for s in fspecs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + str(e)
        try:
            r2 = f"{v:{s}}"
        except Exception as e:
            r2 = type(e).__name__ + str(e)
        print(repr(v), repr(s), repr(r), repr(r2))
for s in ["", "abc", "héllo", "日本語"]:
    for sp in ["", "s", ">8", "<8", "^9", ".2", "x>7.1", "é^7", "+", "=5", "d"]:
        try:
            r = f"{s:{sp}}"
        except Exception as e:
            r = type(e).__name__ + str(e)
        print(repr(s), repr(sp), repr(r))
pf = ["%d", "%i", "%u", "%x", "%X", "%o", "%5d", "%-5d|", "%05d", "%+d", "% d", "%#x", "%#o", "%.3d", "%f", "%.2f", "%e", "%E", "%10.3f", "%s", "%r", "%c", "%%d%d"]
for v in [0, 5, -5, 255, -255, 3.25, -0.0, 2**70, "ab", True]:
    for p in pf:
        try:
            r = p % v
        except Exception as e:
            r = type(e).__name__ + str(e)
        print(repr(p), repr(v), repr(r))
print("%s:%d:%x" % ("w", 10, 10), "%(a)s-%(b)d" % {"a": "x", "b": 3}, "a%sb%sc" % ("1", "2"), "%s" % ("é",), "%s%%" % 5)
print("{0}{1}".format("ab", "cd"), "{}|{:>5}|{:.2f}|{!r}|{x}".format(1, "a", 2.5, "q", x=9), "{0[1]}{1.real}".format([1, 2], 3), "{:{w}}|".format(5, w=4), "{{}}{}".format(1))
print(f"{'a'!r:>6}", f"{3!s:>3}", f"{3.0}", f"{1e16}", f"{-0.0}", f"{None}", f"{[1,'a']}")
print(str(5), str(-12), str(0), str(2**64), str("x"), str(True), ",".join([]), ",".join(["a"]), "".join(["a", "é", "b"]), "-".join(("x", "y")), "ab".join("xyz"))
class S(str):
    pass
print(type("" + S("x")).__name__, type(S("x") + "").__name__, type(S("a") + S("b")).__name__, type("".join([S("q")])).__name__)
print(chr(65), chr(233), chr(0x3042), chr(0x1F600), ord("a"), ord("é"), ord("\U0001F600"), "é"[0], "aéb"[1], "日本"[1])
for bad in ["", "ab", "éé"]:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
