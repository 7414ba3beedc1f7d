# Subclasses of the immutable built-ins: instances are real int, str,
# tuple, ... values; operations return the base type.
class P(tuple):
    __slots__ = ()
    _fields = ('x', 'y')
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @classmethod
    def _make(cls, it):
        return tuple.__new__(cls, it)
    x = property(lambda self: self[0])
    def __repr__(self):
        return self.__class__.__name__ + '(x=%r, y=%r)' % self
    def __getnewargs__(self):
        return tuple(self)
p = P(1, 2)
a, b = p
print(p, p.x, a, b, p == (1, 2), hash(p) == hash((1, 2)), p[::-1], P._make([3, 4]), sorted([P(2,1), P(1,2)]))
print(str(p), format(p), f"{p}", '%s' % (p,), p * 2, 1 in p, p.count(1), p.index(2))
class I(int):
    def __repr__(self): return 'I(%d)' % self
i = I(7)
print(i, i * 2, -i, abs(I(-3)), i // 2, 2 ** I(3), 10 - i, i == 7, 7 == i, i < 8, hash(i), '%d %x %s' % (i, i, i), format(i, '05d'), f'{i:x}')
print([1,2,3,4][I(1)], int(i), type(int(i)), float(i), bool(I(0)), I('12', 8), I(), i.bit_length(), i.real)
i.attr = 5; print(i.attr, i.__dict__)
class S(str):
    pass
s = S('Hello')
print(repr(s), s.lower(), type(s.lower()), '-'.join([s, s]), s in 'xHelloy', s[1:], s * 2, s + '!', '!' + s, type(str(s)), f'{s:>8}|', s.split('l'), len(s), {s: 1}, 'Hello' == s)
class F(float):
    def half(self): return self / 2
f = F(3.0)
print(f, f.half(), f + 1, round(f), int(f), f.is_integer(), repr(F('1e3')), F(), f > 2, float(f), type(float(f)))

print(F(4.0) ** 0.5, F(2.5) // 1, divmod(F(7.5), 2))
class B(bytes): pass
bb = B(b'xy')
print(bb, bb + b'z', bb.decode(), len(bb), list(bb))
class C(complex): pass
c = C(1, 2)
print(c, c * 2, c.real, abs(C(3, 4)))
class FS(frozenset): pass
fs = FS([1, 2])
print(fs, type(fs), 1 in fs, fs | {3})
print(isinstance(i, int), isinstance(s, str), issubclass(P, tuple), type(p).__mro__)
