# Instances of classes with a few __slots__ are carved from per-class
# batches: each must still be its own object, zeroed, independent of its
# neighbours, with its class's slots unset until assigned, across batch
# boundaries and across classes and subclasses sharing a layout.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)


class E:
    __slots__ = ()


class One:
    __slots__ = "v"


class Four:
    __slots__ = ("a", "b", "c", "d")


class WithDict:
    __slots__ = ("a", "__dict__")


def main():
    ps = [P(i, -i) for i in range(50)]
    print(len({id(p) for p in ps}), all(p.x == i and p.y == -i for i, p in enumerate(ps)))
    for p in ps[::3]:
        p.x += 1000
    print(sum(p.x for p in ps), sum(p.y for p in ps))
    qs = [Q(i, i) for i in range(40)]
    try:
        qs[17].z
    except AttributeError as e:
        print("AttributeError", e)
    qs[17].z = "set"
    print([q.z for q in qs if hasattr(q, "z")], hasattr(qs[18], "z"), hasattr(qs[16], "z"))
    es = [E() for _ in range(35)]
    print(len({id(e) for e in es}), type(es[20]).__name__)
    try:
        es[3].w = 1
    except AttributeError as e:
        print("AttributeError", e)
    ones = []
    for i in range(33):
        o = One()
        if i % 2:
            o.v = i
        ones.append(o)
    print([getattr(o, "v", None) for o in ones])
    del ones[5].v
    try:
        del ones[5].v
    except AttributeError as e:
        print("AttributeError", e)
    fs = []
    for i in range(20):
        f = Four()
        f.a, f.d = i, [i]
        fs.append(f)
    fs[3].d.append("x")
    print([(f.a, f.d, hasattr(f, "b")) for f in fs[:5]])
    ws = [WithDict() for _ in range(18)]
    ws[2].extra = 1
    ws[17].a = 2
    print([w.__dict__ for w in ws[:4]], ws[17].a, hasattr(ws[16], "a"))
    # interleaving classes and dropping most instances
    keep = []
    for i in range(100):
        p, q = P(i, i + 1), Q(i + 2, i + 3)
        if i % 17 == 0:
            keep.append((p, q))
    print([(p.x, p.y, q.x, q.y) for p, q in keep])
    print(sorted(set(type(o).__name__ for o in [P(1, 2), Q(3, 4), E(), One(), Four()])))
    print(object.__new__(P).__class__ is P, P.__new__(Q).__class__ is Q)
    try:
        object.__new__(P).x
    except AttributeError as e:
        print("AttributeError", e)


main()
