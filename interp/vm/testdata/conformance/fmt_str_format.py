print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b[1]} {c.real}".format(a=1, b=[5, 6], c=3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}} {:.{p}f}".format("r", 3.14159, w=5, p=2))
print("{{}} {{{}}}".format(7))
print("{0[key]}".format({"key": "v"}))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, s: "fmt:" + s})()))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
print("{:,}".format(10**20), "{:e}".format(10**20))
print("{0:{1}}".format(3, "04"))
print("ab".format_map({}), "{x}".format_map({"x": 5}))
