for s in ["", "a", "abc", "héllo", "toolongstring"]:
    print("[%5s][%-5s][%.2s][%5.1s]" % (s, s, s, s), "[{:^7}][{:*<6}][{:>3.2}][{:_^8}]".format(s, s, s, s))
print("{0:{fill}{align}{width}}".format("x", fill="#", align=">", width=4), "{:{}}|".format("y", 3))
print("%-*s|" % (6, "ab"), "%*s|" % (-6, "ab"))
