# Ten to twenty codes taking turns at one call depth (methods, properties,
# classmethods, staticmethods, as in an object-heavy loop): each pool slot
# keeps up to 16 frames; locals start unbound, frames kept alive by a
# caller stay the callee's own, and a code called at two depths is right.
import sys

kept = []


class C:
    n = 0

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        if x < 0:
            raise ValueError('neg %d' % x)
        self._v = x

    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n

    @staticmethod
    def twice(x):
        return x * 2

    def keep(self, k):
        f = sys._getframe()
        kept.append(f)
        return k + self._v

    def unb(self, x):
        if x:
            return w  # noqa: F821
        w = 1
        return w

    def rec(self, d):
        return d if d <= 0 else self.rec(d - 1) + 1


def mk(i):
    def f(a, b=i):
        return (sys._getframe().f_code.co_name, a + b, sorted(sys._getframe().f_locals))
    f.__name__ = 'g%d' % i
    return f


for ncodes in (9, 10, 12, 15, 16, 17, 20):
    fs = [mk(i) for i in range(ncodes)]
    out = []
    c = C(3)
    for r in range(4):
        for i, f in enumerate(fs):
            out.append(f(r))
            out.append(c.v)
            c.v = (c.v % 9) + 1
            out.append(C.bump())
            out.append(C.twice(i))
            out.append(c.keep(i))
            out.append(c.rec(i % 3))
            try:
                c.unb(1)
            except UnboundLocalError as e:
                out.append(str(e))
            out.append(c.unb(0))
    try:
        c.v = -1
    except ValueError as e:
        out.append(str(e))
    print(ncodes, len(out), out[:9], out[-9:])
print(len(kept), sorted(set(sorted(fr.f_locals) == ['f', 'k', 'self'] for fr in kept)))
print([fr.f_locals['k'] for fr in kept[:20]])
print(C.n, sum(fr.f_locals['self'].v for fr in kept[-5:]))
