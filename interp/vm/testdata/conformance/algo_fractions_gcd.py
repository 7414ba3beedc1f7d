from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
print(Frac(3, 6), Frac(1, 3) + Frac(1, 6), Frac(2, -4), Frac(4, 2), sum([Frac(1, 2), Frac(1, 3)]), Frac(1, 3) < Frac(1, 2))
h = sum(Frac(1, k) for k in range(1, 31))
print(h, float(h), h.n % 1000, Frac(2, 3) * Frac(3, 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
print(gcd(2 ** 40 * 3, 6 ** 20), sorted([Frac(1, 2), Frac(1, 5), Frac(3, 4)]))
def egypt(f):
    out = []
    while f.n:
        c = -(-f.d // f.n)
        out.append(c)
        f = Frac(f.n * c - f.d, f.d * c)
    return out
print(egypt(Frac(4, 13)), egypt(Frac(5, 121)))
