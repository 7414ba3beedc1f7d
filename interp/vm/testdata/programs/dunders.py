class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self])
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __lt__(self, o):
        return sum(self) < sum(o)
    def __bool__(self):
        return any(self.xs)
    def __call__(self, k):
        return self.xs[k] * 100
    def __iadd__(self, o):
        self.xs = [a + b for a, b in zip(self.xs, o)]
        return self

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v * 2, 3 * v, -v, len(v), v[1], v[-1], 2 in v, 7 in v, list(v))
v[0] = 10; print(v)
del v[0]; print(v)
print(v == Vec(2, 3), v != w, v < w, w > v, sorted([w, v]), bool(Vec(0, 0)), bool(v))
print(v(1))
v += Vec(1, 1)
print(v)
print(max([Vec(1), Vec(5), Vec(3)]), min(Vec(9), Vec(2)))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

class R:
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub"
print(1 + R(), [1] + R(), 5 - R())
try:
    R() + 1
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return 1.5
print([1, 2, 3, 4][Num(2)], int(Num(7)), float(Num(1)), hex(Num(255)), range(10)[Num(3)])

class Ctx:
    def __format__(self, spec):
        return "F<%s>" % spec
print(format(Ctx(), "abc"), "{:xyz}".format(Ctx()), f"{Ctx():q}")

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(2) > Cmp(1), Cmp(2) >= Cmp(2))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Cmp(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError:", e)
