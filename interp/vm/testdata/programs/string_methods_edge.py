print("".join([]), "a".join("bcd"), "abc".split("b"), "aaa".split("a"), "a,b,".split(","))
print("  x  y  ".strip().split("  "), "\tx\n".strip(), "x".strip("xyz"), "abcba".strip("ab"))
print("hello world".find("o", 5), "hello".find("l", -2), "hello".rfind("l", 0, 3), "abc".find(""), "abc".find("", 10))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".replace("", "-"), "aaaa".replace("aa", "b"))
print("Hello".startswith(""), "".startswith(""), "abc".endswith("abc"), "abc".endswith("abcd"))
print("%s" % "x", "%5.1f%%" % 99.44, "%-6s|%6s" % ("ab", "cd"), "%.0f" % 0.5, "%.0f" % 1.5, "%d" % True)
print("abc".count("abc"), "ababab".count("aba"), "".count(""), "abc"[::], "abc"[1:1])
print("Z".lower(), "ǅ".upper() == "Ǆ", "1a".isidentifier(), "_a1".isidentifier(), "if".isidentifier())
print("a b".title(), "they're bill's".title(), "HELLO".capitalize(), "123abc".capitalize())
print(str(3) * 3, "%03d|%+.2e" % (7, 12345.678), "{:5}|{:<5}|{:>5}".format(1, 2, 3), "{:.1f}".format(0.05))
print("ab\ncd".splitlines(), "\n".join(["x", "y"]), "a\r\nb\rc".splitlines(), repr("\r\n"))
print(sorted("Hello World".lower().replace(" ", "")), "".join(sorted(set("mississippi"))))
print("abc".index("c"), "a" < "b" < "c", "apple" > "app", "10" < "9")
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("x",)
except TypeError as e:
    print("TypeError:", e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
