# len(x), ord(c), chr(i) of a local as one fused instruction: every case
# the fast path must leave to the builtin, or to whatever the name means.
import builtins
import sys
import traceback


def lens(xs):
    out = []
    for x in xs:
        out.append(len(x))
    return out


class L(list):
    def __len__(self):
        return 42


class S(str):
    def __len__(self):
        return 7


class NoLen:
    pass


class Neg:
    def __len__(self):
        return -1


def try_len(x):
    try:
        return len(x)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def try_ord(c):
    try:
        return ord(c)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def try_chr(i):
    try:
        return chr(i)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


class Idx:
    def __index__(self):
        return 65


class IntLike:
    def __int__(self):
        return 66


class MyInt(int):
    pass


print(lens(["", "abc", "é€", [1, 2], (3,), {1: 2}, set(), b"xy", range(5), L([1]), S("ab")]))
for v in [NoLen(), 5, None, Neg()]:
    print(try_len(v))
for c in ["a", "é", "€", "\U0001f600", "", "ab", b"A", bytearray(b"B"), 65, S("z"), None]:
    print(try_ord(c))
for i in [65, 0, 0x10FFFF, 0x110000, -1, 2 ** 31, -2 ** 31 - 1, 2 ** 80, True, 3.0, "a", Idx(), IntLike(), MyInt(67)]:
    print(repr(try_chr(i)))


# the name rebound in globals, then deleted again
def count(s):
    n = 0
    for ch in s:
        n += ord(ch) + len(s)
    return n


print(count("abc"))
ord = lambda c: 1000
print(count("abc"))
del ord
print(count("abc"))
len = lambda x: -5
print(count("abc"))
del len
print(count("abc"))

# builtins replaced
saved = builtins.chr
builtins.chr = lambda i: "<%d>" % i


def chrs(n):
    x = n
    return chr(x)


print(chrs(65))
builtins.chr = saved
print(chrs(65))
saved_len = builtins.len
del builtins.len
try:
    print(lens(["ab"]))
except NameError as e:
    print("NameError:", e)
builtins.len = lambda x: 99
print(lens(["ab"]))
builtins.len = saved_len
print(lens(["ab"]))


# an unbound local
def unbound():
    try:
        return len(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = "abc"
    return len(y)


print(unbound())


# a jump into the call (a conditional argument)
def cond(a, b, c):
    return len(a if c else b), ord(a[0] if c else b[0])


print(cond("xy", "pqr", True), cond("xy", "pqr", False))


# errors from inside the call: the traceback's line
def bad(v):
    return ord(v)


try:
    bad("too long")
except TypeError:
    traceback.print_exc(file=sys.stdout)


# the recursion limit: the builtin raises on entry there
def deep(n, s):
    if n == 0:
        return 0
    return len(s) + deep(n - 1, s)


print(deep(50, "ab"))
try:
    deep(10 ** 5, "ab")
except RecursionError as e:
    print("RecursionError")

# a local of the same name as the builtin is LOAD_FAST, not affected


def shadow(len):
    x = "abcd"
    return len(x)


print(shadow(lambda s: s.upper()))
