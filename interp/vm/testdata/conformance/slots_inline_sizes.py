# Instances with __slots__ keep their values inline after the header, in
# allocations sized by the slot count: classes of 0 to 40 slots, through
# the cached attribute paths (self.x in loops), getattr/setattr, the
# member descriptors, subclasses that add slots or a __dict__, and
# deleting and re-setting slots.
import gc


def make_class(n, base=object, extra=()):
    names = tuple("s%d" % i for i in range(n)) + tuple(extra)
    ns = {"__slots__": names}

    def fill(self, k):
        for i, nm in enumerate(names):
            setattr(self, nm, k * 100 + i)

    def total(self):
        return sum(getattr(self, nm) for nm in names if hasattr(self, nm))

    ns["fill"] = fill
    ns["total"] = total
    return type("C%d" % n, (base,), ns)


for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 20, 40):
    C = make_class(n)
    objs = [C() for _ in range(50)]
    for k, o in enumerate(objs):
        o.fill(k)
    gc.collect()
    print(n, sum(o.total() for o in objs), hasattr(objs[0], "__dict__"))
    if n:
        o = objs[3]
        last = "s%d" % (n - 1)
        delattr(o, last)
        try:
            getattr(o, last)
        except AttributeError as e:
            print("  deleted:", e)
        setattr(o, last, "back")
        print(" ", getattr(o, last), C.__dict__[last].__get__(o, C))
        try:
            o.nope = 1
        except AttributeError as e:
            print("  ", e)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z

    def norm1(self):
        return P.norm1(self) + abs(self.z)


class PD(P):
    pass  # gains a __dict__


acc = 0
for i in range(2000):
    p = P(i, -i) if i % 3 == 0 else P3(i, 1, -2) if i % 3 == 1 else PD(-i, 2)
    acc += p.norm1()
    p.x = p.y
    acc += p.x
print(acc)
pd = PD(1, 2)
pd.extra = [1, 2]
print(pd.x, pd.y, pd.extra, sorted(vars(pd)))
p3 = P3(1, 2, 3)
print(p3.x, p3.y, p3.z, P.x.__get__(p3), P3.z.__get__(p3))
try:
    P.x.__get__(object())
except TypeError as e:
    print(e)
try:
    P3.z.__set__(P(1, 2), 5)
except TypeError as e:
    print(e)
keep = [P3(i, i, i) for i in range(300)]
gc.collect()
print(sum(k.z for k in keep), repr(P.x)[:25])
