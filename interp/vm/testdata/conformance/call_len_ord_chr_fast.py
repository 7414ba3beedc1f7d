# len(), ord() and chr() with one argument are computed in the loop for
# exact str/list/tuple/dict, one-character strs and inline ints; every
# other argument, and any rebinding of the names, must call the real
# thing with its own errors.
import builtins


class S(str):
    def __len__(self):
        return 99


class L(list):
    def __len__(self):
        return 7


class D(dict):
    pass


class I(int):
    def __index__(self):
        return 66

    def __int__(self):
        return 67


class Idx:
    def __index__(self):
        return 0x263A


class Int:
    def __int__(self):
        return 0x263A


class BadInt:
    def __int__(self):
        return "x"


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


def lens():
    print(len("abc"), len(""), len("h\u00e9llo"), len("\U0001F600x"), len("\ud800a"))
    print(len([1, 2]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
    print(len(S("ab")), len(L([1])), len(D(a=1)), len(range(5)), len(b"xy"))
    d = {i: i for i in range(10)}
    for i in range(5):
        del d[i]
    print(len(d))
    for v in ("x" * 300, [None] * 1000, set(), frozenset("ab"), bytearray(3)):
        print(len(v))
    for bad in (1, None, 2.5):
        show(len, bad)
    show(len)
    show(len, "a", "b")


def ords():
    for c in ("a", "\x00", "\x7f", "\x80", "\u00e9", "\u263a", "\U0001F600", "\ud800", "\udfff"):
        print(ord(c), end=" ")
    print()
    print(ord(S("z")), ord(b"q"), ord(bytearray(b"r")))
    for bad in ("", "ab", "\u00e9\u00e9", S("ab"), 5, None, b"", b"ab"):
        show(ord, bad)
    show(ord)


def chrs():
    for n in (0, 65, 127, 128, 255, 256, 0x263A, 0xD800, 0xDFFF, 0x10FFFF):
        print(repr(chr(n)), end=" ")
    print()
    print(repr(chr(True)), repr(chr(False)), repr(chr(I(65))), repr(chr(Int())))
    for bad in (-1, 0x110000, 2 ** 31, 2 ** 31 - 1, -2 ** 31, -2 ** 31 - 1, 2 ** 40, 2 ** 70, -2 ** 70, 1.5, "a", None, Idx(), BadInt()):
        show(chr, bad)
    show(chr)
    t = ""
    for ch in "hello":
        t += chr(ord(ch) ^ 1)
    print(t)


lens()
ords()
chrs()


def shadowed():
    len = lambda x: "local len"
    print(len("abc"))


shadowed()
orig = builtins.len
builtins.len = lambda x: "patched builtins.len"
print(len("abc"))
builtins.len = orig
print(len("abc"))
len = lambda x: "global len"
print(len("abc"))
del len
print(len("abcd"))
ord = chr
print(ord(65))
del ord


class M:
    f = len
    g = staticmethod(ord)


print(M.f("xy"), M.g("A"))
try:
    M().f()
except TypeError as e:
    print("TypeError", e)
# the result of a call that is dropped, and one used as a statement value
len("abc")
print([len(x) for x in ("a", "bb", [1, 2, 3])], list(map(len, ["ab", ()])))

# at the recursion limit the builtin itself raises RecursionError
depth = 0


def deep(f, x):
    global depth
    depth += 1
    return f(x) + deep(f, x)


for f, x in ((ord, "a"), (chr, 65), (len, "ab")):
    depth = 0
    try:
        deep(f, x)
    except RecursionError as e:
        print(f.__name__, depth, e)
