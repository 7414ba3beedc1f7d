# Fast paths of session 3's string work, each tried against what could
# break it: str slices without a slice object, int(str) with blanks,
# map() with its iterator kept inline.


class S(str):
    def __getitem__(self, k):
        return "S[%r]" % (k,)


class T(str):
    pass


def slices():
    w = "gamma"
    print(w[:2], w[-2:], w[::-1], w[1:4:2], w[::-2], w[4:1:-1], w[:], w[0:0], w[3:1])
    print(w[-100:100], w[100:], w[:-100], w[::100], w[::-100], w[2:3], w[-1:])
    print(w[:] is w, w[0:5] is w, w[::1] is w, w[::-1] is w)
    big = 1 << 70
    print(w[:big], w[-big:], w[big:], w[::big], w[::-big])
    print(w[True:], w[:False], w[None:None:None])
    u = "ĝamma€x"
    print(u[:2], u[-2:], u[::-1], u[1:6:2], u[:] is u)
    s = S("hello")
    print(s[:2], s[::-1], s[1:])
    t = T("hello")
    r = t[:]
    print(r, type(r).__name__, type(t[1:3]).__name__, type(t[::-1]).__name__)
    e = ""
    print(repr(e[:1]), repr(e[::-1]), repr("x"[::-1]), repr("xy"[1:]))
    for bad in (slice(None, None, 0), slice("a", None), slice(None, 1.5)):
        try:
            w[bad]
        except (ValueError, TypeError) as ex:
            print(type(ex).__name__, ex)
    try:
        w[::0]
    except ValueError as ex:
        print("ValueError", ex)
    try:
        w[1.0:]
    except TypeError as ex:
        print("TypeError", ex)

    class I:
        def __index__(self):
            return 2
    print(w[I():], w[:I()], w[::I()])
    # a long ascii str built by concatenation (its text shares a buffer)
    long = "ab" * 200
    long2 = long + "cd"
    long3 = long + "ef"
    print(long2[-4:], long3[-4:], long2[::-97], len(long2[1:-1]))


def ints():
    for s in ("5", "  5", "5  ", " -17 ", "\t\n\v\f\r42\r\n", "+0", " 007 ", "\u20039\u3000",
              "1_000", " 1_0 "):
        print(repr(s), int(s))
    for s in ("", " ", "- 5", "5 5", "\x1c5", "5\x1f", "\x00 5", " 0x10 ", "+", " - ", "1__0"):
        try:
            int(s)
        except ValueError as ex:
            print(ex)
    print(int(" 999999999999999999 "), int(" 9999999999999999999 "), int("  -0000000000000000000001  "))

    class U(str):
        def __int__(self):
            return 99
    print(int(U(" 5 ")))

    class IntSub(int):
        pass
    print(IntSub(" 12 "), type(IntSub(" 12 ")).__name__)


def maps():
    t = "fbllb"
    print(sum(map(ord, t)), list(map(ord, "")), list(map(str.upper, ["a", "b"])))
    print(list(map(lambda a, b: a + b, "abc", "xyz")), list(map(pow, [2, 3], [5, 2], [7, 7])))
    m = map(ord, "ab")
    print(next(m), list(m), list(m))

    def rec(x):
        # next() of the same map from inside its function
        try:
            inner = next(mm)
        except StopIteration:
            inner = None
        except ValueError as ex:
            inner = str(ex)
        return (x, inner)
    mm = map(rec, [1, 2, 3, 4])
    print(list(mm))
    try:
        map(ord, 5)
    except TypeError as ex:
        print(ex)
    try:
        map(ord)
    except TypeError as ex:
        print(ex)
    try:
        list(map(ord, "ab", 3))
    except TypeError as ex:
        print(ex)
    try:
        sum(map(ord, ["ab"]))
    except TypeError as ex:
        print(ex)
    it = iter([1, 2, 3])
    m2 = map(lambda x: x * 10, it)
    print(next(m2), next(it), list(m2))


slices()
ints()
maps()


def int_of_str_subclass():
    class V(str):
        def __trunc__(self):
            return 7

    class W(str):
        def __int__(self):
            return 3
    print(int(V("1")), int(V(" 2 ")), int(W("x")), int(W("4"), 10), int(W(" 5 "), base=16))


int_of_str_subclass()


def builtin_maps():
    print(list(map(len, ["a", "bb", ""])), list(map(str, range(3))), list(map(ord, "é€x")), sum(map(ord, "gamma")))
    print(list(map(next, [iter("ab"), iter("cd")])))
    for bad in (["ab"], [1]):
        try:
            print(list(map(ord, bad)))
        except TypeError as ex:
            print(ex)
    try:
        list(map(int, ["1", "x"]))
    except ValueError as ex:
        print(ex)
    m = map(ord, "abc")
    print(next(m), list(zip(m, m)), list(m))
    words = "alpha beta".split()
    print(list(map(str.upper, words)), list(map(len, words)), max(map(len, words)))


builtin_maps()
