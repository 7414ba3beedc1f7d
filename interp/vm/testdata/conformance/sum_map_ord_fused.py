# sum(map(ord, s)) of an exact ascii str is computed without the map
# object; every other shape must run the real map and sum.
import builtins


class S(str):
    def __iter__(self):
        return iter("zz")


class O(str):
    pass


def cases():
    for s in ("", "a", "hello", "x" * 1000, "h\u00e9llo", "\U0001F600", "\ud800a", S("ab"), O("ab")):
        print(repr(s)[:20], sum(map(ord, s)))
    print(sum(map(ord, "abc"), 10), sum(map(ord, "abc"), 0.5))
    print(sum(map(ord, iter("abc"))), sum(map(ord, ["a", "b"])), sum(map(ord, ("c",))))
    print(sum(map(len, ["ab", "c"])), sum(map(chr, [])))
    try:
        sum(map(ord, "abc"), "")
    except TypeError as e:
        print("TypeError", e)
    try:
        sum(map(ord, ["ab"]))
    except TypeError as e:
        print("TypeError", e)
    try:
        sum(map(ord, 5))
    except TypeError as e:
        print("TypeError", e)
    try:
        sum(map(ord))
    except TypeError as e:
        print("TypeError", e)
    sum(map(ord, "dropped"))
    m = map(ord, "abc")
    print(next(m), sum(m), sum(m))
    print(list(map(ord, "hi")), [sum(map(ord, w)) for w in ("ab", "cd")])
    print(sum(x for x in map(ord, "ab")))


cases()


def rebound():
    print(sum(map(ord, "abc")))


orig = builtins.sum
builtins.sum = lambda it: "patched sum " + str(list(it))
rebound()
builtins.sum = orig
rebound()
map = lambda f, s: [1, 2]
rebound()
del map
ord = lambda c: 1
rebound()
del ord


class MyMap(builtins.map):
    pass


print(sum(MyMap(ord, "abc")), sum(MyMap(ord, "\u00e9")))


def deep(n):
    return sum(map(ord, "ab")) + deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
