s = "  a,b,,c  d\te\nf  "
print(s.split())
print(s.split(","))
print(s.split(",", 1))
print(s.rsplit(",", 1))
print("a b c d".rsplit(None, 2))
print("".split(), "".split(","))
print("1\n2\r\n3\r4".splitlines())
print("1\n2\r\n3".splitlines(True))
print("a--b--c".split("--"))
print("abc".partition("b"), "abc".partition("x"))
print("a.b.c".rpartition("."), "abc".rpartition("x"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
