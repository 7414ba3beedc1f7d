# "fmt" % (a, b) formatted straight from the stack (no tuple) when the
# arguments are plain strs, ints and floats; every other case, and every
# error, must behave as the operator on a real tuple.


class S(str):
    def __mod__(self, other):
        return "S.__mod__(%r)" % (other,)


class R(str):
    def __rmod__(self, other):
        return "R.__rmod__"


class Loud:
    calls = 0

    def __str__(self):
        Loud.calls += 1
        return "loud%d" % Loud.calls

    def __index__(self):
        Loud.calls += 1
        return 7

    def __int__(self):
        Loud.calls += 1
        return 8


class I(int):
    def __str__(self):
        return "I!"


def main():
    w, i, f = "gamma", 5, 0.5
    print("%s:%d:%x" % (w, i, i) + "|")
    s2 = "%s:%d:%x" % (w, i, i)
    print(s2, "%5s|%-5s|%05d|%+d|%.2f|%e|%r|%a|%c|%c" % ("ab", "cd", 42, 3, f, f, w, "é", 65, "z"))
    print("%s %s" % (1.5, -0), "%%" % (), "%d%%" % (i,), "%(a)s" % {"a": 1}, "x" % ())
    print("%s" % (S("sub"),), S("fmt %s") % (1, 2), "fmt" % R("r"), "%s" % (I(3),), "%d" % (I(3),))
    print("%s %x" % (Loud(), Loud()), Loud.calls)
    print("%s" % ((1, 2),), "%s-%s" % (None, True), "%d" % (True,), "%s" % ([1],))
    print("%i|%u|%o|%X|%#x|%#o" % (1, 2, 8, 255, 255, 8), "%.3s|%*d|%-*d|" % ("abcdef", 4, 1, 4, 2))
    big = 1 << 80
    print("%d %x %s" % (big, big, -big), "%s" % (float("inf"),), "%f %g" % (1e300, 1e-7))
    for fmt, args in (("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("a",)), ("%x", (1.5,)),
                      ("%c", (0x110000,)), ("%c", ("ab",)), ("%z", (1,)), ("%(a)s", (1,)),
                      ("%", ()), ("%s %*d", (1, "a", 2)), ("%.*f", (1.5, 2.0))):
        try:
            print(fmt % args)
        except (TypeError, ValueError, OverflowError) as ex:
            print(type(ex).__name__, ex)
    try:
        r = "%d" % (
            i,
            "extra")
    except TypeError as ex:
        print("line", ex.__traceback__.tb_lineno, ex)
    acc = []
    for k in range(3):
        line = "%03d|%s|%.1f" % (k, w[k], k / 4)
        acc.append(line)
    print(acc)


def numbers_in_general_path():
    class OnlyIndex:
        def __index__(self):
            return 5

    class OnlyFloat:
        def __float__(self):
            return 2.5

    class Both:
        def __index__(self):
            return 11

        def __int__(self):
            return 12

    class J(int):
        def __index__(self):
            return 99

        def __int__(self):
            return 98

    class BadInt:
        def __int__(self):
            raise TypeError("inner")

    class Trunc:
        def __float__(self):
            return 1.0

        def __trunc__(self):
            return 4

    for conv in "dxo":
        for v in (OnlyIndex(), OnlyFloat(), Both(), J(7), BadInt(), Trunc(), 2.75, "s", None):
            try:
                print(conv, type(v).__name__, ("%" + conv) % (v,))
            except (TypeError, ValueError) as ex:
                print(conv, type(v).__name__, type(ex).__name__, ex)
    for w in (True, J(3), 2.0, "3", 1 << 70):
        try:
            print(repr("%*d|" % (w, 1)), repr("%.*f|" % (w, 1.0)))
        except (TypeError, ValueError, OverflowError) as ex:
            print(type(ex).__name__, ex)
    try:
        print("%d" % (float("inf"),))
    except OverflowError as ex:
        print(ex)


main()
numbers_in_general_path()
