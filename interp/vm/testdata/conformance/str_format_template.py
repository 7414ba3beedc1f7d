# str.format's parsed-template cache (py/strformat_cache.go): the same
# text formatted many times, in a loop, with every field form the plain
# path takes and every one it must leave to the general code, so that
# results and errors (and the order of __format__ calls before them)
# stay 3.7's.


class Loud:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("format", self.name, repr(spec))
        return "<" + self.name + ":" + spec + ">"

    def __repr__(self):
        return "Loud(%s)" % self.name

    def __str__(self):
        return "str-" + self.name


class S(str):
    def __format__(self, spec):
        return "S!" + spec


class I(int):
    def __format__(self, spec):
        return "I:" + spec


def attempt(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


texts = [
    "{0}{1}", "{}{}", "{}-{}-{}", "{0}|{0}|{1}", "{1}{0}", "a{{b}}c{0}d", "{{}}", "}}{{",
    "{0:>5}|{1:<4}|", "{0!r}{1!s}{0!a}", "{0!r:>10}", "{:05d}|{:.3f}", "x", "",
    "{0}{}", "{}{0}", "{0.real}", "{0[0]}", "{x}", "{0!x}", "{0!rr}",
    "}", "{0", "a}b", "{0}}", "{00}", "{1}", "{2}", "{ 0}", "{-1}", "{+1}",
    "{99999999999999999999999}", "{0:}", "{!r}", "é{0}ü", "{0:é^7}",
]
values = [
    ("ab", "cd", "ef"), (1, 2.5, -3), (Loud("a"), Loud("b"), Loud("c")), (S("s"), I(7), True),
    ("é", "ü", "\U0001f600"), ([1], {"k": 2}, None), (), ("only",),
]
for _ in range(3):
    for t in texts:
        for v in values:
            print(t, end=" -> ")
            attempt(t, *v)
attempt("{x}{0}", 1, x=2)
attempt("{0}{1}", 1, 2, x=3)
attempt("{0:d}", "s")
attempt("{0:s}", 5)
attempt("{0:,s}", "a")
attempt("{:=5}", "a")
attempt("{:+}", "a")
attempt("{:x}", 2.5)
# a str subclass as the template, and the method called unbound
attempt(S("{0}-{1}"), 1, 2)
print(str.format("{}+{}", 1, 2))
print("{0}{1}".format(*"xy"))
fmt = "{0}{1}"
for i in range(5):
    print(fmt.format(i, i * 2), "{}:{}".format(i, -i), "{0:03}".format(i))
# the loop the benchmark runs
words = ["alpha", "beta", "gamma"]
print([("{0}{1}".format(w[:2], w[-2:])) for w in words])
# the made str's kind (ascii or not) must be right: length, indexing,
# reversal and isascii read it
for w in ["ab", "é", "\U0001f600", "a\udc80"]:
    for r in ["{0}{1}".format(w, 5), "{}|{}".format(7, w), "é{0}".format(w),
              "%s:%d:%x" % (w, 1, 255), "%s%s" % ("x", w), "é%s" % ("y",)]:
        print(ascii(r), len(r), ascii(r[::-1]), ascii(r[-1]), r.isascii(), r == r[:])
