for v in [0, 1, -1, 42, -42, 255, 10 ** 12, -(2 ** 70)]:
    print("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o" % (v, v, v, v, v, v, v, v, v, v))
    print(format(v, "b"), format(v, ","), format(v, "_"), format(v, "+"), format(v, " "), format(v, "#010x"), format(v, "^+9"), format(v, "e"), format(v, "%"))
print("%c" % 0x263A, "{:c}".format(0x41), "%i" % -3, "%u" % 5 if False else "u")
