# str.replace of one byte by one byte in a short str (a byte loop), and
# the general cases around it.


class T(str):
    pass


def main():
    s = "00005-gamma-GAMMA-  5-0.714"
    r = s.replace("|", "/")
    print(r is s, s.replace("a", "4"), s.replace("-", "|").replace("|", "/"))
    for x in ("", "a", "b", "aaa", "éaé", "a\udc80a", "€" * 3 + "a", "x" * 128 + "a", "x" * 129 + "a"):
        y = x.replace("a", "4")
        print(repr(y[-5:]), len(y), y is x, y == x.replace("a", "4", -1), repr(x.replace("a", "4", 1)[-5:]))
    t = T("banana")
    u = t.replace("a", "o")
    v = t.replace("z", "o")
    print(u, type(u).__name__, v, type(v).__name__, v is t)
    print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("b", ""))
    print("a.b.c".replace(".", "\n").split(), "tab\there".replace("\t", " "))
    try:
        "a".replace(1, "b")
    except TypeError as ex:
        print(ex)


main()
for args in ((1, "b"), ("a", 1), ("a", "b", "x"), ("a", "b", 1.5), ("a", "b", 2 ** 80), ("a", "b", True), ("a", "b", -1)):
    try:
        print(repr("aa".replace(*args)))
    except Exception as e:
        print(type(e).__name__, e)
