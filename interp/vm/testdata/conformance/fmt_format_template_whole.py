# str.format through the cached plain templates, straight from
# str.format: a text that is one whole field hands back its str argument
# itself when nothing was padded or cut.
class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"

for w in ["alpha", "ab", "a", "", "é", "naïve", "日本"]:
    for _ in range(2):
        print("{0}{1}".format(w[:2], w[-2:]), "{}|{}".format(w, len(w)), "{0}".format(w) is w,
              "{}".format(w) is w, "{!s}".format(w) is w, "{0:3}".format(w) is w,
              "{:>3}".format(w), "{0}{0}".format(w), "x{0}".format(w) is w, "{{{0}}}".format(w))
s = S("sub")
print("{0}".format(s), type("{0}".format(s)).__name__, "{}".format(s) is s, "{0!s}".format(s) is s)
for n in [0, 5, 12345, 10**9, -7, True, 2.5]:
    print("{0}{1}".format(n, n), "{}".format(n), "{0:x}".format(n) if isinstance(n, int) else "")
for f, a in [("{0}{1}", ("a",)), ("{}{}", ("a",)), ("{0}{}", ("a", "b")), ("{}{0}", ("a", "b")),
             ("{2}", ("a",)), ("{0:d}", ("a",)), ("{0!x}", ("a",)), ("{", ()), ("}", ()),
             ("{0}", ())]:
    for _ in range(2):
        try:
            print(repr(f.format(*a)))
        except Exception as e:
            print(type(e).__name__, e)
