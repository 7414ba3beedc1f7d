# "%s %d %x" % ... with the conversion right after '%' takes a short
# path for exact strs and inline ints; everything else (flags, widths,
# bools, subclasses, other types, mappings, errors) must be as before.
M = 2 ** 63
for v in [0, 7, -7, 255, -255, M - 1, -M, M, -M - 1, 2 ** 70, True, False]:
    print("%d|%i|%u|%x|%o|%X|%s|%r" % (v, v, v, v, v, v, v, v))

class I(int):
    def __str__(self):
        return "I!"
    def __repr__(self):
        return "I?"

class S(str):
    def __str__(self):
        return "S!"

print("%d %x %s %r" % (I(5), I(255), I(3), I(4)))
print("%s|%s|%r" % (S("a"), "é€", "q"), "%s" % ("x",))
print("%s %d" % ("a", 1.9), "%x" % 255.0 if False else "", "%s" % [1], "%s" % (None,))
print("%5d|%-5d|%05d|%+d|% d|%.3d|%#x|%#o|%5s|%.1s|%-3s|" % (1, 2, 3, 4, 5, 6, 255, 8, "ab", "xyz", "q"))
print("%%|%d%%|%s%s|%c%c" % (1, "a", "b", 65, "z"))
print("%(a)s-%(b)d-%(a)x" % {"a": 10, "b": 20})
print("%s:%d:%x" % ("w", 12, 12), "%d" % 5, "%s" % "s")
for fmt, args in [("%d", ("a",)), ("%x", (1.5,)), ("%s %s", ("a",)), ("%d", (1, 2)),
                  ("%z", (1,)), ("%", ()), ("%s", ()), ("%(a)s %s", {"a": 1}), ("%d %", (1,))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print("%lu|%ld|%hd" % (1, -2, 3))
