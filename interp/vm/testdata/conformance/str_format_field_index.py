# str.format field names: a part is an index only when every character
# is a decimal digit; signs and spaces make it a name (KeyError, or a str
# key inside brackets), and a number too big for Py_ssize_t is an error.
cases = [
    "{0}{1}", "{1}{0}", "{}{}", "{0}{}", "{}{1}", "{00}", "{01}", "{+0}", "{-0}", "{ 0}", "{0 }",
    "{0_0}", "{1_0}", "{99999999999999999999}", "{9223372036854775807}", "{9223372036854775808}",
    "{5}", "{0[0]}", "{0[+1]}", "{0[-1]}", "{0[ 1]}", "{0[01]}", "{0[99999999999999999999]}",
    "{0.real}", "{1:{0}}", "{1:>{0}}", "{a}", "{a[0]}", "{a[+0]}", "{0!r:>8}", "{0[0]!s}",
    "{}", "{0]}", "}", "{{}}", "{0:{2}}",
]
for f in cases:
    for args in ((3, "xy"), ([10, 20, 30],), ({1: "int", "1": "str", "+1": "plus", "01": "zero-one"},)):
        try:
            r = f.format(*args, a=[7, 8])
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(f), repr(args)[:30], "->", r)
words = ["alpha", "beta", "gamma"]
print(["{0}{1}".format(w[:2], w[-2:]) for w in words])
print("{0[1]}".format({1: "int", "1": "str"}), "{0[01]}".format({1: "int", "01": "str"}))


class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"


print("{0}{1:x}{2}".format(S("a"), I(5), True), "{0:>4}|{1:<3}|".format(True, 2.5))
