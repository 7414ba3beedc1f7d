# Identity of str results 3.7 hands back unchanged: a str formatted whole
# and alone by str.format, format() or an f-string, and s * 1.
s = "hello world"
e = ""
class S(str):
    pass
t = S("sub")
print("{}".format(s) is s, "{0}".format(s) is s, "{:}".format(s) is s, "{!s}".format(s) is s)
print("{0:}".format(s) is s, "{0!s}".format(s) is s, "{!s:}".format(s) is s, "{0!s:}".format(s) is s)
print("{}".format(t) is t, type("{}".format(t)), "{}".format(s, 1, k=2) is s, "{0}".format(s, t) is s)
print("{!r}".format(s) is s, "{:5}".format(s) is s, "{:s}".format(s) is s, "{} ".format(s) is s, "{0}{0}".format(s) is s)
print("{}".format(5), "{}".format(e) is e, "{0}".format(t, s) is t)
for f in ("{}", "{0}", "{1}", "{x}"):
    try:
        print(repr(f.format()))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(format(s) is s, format(s, "") is s, format(t) is t, type(format(t)), format(s, "s") is s, format(5))
try:
    format(s, 5)
except TypeError as ex:
    print(ex)
print(s * 1 is s, 1 * s is s, t * 1 is t, type(t * 1), s * 2, e * 1 is e, repr(s * 0), repr(s * -1))
class R(str):
    def __format__(self, spec):
        return "R!" + spec
print("{}".format(R("x")), format(R("y")), format(R("z"), "q"))
w = "gamma"
print(f"{w:>3}" is w, f"{w:>9}" is w, f"{w:.9}" is w, f"{w:.2}", f"{w:<}" is w, "{:.9}".format(w) is w, "{!s:>2}".format(w) is w)
print("{0}".format(w, w) is w, "{0.real}".format(5), "{0[1]}".format(w))
