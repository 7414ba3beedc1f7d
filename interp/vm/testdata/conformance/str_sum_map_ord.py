# sum(map(ord, s)) adds an ascii str's bytes in place; everything around
# it must behave as the general loop: other starts, other functions,
# partly consumed maps, non-ascii text, subclasses, overflow to big ints.
import sys


class S(str):
    def __iter__(self):
        return iter("zz")


def ord2(c):
    return ord(c) * 2


print(sum(map(ord, "hello")))
print(sum(map(ord, "")))
print(sum(map(ord, "abc"), 10))
print(sum(map(ord, "abc"), 1.5))
print(sum(map(ord, "abc"), -(10 ** 30)))
print(sum(map(ord, "abc"), sys.maxsize))
print(sum(map(ord, "abc"), sys.maxsize - 200))
print(sum(map(ord, "héllo")))
print(sum(map(ord, "日本")))
print(sum(map(ord, S("abc"))))
print(sum(map(ord, str.__str__(S("abc")))))
print(sum(map(ord2, "abc")))
m = map(ord, "abcdef")
print(next(m), sum(m), list(m))
it = iter("xyz")
next(it)
m = map(ord, it)
print(sum(m), list(it))
print(sum(map(ord, "ab", "cd"), 0) if False else "skip")
try:
    print(sum(map(ord, "ab"), "x"))
except TypeError as e:
    print("TypeError", e)
try:
    print(sum(map(ord, ["a", "bc"])))
except TypeError as e:
    print("TypeError", e)


def shadow():
    ord = lambda c: 1
    return sum(map(ord, "abcd"))


print(shadow())
import builtins
saved = builtins.ord
builtins.ord = lambda c: 7
try:
    print(sum(map(ord, "abcd")))
finally:
    builtins.ord = saved
print(sum(map(ord, "abcd")))
total = 0
for w in ["alpha", "beta", "", "x" * 1000]:
    total += sum(map(ord, w))
print(total)
print(sum(map(ord, "a" * 100000)))
