# %-formatting through the cached plain templates: the same constant
# format run many times, with items the fast path must decline.
class S(str):
    def __str__(self):
        return "S!"

class I(int):
    def __str__(self):
        return "I!"
    def __index__(self):
        return 7

class F(float):
    pass

nums = [0, 1, 7, 9, 10, 11, 99, 100, 101, 255, 256, 999, 1000, 4095, 4096,
        12345, 65535, 65536, 99999, 100000, 119999, 999999, 10**8 - 1, 10**8,
        10**9 - 1, 10**9, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63, 10**30,
        -1, -9, -10, -255, -12345, -2**32, -10**30]
for n in nums:
    print("%s:%d:%x" % ("w", n, n), "%i|%u|%o" % (n, n, n), "{0}{1}".format(n, -n))
    print(f"{n}", f"{n:05d}", f"{n:>3}", f"{n:x}", str(n), "%d%%" % (n,))
for i in range(0, 120000, 997):
    w = ["alpha", "beta", "ab", "", "é", "naïve", "日本"][i % 7]
    s2 = "%s:%d:%x" % (w, i, i) + "{0}{1}".format(w[:2], w[-2:])
    print(s2, len(s2))
for w in ["x", "", "é"]:
    print(repr("%s" % (w,)), "%s" % (w,) is w, "%s%%" % (w,), "%%%s" % (w,), "%%" % ())
s = S("sub")
print("%s:%d:%x" % (s, I(5), I(255)), "%s" % (True,), "%d:%x" % (True, False))
print("%s:%d:%x" % (1.5, 2.75, 255), "%s" % (F(2.5),), "%s|%s" % (None, [1, "a"]))
for f, a in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("a",)), ("%x", (1.5,)),
             ("%d %", (1,)), ("%", ()), ("%s%", ("a",)), ("%z", (1,)), ("%(a)s", (1,)),
             ("%o", ("x",)), ("%x", ("7",)), ("%d", (None,)), ("%s:%d", ("a", "b")),
             ("%s:%d:%x", ("w", 1)), ("%s:%d:%x", ("w", 1, 2, 3))]:
    for _ in range(3):
        try:
            r = f % a
            print(repr(r))
        except Exception as e:
            print(type(e).__name__, e)
