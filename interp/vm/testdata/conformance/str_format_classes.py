class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)
p = P(1, 2)
print(p, repr(p), str(p), [p], (p,), {"p": p})
print(f"{p} {p!r} {p:polar} {p:>10}")
print("%s %r" % (p, p))
print("{}".format(p), format(p, "<8") + "|")
class Q:
    pass
try:
    format(Q(), "x")
except TypeError as e:
    print(e)
