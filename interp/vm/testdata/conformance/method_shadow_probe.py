# An instance dict that shadows a method: LOAD_METHOD's cached method must
# lose to it however the str key got there (the interned name, or the same
# text built at run time), and win again once it is deleted. Dicts of many
# sizes, so the probe for the name runs chains of different lengths.


class Base:
    def m(self):
        return "method"

    def n(self):
        return "n-method"


def calls(o, k=6):
    out = []
    for _ in range(k):
        out.append(o.m())
    return out


def build(nattrs):
    o = Base()
    for i in range(nattrs):
        setattr(o, "a%d" % i, i)
    return o


for size in (0, 1, 3, 5, 6, 10, 20, 40):
    o = build(size)
    print(size, calls(o, 2))
    o.m = lambda: "attr"
    print(size, calls(o, 2))
    del o.m
    print(size, calls(o, 2))
    name = "".join(["m"])  # not the interned constant
    o.__dict__[name] = lambda: "built"
    print(size, calls(o, 2), o.n())
    del o.__dict__[name]
    print(size, calls(o, 2))
    setattr(o, "".join(["n"]), lambda: "n-built")
    print(size, o.n(), calls(o, 1))
    o.__dict__.clear()
    print(size, o.n(), calls(o, 1))


# many instances through one call site, some shadowing
objs = [build(i % 12) for i in range(30)]
for i, x in enumerate(objs):
    if i % 7 == 3:
        x.m = (lambda i: lambda: "own%d" % i)(i)
print([x.m() for x in objs])
for i, x in enumerate(objs):
    if i % 7 == 3:
        del x.m
print([x.m() for x in objs])


# the shadowing key arrives between two calls through the same site
class Late(Base):
    pass


def twice(o):
    r = []
    for k in range(4):
        if k == 2:
            o.__dict__["m"] = lambda: "late"
        r.append(o.m())
    return r


print(twice(build(3)), twice(Late()))
