# A str subclass on the right of %: its own __str__/__repr__ are used
# (the argument is not unboxed to a plain str), errors as 3.7's.
class S(str):
    def __str__(self):
        return "custom"

    def __repr__(self):
        return "R"


class Plain(str):
    pass


s = S("base")
p = Plain("plain")
fmt = "%s"
print(fmt % s, "%s" % s, "%r" % s, "%a" % s, "%5s|" % s, "%-7r|" % s, "%.3s" % s)
print("%s" % p, "%r" % p, "%s" % (s,), "%s %s" % (s, p))
print("{}".format(s), f"{s}", format(s), str(s), repr(s))
for args in [s, p, (s, p)]:
    try:
        print("abc" % args)
    except TypeError as e:
        print("TypeError", e)
try:
    print("%d" % s)
except TypeError as e:
    print("TypeError", e)


class RMod(str):
    def __rmod__(self, other):
        return "rmod:" + other


print("%s" % RMod("x"), str.__mod__("%s", RMod("y")))
