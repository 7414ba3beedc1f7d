print("%d %i %5d %-5d| %05d %+d % d" % (42, 43, 44, 45, 46, 47, 48))
print("%s %r %a" % ("x", "y", "é"))
print("%x %X %#x %#o %o %08.3f" % (255, 255, 255, 8, 8, 3.14159))
print("%e %E %g %G %.3g %10.2e" % (12345.678, 0.000123, 1e-5, 1e20, 3.14159, 12345.678))
print("%c%c %%" % (65, "B"))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
print("%d" % 3.99, "%d" % True, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"ab", 5, 255))
