# chr/ord/len of a computed argument (CALL_FUNCTION 1 after an expression):
# the fast path must check the callee on the stack, not the name.
import builtins


def f(w):
    t = ""
    for ch in w:
        t += chr(ord(ch) ^ 1)
    return t, len(t + w), ord(t[0:1] * 1)


print(f("alpha"), f("é€x"), f("\U0001f600ab"))


class S(str):
    def __len__(self):
        return 42


print(len(S("ab")), ord(S("q")), len(S("ab") + ""), len(S("a")[0:]), len(S("abc") * 1))
for bad in (-1, 0x110000, 2 ** 70, 1.5, "x", True):
    try:
        print(repr(chr(bad + 0 if not isinstance(bad, str) else bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(ord("ab" + ""))
except TypeError as e:
    print("TypeError", e)
try:
    print(len(3 + 4))
except TypeError as e:
    print("TypeError", e)
print(chr(True + 64), chr(0x10ffff - 0) == "\U0010ffff")


def g(n):
    return [chr(i + 65) for i in range(n)]


print(g(3))
chr = lambda x: "<%r>" % (x,)
print(g(3), f("ab"))
del chr
print(g(3))
real = builtins.chr
builtins.chr = lambda x: "[%r]" % (x,)
print(g(2), f("ab"))
del builtins.chr
try:
    g(1)
except NameError as e:
    print("NameError", e)
builtins.chr = real


def h(xs):
    return [len(x + x) for x in xs]


print(h(["ab", [1], (2, 3)]))
try:
    h([1])
except TypeError as e:
    print("TypeError", e)


def rec(n):
    return chr(n + 65) + rec(n)


try:
    rec(1)
except RecursionError as e:
    print("RecursionError", e)
