# t += chr(...) / t += len(...) in a loop: the call and the owning add
# that follows it, done together when the call is the builtin's and t
# owns its str; everything else as written.
import builtins
import sys


def shift(w, k):
    t = ""
    for ch in w:
        t += chr(ord(ch) ^ k)
    return t


print(shift("alpha", 1), shift("", 1), shift("x", 0), shift("epsilon" * 40, 3))
print(len(shift("abcdefghij" * 30, 1)))


def keep_copies(w):
    out = []
    for i in range(3):
        t = ""
        for ch in w:
            t += chr(ord(ch) + i)
        out.append(t)
    u = out[0]
    out[0] += "!"
    return out, u


print(keep_copies("hello"))


def non_ascii(w):
    t = "é"
    for ch in w:
        t += chr(ord(ch) + 200)
    return t


print(ascii(non_ascii("abc")))


def mixed(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) + (200 if ch == "b" else 0))
    return t


print(ascii(mixed("abcabc")))


class S(str):
    def __add__(self, o):
        return S(str.__add__(self, o) + "+")


def subclass(w):
    t = S("")
    for ch in w:
        t += chr(ord(ch))
    return t, type(t).__name__


print(subclass("abc"))


class Acc:
    def __init__(self):
        self.parts = []

    def __iadd__(self, o):
        self.parts.append(o)
        return self


def other_left(w):
    t = ""
    t = Acc()
    for ch in w:
        t += chr(ord(ch))
    return t.parts


print(other_left("xyz"))


def int_right(ws):
    t = ""
    for w in ws:
        t += len(w)
    return t


try:
    int_right(["ab"])
except TypeError as e:
    print("TypeError", e)


def range_error(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) * -1)
    return t


try:
    range_error("a")
except ValueError as e:
    print("ValueError", e)


def big(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) << 40)
    return t


try:
    big("a")
except OverflowError as e:
    print("OverflowError", e)


def unbound(w):
    for ch in w:
        t += chr(ord(ch))
    t = ""


try:
    unbound("a")
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def rebound(w):
    t = ""
    for ch in w:
        t += chr(ord(ch))
    return t


chr = lambda n: "<%d>" % n
print(rebound("ab"))
chr = lambda n: n
try:
    rebound("ab")
except TypeError as e:
    print("TypeError", e)
del chr
print(rebound("ab"))
builtins_chr = builtins.chr
builtins.chr = lambda n: "[%d]" % n
print(rebound("ab"))
builtins.chr = builtins_chr
print(rebound("ab"))


def peek(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) + (len(sys._getframe().f_locals["t"]) and 0))
    return t


print(peek("abcd"))


def via_locals(w):
    t = ""
    seen = []
    for ch in w:
        t += chr(ord(ch) + (seen.append(locals()["t"]) or 0))
    return t, seen


print(via_locals("abcd"))


def ident(w):
    t = ""
    for ch in w:
        t += chr(ord(ch))
    return t


a = ident("q")
print(a, a is "q", ident("") == "")


def gen(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) + 1)
        yield t


print(list(gen("abc")))


def inplace_binary(w):
    t = ""
    for ch in w:
        t = t + chr(ord(ch) - 32)
    return t


print(inplace_binary("shout"))


def deep(n, w):
    if n:
        return deep(n - 1, w)
    t = ""
    for ch in w:
        t += chr(ord(ch))
    return t


print(deep(50, "deep"))
sys.setrecursionlimit(60)


def at_limit(n):
    try:
        return at_limit(n + 1)
    except RecursionError:
        t = ""
        try:
            for ch in "ab":
                t += chr(ord(ch))
        except RecursionError:
            return "limit", t
        return "ok", t


print(at_limit(0)[0] in ("ok", "limit"))
